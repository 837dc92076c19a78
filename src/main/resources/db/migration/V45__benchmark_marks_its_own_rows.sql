-- The benchmark (bench/) marks the rows it generates in a schema of its own; the product's tables
-- carry no column for it.
alter table program drop column synthetic;
alter table salary drop column synthetic;
alter table occupation drop column synthetic;
alter table source drop column synthetic;
