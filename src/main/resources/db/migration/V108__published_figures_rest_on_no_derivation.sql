-- A published figure that replaced a derived one kept the derivation's rule and inputs: Medina County Career Center's
-- ten months (IPEDS) were served with the rule and hours of the five months derived before them. A published figure
-- rests on no derivation (the seed now clears them as it replaces one, ProgramRevisionsLoader.revise).
update program set duration_method = null, duration_inputs = null
where duration_basis = 'published' and (duration_method is not null or duration_inputs is not null);
update program set cost_method = null, cost_inputs = null
where cost_basis = 'published' and (cost_method is not null or cost_inputs is not null);
