-- Whether a program's published cost already includes the certification exam: true only where the
-- program's own row in programs.csv says so, null where the source is silent. Pathways use it so
-- that a total cost never counts the exam twice.
alter table program add column exam_fee_included boolean;

comment on column program.exam_fee_included is
    'true when the published cost includes the exam, as the program''s source states; null when it does not say';

-- cost_notes: "Includes ... AAPC student membership and CPC exam (2 attempts)"
update program set exam_fee_included = true
 where institution = 'MedCode Logix'
   and name = 'Professional Medical Coding Curriculum Program (AAPC CPC curriculum)';

-- cost_notes: "Total cost of program $2,660.00 = tuition ... + examination $290.00"
update program set exam_fee_included = true
 where institution = 'Medisense'
   and name like 'AAPC Professional Medical Coding Curriculum (PMCC)%';

-- program_name: "CCA Medical Billing and Coding (Voucher Included)": the ETPL listing's exam voucher
update program set exam_fee_included = true
 where institution = 'Rutgers Center for Continuing Professional Development'
   and name = 'CCA Medical Billing and Coding (Voucher Included)';
