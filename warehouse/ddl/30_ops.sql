-- ops.quarantine: one row per page and stage that could not be processed, with the reason.
-- The raw body stays in raw.pages; a later parser version retries the page.
CREATE TABLE IF NOT EXISTS ops.quarantine (
    page_sha256     VARCHAR NOT NULL,
    stage           VARCHAR NOT NULL,   -- 'parse'
    source          VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    parser_version  VARCHAR NOT NULL,
    quarantined_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (page_sha256, stage)
);

-- ops.fixes: one row per repair normalisation made to a release's value, with the rule applied.
CREATE TABLE IF NOT EXISTS ops.fixes (
    release_id   VARCHAR NOT NULL,
    field        VARCHAR NOT NULL,      -- market | region | country | company | segment | size
    raw_value    VARCHAR NOT NULL,
    fixed_value  VARCHAR,
    rule         VARCHAR NOT NULL
);
