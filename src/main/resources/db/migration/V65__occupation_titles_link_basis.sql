-- The job titles people search for, per occupation (O*NET alternate and reported titles, BLS sample
-- titles), matched by full-text search: case-insensitive, word order free, English stems.
create table occupation_title (
    occupation_id      bigint not null references occupation (id) on delete cascade,
    title              text   not null,
    -- the lists the title appears in: onet_alternate, onet_reported, bls_ep
    kinds              text[] not null,
    -- every word, abbreviations in parentheses included: "some words of a title" searches
    search             tsvector generated always as (to_tsvector('english', title)) stored,
    -- the words of the title itself, without a parenthesised abbreviation: "the whole title" searches
    title_words        tsvector generated always as
        (to_tsvector('english', regexp_replace(title, '\([^)]*\)', ' ', 'g'))) stored,
    primary key (occupation_id, title)
);
create index occupation_title_search_idx on occupation_title using gin (search);
create index occupation_title_words_idx on occupation_title using gin (title_words);
create index occupation_title_text_idx on occupation using gin (to_tsvector('english', title));

create trigger occupation_title_bumps_data_version after insert or update or delete or truncate on occupation_title
    for each statement execute function bump_data_version();

-- Why a credential leads to an occupation, and the page that says so (null for an editorial link).
-- onet_title: O*NET lists the credential among the occupation's titles; job_title: the credential's
-- name is a job O*NET lists for the occupation; stated: a source names the occupation for the credential;
-- editorial: ours, no source states it; curator: written through the API without a basis.
alter table certification_occupation add column basis text check (basis in
    ('onet_title', 'job_title', 'stated', 'editorial', 'curator'));
alter table certification_occupation add column source_id bigint references source (id);
alter table certification_occupation add column matched_title text;
update certification_occupation set basis = case when editorial then 'editorial' else 'stated' end;
alter table certification_occupation alter column basis set not null;
alter table certification_occupation add constraint certification_occupation_editorial_basis
    check (editorial = (basis = 'editorial'));

-- The projection rows of the reference data named two original addresses in one value; the EP data
-- export is the original of the copies read, the OOH page only publishes the same figures.
update source set original_url = 'https://data.bls.gov/projections/occupationProj'
where original_url like 'https://data.bls.gov/projections/occupationProj ;%';
