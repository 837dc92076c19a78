-- Unknown is not false: programmatic accreditation is true, false or unknown (null); the accreditor is named.
alter table program alter column accredited drop not null;
alter table program alter column accredited drop default;
alter table program add column accreditor text;
-- The reference rows loaded as false had no accreditation stated, or only the institution's: unknown.
update program set accredited = null where accredited = false;
update program set accreditor = case
    when accreditation like 'CAHIIM-accredited%' then 'CAHIIM'
    when accreditation like 'NCRA-accredited%' then 'NCRA'
    when accreditation like 'Institution accredited by ACCJC%' or accreditation like 'Reviewed by an ACCJC%' then 'ACCJC (institution)'
    when accreditation like '%national accreditor named as COE%' then 'COE (institution)'
    end;

-- Service area: a program serves its own state; an online program also serves every state unless its
-- source restricts it, in which case these are the only other states it serves.
alter table program add column service_restricted_to text[];

-- Published or derived cost and duration: how each stored figure was obtained, and from what.
alter table program add column cost_basis text check (cost_basis in ('published', 'derived'));
alter table program add column cost_inputs text;
alter table program add column duration_basis text check (duration_basis in ('published', 'derived'));
alter table program add column duration_method text;
alter table program add column duration_inputs text;
update program set cost_basis = 'published' where cost is not null;
update program set duration_basis = 'published' where duration_months is not null;
alter table program add constraint program_cost_has_basis check ((cost is null) = (cost_basis is null));
alter table program add constraint program_duration_has_basis check ((duration_months is null) = (duration_basis is null));

-- Why a program is linked to a credential; null when a write did not say.
alter table program_certification add column reason text check (reason in ('eligibility', 'exam_prep', 'voucher_included'));
-- Reference rows: a CAHIIM-accredited program makes its graduates eligible for RHIT/RHIA (AHIMA's route);
-- otherwise the row names the credential the program prepares for.
update program_certification pc set reason = case
    when p.accreditor = 'CAHIIM' and c.code in ('rhit', 'rhia') then 'eligibility' else 'exam_prep' end
from program p, certification c where p.id = pc.program_id and c.id = pc.certification_id;
