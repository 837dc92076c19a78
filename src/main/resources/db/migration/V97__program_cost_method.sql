-- The rule a derived cost was computed by, as duration_method is for a derived duration. Null for the costs derived
-- before it, all by the one rule then known: credits x a per-credit tuition.
alter table program add column cost_method text;
