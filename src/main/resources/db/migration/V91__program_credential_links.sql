-- A program's credential links as lists and exports read them (certificationId:reason pairs, comma-separated), kept
-- on the program by the triggers below: read per row through a subquery, they cost an export's query about a quarter
-- of its time.
create function program_credential_links(program bigint) returns text language sql stable as $$
    select string_agg(pc.certification_id || ':' || coalesce(pc.reason, ''), ',' order by pc.certification_id)
    from program_certification pc where pc.program_id = program
$$;

alter table program add column credential_links text;
update program set credential_links = program_credential_links(id)
where id in (select program_id from program_certification);

-- Once per statement, for the programs whose links it changed (a bulk load changes many at once).
create function refresh_program_credential_links() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update program set credential_links = program_credential_links(id) where id in (select program_id from added);
    elsif tg_op = 'DELETE' then
        update program set credential_links = program_credential_links(id) where id in (select program_id from removed);
    else
        update program set credential_links = program_credential_links(id)
        where id in (select program_id from added union select program_id from removed);
    end if;
    return null;
end
$$;

create trigger program_certification_inserted after insert on program_certification
    referencing new table as added for each statement execute function refresh_program_credential_links();
create trigger program_certification_deleted after delete on program_certification
    referencing old table as removed for each statement execute function refresh_program_credential_links();
create trigger program_certification_updated after update on program_certification
    referencing old table as removed new table as added for each statement execute function refresh_program_credential_links();
