-- Metropolitan areas as the OEWS metropolitan file names them (CBSA code, title), made by that import,
-- and the states each spans, in the order of its title ("Allentown-Bethlehem-Easton, PA-NJ": PA, NJ).
alter table region drop constraint region_kind_check;
alter table region add constraint region_kind_check
    check (kind in ('nation', 'state', 'district', 'territory', 'metro'));
alter table region add column states text[] not null default '{}';
alter table region add constraint region_states_of_metro check ((kind = 'metro') = (cardinality(states) > 0));
