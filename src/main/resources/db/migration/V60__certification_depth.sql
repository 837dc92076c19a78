-- What a candidate needs to compare credentials (issue #16): the membership a member rate requires and its
-- dues, how the exam is delivered and what its fee includes, the member renewal fee, and the published
-- first-time pass rate with its period. Every figure is cited per field in record_source.fields.
alter table certification
    add column exam_questions_note text,
    add column exam_delivery       text,
    add column exam_fee_includes   text,
    add column membership_name     text,
    add column membership_required boolean,
    add column membership_dues     numeric(10, 2) check (membership_dues >= 0),
    add column renewal_fee_member  numeric(10, 2) check (renewal_fee_member >= 0),
    add column renewal_fee_note    text,
    add column pass_rate_percent   numeric(5, 2) check (pass_rate_percent between 0 and 100),
    add column pass_rate_period    text,
    -- A member rate above the non-member rate is a contradiction in the data, not a price.
    add constraint certification_exam_member_fee_not_above_nonmember
        check (exam_fee_member is null or exam_fee_nonmember is null or exam_fee_member <= exam_fee_nonmember),
    add constraint certification_renewal_member_fee_not_above_nonmember
        check (renewal_fee_member is null or renewal_fee_nonmember is null or renewal_fee_member <= renewal_fee_nonmember),
    add constraint certification_questions_range check (exam_questions_min is null or exam_questions_max is null
        or exam_questions_min <= exam_questions_max),
    add constraint certification_pass_rate_period check (pass_rate_percent is null or pass_rate_period is not null);
