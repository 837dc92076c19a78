-- Every instance keeps the data version in memory (org.certpath.api.DataVersion) and listens on this
-- channel to learn of a change as soon as it commits; NOTIFY is delivered only on commit.
create or replace function bump_data_version() returns trigger language plpgsql as $$
declare
    bumped bigint;
begin
    update data_version set version = version + 1, changed_at = clock_timestamp() returning version into bumped;
    perform pg_notify('data_version', bumped::text);
    return null;
end;
$$;
