-- Facts exactly as each page states them, one parse per page (the latest parser version).

-- staging.stg_releases: one row per successfully parsed page.
CREATE TABLE IF NOT EXISTS staging.stg_releases (
    page_sha256     VARCHAR PRIMARY KEY,
    release_id      VARCHAR NOT NULL,   -- hash of the canonical URL, or of the body for dropped files
    parser_version  VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    url             VARCHAR,            -- canonical URL, tracking parameters stripped
    title           VARCHAR NOT NULL,
    market          VARCHAR NOT NULL,
    publisher       VARCHAR,
    research_firm   VARCHAR,
    report_id       VARCHAR,
    published       DATE,
    forecast_start  INTEGER,
    forecast_end    INTEGER,
    facts_json      JSON NOT NULL,      -- the parse contract's release object
    parsed_at       TIMESTAMP NOT NULL
);

-- staging.stg_release_cagrs: one row per CAGR statement of a release (contradictions kept).
CREATE TABLE IF NOT EXISTS staging.stg_release_cagrs (
    page_sha256   VARCHAR NOT NULL,
    release_id    VARCHAR NOT NULL,
    cagr_ordinal  INTEGER NOT NULL,     -- order of appearance on the page
    value_pct     DOUBLE NOT NULL,
    start_year    INTEGER,
    end_year      INTEGER,
    scope         VARCHAR,              -- NULL: whole market; else 'segment:X', 'region:Y'
    snippet       VARCHAR,
    PRIMARY KEY (page_sha256, cagr_ordinal)
);

-- staging.stg_release_sizes: one row per market-size statement of a release.
CREATE TABLE IF NOT EXISTS staging.stg_release_sizes (
    page_sha256   VARCHAR NOT NULL,
    release_id    VARCHAR NOT NULL,
    size_ordinal  INTEGER NOT NULL,
    value         DOUBLE NOT NULL,
    unit          VARCHAR,              -- thousand | million | billion | trillion
    currency      VARCHAR,              -- NULL when the sentence gives none
    year          INTEGER,
    scope         VARCHAR,
    snippet       VARCHAR,
    PRIMARY KEY (page_sha256, size_ordinal)
);

-- staging.stg_release_segments: one row per segment label (sub-items name their parent).
CREATE TABLE IF NOT EXISTS staging.stg_release_segments (
    page_sha256      VARCHAR NOT NULL,
    release_id       VARCHAR NOT NULL,
    segment_ordinal  INTEGER NOT NULL,
    dimension        VARCHAR NOT NULL,
    label            VARCHAR NOT NULL,
    parent           VARCHAR,
    PRIMARY KEY (page_sha256, segment_ordinal)
);

-- staging.stg_release_regions: one row per region a release lists.
CREATE TABLE IF NOT EXISTS staging.stg_release_regions (
    page_sha256     VARCHAR NOT NULL,
    release_id      VARCHAR NOT NULL,
    region_ordinal  INTEGER NOT NULL,
    region          VARCHAR NOT NULL,
    share_pct       DOUBLE,             -- market share the page gives the region (shares may sum past 100)
    country_count   INTEGER NOT NULL,
    PRIMARY KEY (page_sha256, region_ordinal)
);

-- staging.stg_release_countries: one row per country item listed under a region, as written.
CREATE TABLE IF NOT EXISTS staging.stg_release_countries (
    page_sha256      VARCHAR NOT NULL,
    release_id       VARCHAR NOT NULL,
    region_ordinal   INTEGER NOT NULL,
    region           VARCHAR NOT NULL,
    country_ordinal  INTEGER NOT NULL,
    country          VARCHAR NOT NULL,
    PRIMARY KEY (page_sha256, region_ordinal, country_ordinal)
);

-- staging.stg_release_players: one row per company a release names as a market player.
CREATE TABLE IF NOT EXISTS staging.stg_release_players (
    page_sha256     VARCHAR NOT NULL,
    release_id      VARCHAR NOT NULL,
    player_ordinal  INTEGER NOT NULL,
    name            VARCHAR NOT NULL,
    PRIMARY KEY (page_sha256, player_ordinal)
);

-- staging.stg_release_player_revenues: one row per revenue figure tied to a named player.
CREATE TABLE IF NOT EXISTS staging.stg_release_player_revenues (
    page_sha256      VARCHAR NOT NULL,
    release_id       VARCHAR NOT NULL,
    revenue_ordinal  INTEGER NOT NULL,
    player           VARCHAR NOT NULL,
    value            DOUBLE NOT NULL,
    unit             VARCHAR,
    currency         VARCHAR,
    snippet          VARCHAR,
    PRIMARY KEY (page_sha256, revenue_ordinal)
);
