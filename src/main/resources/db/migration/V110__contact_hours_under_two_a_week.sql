-- Three Texas ETPL rows list under two contact hours a week (Midland College's AAS 60 over 80 weeks, its certificates
-- 34 over 32 and 17 over 16): less than one evening class, so the figure counts something else (it fits semester
-- credits) and is not served as clock hours, as the seed now tells them (ProgramDerivation.hoursFillWeeks). Their
-- lengths come from the weeks and do not change.
update program
set hours_text = hours_text || ' as listed, under two a week over its '
        || substring(duration_inputs from '^([0-9]+(?:\.[0-9]+)?) weeks') || ' weeks, so not served as its hours',
    clock_hours = null
where clock_hours is not null and duration_method = 'published length in weeks at 4.33 weeks a month'
  and clock_hours < 2 * substring(duration_inputs from '^([0-9]+(?:\.[0-9]+)?) weeks')::numeric;
