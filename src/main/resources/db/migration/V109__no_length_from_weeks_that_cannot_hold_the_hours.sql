-- A Texas ETPL row gives St. Philip's College's Medical Office Assistant 784 contact hours and a length of one week,
-- more hours than a week has: the weeks are the listing's error, and the program's length comes from its hours at the
-- full-time load, as the seed now derives it (ProgramDerivation.weeksHoldHours): six months, not one.
update program
set duration_months = greatest(1, round(clock_hours / (30 * 4.33))),
    duration_method = 'clock hours at 30 hours a week and 4.33 weeks a month',
    duration_inputs = regexp_replace(duration_inputs, '^[0-9]+(\.[0-9]+)? weeks', trim_scale(clock_hours)::text || ' clock hours')
where duration_basis = 'derived' and duration_method = 'published length in weeks at 4.33 weeks a month'
  and (award_level is null or award_level not in ('associate', 'bachelor'))
  and clock_hours > 168 * substring(duration_inputs from '^([0-9]+(?:\.[0-9]+)?) weeks')::numeric;
