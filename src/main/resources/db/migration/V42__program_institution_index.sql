-- The program list is sorted by institution unless asked otherwise: with this index its first page
-- and any page after a cursor read only the rows they serve (plus those the filters skip), at any
-- size of the table. Found with EXPLAIN ANALYZE at 1x and 10x benchmark data (bench/README.md).
create index program_institution_idx on program (institution, id);
