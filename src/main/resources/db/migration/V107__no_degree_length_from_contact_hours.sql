-- A degree is counted in credits: the contact hours a Texas ETPL row lists for Del Mar College's Health Information
-- Technology AAS (1120) are not its length at a clock-hour program's load, which made a two-year degree nine months
-- long. A duration derived that way for a degree is withdrawn, as the seed no longer derives one
-- (ProgramDerivation.monthsOf): the program's length stays unknown.
update program
set duration_months = null, duration_basis = null, duration_method = null, duration_inputs = null
where award_level in ('associate', 'bachelor') and duration_basis = 'derived'
  and duration_method = 'clock hours at 30 hours a week and 4.33 weeks a month';
