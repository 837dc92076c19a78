-- Provenance by declared kind: each source says what it is, confidence is computed from that kind
-- (see SourceKind), links say which fields a source supports, and an undated source has no as-of.
alter table source add column kind text check (kind in ('official_statistics', 'issuer', 'issuer_handbook',
    'institution', 'official_directory', 'trade_press', 'aggregator', 'secondary', 'mirror'));

alter table source alter column as_of drop not null;
alter table source drop constraint source_url_as_of_key;
update source set as_of = null where as_of = 'not stated';
alter table source add constraint source_url_as_of_key unique nulls not distinct (url, as_of);

-- The fields of the record this source supports; null when the source backs the record as a whole.
alter table record_source add column fields text[];
-- Computed on read from the source's kind and date, no longer stored.
alter table record_source drop column confidence;
