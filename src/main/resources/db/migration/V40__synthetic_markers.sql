-- The benchmark (bench/) loads synthetic occupations and sources into its own databases, never into
-- the real one; like program.synthetic and salary.synthetic, these columns say which rows they are.
alter table occupation add column synthetic boolean not null default false;
alter table source add column synthetic boolean not null default false;
