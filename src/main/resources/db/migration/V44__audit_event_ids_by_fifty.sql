-- Hibernate takes audit event ids 50 at a time from a sequence (AuditEvent), so that the events of
-- an import are inserted in JDBC batches instead of one round trip each. A plain sequence, since
-- Hibernate's schema validation does not see the one behind an identity column. An insert that
-- takes the column default still gets a fresh value outside every range Hibernate holds.
alter table audit_event alter column id drop identity;
create sequence audit_event_id_seq increment by 50 owned by audit_event.id;
-- Hibernate takes the value it is given as the top of its first range of 50, which must lie above every stored id.
select setval('audit_event_id_seq', coalesce(max(id), 0) + 50, false) from audit_event;
alter table audit_event alter column id set default nextval('audit_event_id_seq');
