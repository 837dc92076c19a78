-- The fields each of a program's sources supports, in the order of source_ids (null where a source backs the whole
-- program), kept beside source_ids by the same triggers: an export dates each program from them (its asOf) without
-- reading record_source per program.
create function program_source_fields(program bigint) returns text[] language sql stable as $$
    select array_agg(array_to_string(rs.fields, ',') order by rs.position, rs.source_id)
    from record_source rs where rs.record_type = 'program' and rs.record_id = program
$$;

alter table program add column source_fields text[];
update program p set source_fields = cited.fields
from (select record_id, array_agg(array_to_string(fields, ',') order by position, source_id) fields
      from record_source where record_type = 'program' group by record_id) cited
where p.id = cited.record_id;

create or replace function refresh_program_source_ids() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update program set source_ids = program_source_ids(id), source_fields = program_source_fields(id)
        where id in (select record_id from added where record_type = 'program');
    elsif tg_op = 'DELETE' then
        update program set source_ids = program_source_ids(id), source_fields = program_source_fields(id)
        where id in (select record_id from removed where record_type = 'program');
    else
        update program set source_ids = program_source_ids(id), source_fields = program_source_fields(id)
        where id in (select record_id from added where record_type = 'program'
                     union select record_id from removed where record_type = 'program');
    end if;
    return null;
end
$$;
