-- A bulk write (an import) sets certpath.defer_data_version for its transaction and bumps the
-- version once, just before it commits, with bump_data_version_now(). Every statement of the import
-- then leaves data_version alone: its row lock is held for the last moment of the import instead of
-- from its first row, so other writes are not kept waiting (and failing at statement_timeout), and
-- one notification goes out instead of one per statement. Other writes bump as before.
create function bump_data_version_now() returns bigint language plpgsql as $$
declare
    bumped bigint;
begin
    update data_version set version = version + 1, changed_at = clock_timestamp() returning version into bumped;
    perform pg_notify('data_version', bumped::text);
    return bumped;
end;
$$;

create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('certpath.defer_data_version', true), '') <> 'on' then
        perform bump_data_version_now();
    end if;
    return null;
end;
$$;
