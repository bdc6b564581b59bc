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
