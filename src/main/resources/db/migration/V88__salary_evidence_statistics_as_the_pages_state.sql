-- Three salary-survey figures were loaded as 'unknown' statistics although their pages say they are averages
-- (found when the pages were opened again to check the figures):
-- OpenExamPrep, "CRC vs CPC" (June 18, 2026): "AAPC's 2025 salary survey reports an average of $74,629 for CRC
-- holders versus $67,147 for CPC holders": the average covers both figures.
-- Becker's ASC Review, "How Much Do Professional Coders Make? AAPC Statistics From 2008 to 2012": both figures stand
-- under its heading "Average compensation".
update credential_salary_evidence e
set statistic   = 'mean',
    description = 'A prep site''s article (OpenExamPrep, June 18, 2026) quoting AAPC''s 2025 salary survey: "an average '
                      || 'of $74,629 for CRC holders versus $67,147 for CPC holders". Not seen on aapc.com.'
from certification c, source s
where c.id = e.certification_id and s.id = e.source_id
  and c.code = 'cpc' and e.amount = 67147 and s.url = 'https://open-exam-prep.com/blog/crc-vs-cpc-certification-worth-it-2026';

update credential_salary_evidence e
set statistic   = 'mean',
    description = 'Becker''s ASC Review summarizing AAPC''s 2012 Health Care Salary Survey, under the heading "Average '
                      || 'compensation": "Certified professional coders earn $47,796".'
from certification c, source s
where c.id = e.certification_id and s.id = e.source_id
  and c.code = 'cpc' and e.amount = 47796
  and s.url = 'https://mail.beckersasc.com/asc-coding-billing-and-collections/how-much-do-professional-coders-make-aapc-statistics-from-2008-to-2012.html';

update credential_salary_evidence e
set statistic   = 'mean',
    description = 'Becker''s ASC Review summarizing AAPC''s 2012 Health Care Salary Survey, under the heading "Average '
                      || 'compensation": "Certified professional medical auditors earn $59,365".'
from certification c, source s
where c.id = e.certification_id and s.id = e.source_id
  and c.code = 'cpma' and e.amount = 59365
  and s.url = 'https://mail.beckersasc.com/asc-coding-billing-and-collections/how-much-do-professional-coders-make-aapc-statistics-from-2008-to-2012.html';
