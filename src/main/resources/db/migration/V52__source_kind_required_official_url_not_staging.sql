-- Every source has a declared kind (V51 gave the reference data's theirs).
alter table source alter column kind set not null;

-- A staging or test host is never an official address (SourceKind.STAGING_HOST; V51 moved them to sources).
alter table certification add constraint certification_official_url_not_staging
    check (official_url !~* '^https?://((cms-test\.|cms-qa\.|www-uat\.)[^/]*|[^/]*\.(pages\.dev|matrixdev\.net))([:/?#]|$)');
