-- The ids of a program's sources in their order, as exports read them, kept on the program by the triggers below: read
-- per chunk from record_source (an index probe per program), they cost an export half of PostgreSQL's time.
create function program_source_ids(program bigint) returns bigint[] language sql stable as $$
    select array_agg(rs.source_id order by rs.position, rs.source_id)
    from record_source rs where rs.record_type = 'program' and rs.record_id = program
$$;

alter table program add column source_ids bigint[];
update program p set source_ids = cited.ids
from (select record_id, array_agg(source_id order by position, source_id) ids
      from record_source where record_type = 'program' group by record_id) cited
where p.id = cited.record_id;

-- Once per statement, for the programs whose sources it changed (a bulk load changes many at once).
create function refresh_program_source_ids() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update program set source_ids = program_source_ids(id)
        where id in (select record_id from added where record_type = 'program');
    elsif tg_op = 'DELETE' then
        update program set source_ids = program_source_ids(id)
        where id in (select record_id from removed where record_type = 'program');
    else
        update program set source_ids = program_source_ids(id)
        where id in (select record_id from added where record_type = 'program'
                     union select record_id from removed where record_type = 'program');
    end if;
    return null;
end
$$;

create trigger record_source_inserted after insert on record_source
    referencing new table as added for each statement execute function refresh_program_source_ids();
create trigger record_source_deleted after delete on record_source
    referencing old table as removed for each statement execute function refresh_program_source_ids();
create trigger record_source_updated after update on record_source
    referencing old table as removed new table as added for each statement execute function refresh_program_source_ids();
