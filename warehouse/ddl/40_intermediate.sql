-- Normalised releases: one canonical form per thing, raw values kept beside it.
-- Rebuilt from staging on every run (the latest page of each release).

-- intermediate.int_releases: one row per release, with its market key.
CREATE TABLE IF NOT EXISTS intermediate.int_releases (
    release_id      VARCHAR PRIMARY KEY,
    page_sha256     VARCHAR NOT NULL,
    market_raw      VARCHAR NOT NULL,   -- as the page names it
    market_key      VARCHAR NOT NULL,   -- the same market from every publisher shares this key
    market_rule     VARCHAR NOT NULL,   -- folded | acronym | alias_seed
    publisher       VARCHAR,
    research_firm   VARCHAR,
    forecast_start  INTEGER,
    forecast_end    INTEGER
);

-- intermediate.int_release_countries: one row per release × country mention (split names joined, merged items split).
CREATE TABLE IF NOT EXISTS intermediate.int_release_countries (
    release_id    VARCHAR NOT NULL,
    market_key    VARCHAR NOT NULL,
    publisher     VARCHAR,
    region_raw    VARCHAR NOT NULL,
    region_key    VARCHAR,              -- canonical region; NULL when the name is no known region
    country_raw   VARCHAR NOT NULL,     -- the item(s) as listed
    country_iso2  VARCHAR,              -- ISO 3166-1 alpha-2; NULL only when unresolved (then flagged)
    fix_rule      VARCHAR,              -- the repair applied, NULL when none was needed
    flag          VARCHAR               -- what to double-check: ambiguous, merged, outside_region, not_a_country, unresolved
);

-- intermediate.int_release_companies: one row per release × player named, with its company entity.
CREATE TABLE IF NOT EXISTS intermediate.int_release_companies (
    release_id      VARCHAR NOT NULL,
    name_raw        VARCHAR NOT NULL,
    company_id      VARCHAR NOT NULL,   -- one id per company across spellings and releases
    canonical_name  VARCHAR NOT NULL,
    match_rule      VARCHAR NOT NULL    -- exact | alias_seed | fuzzy | ambiguous_homonym (a name seeded homonyms share)
);

-- intermediate.int_release_segments: one row per release × segment label, dimension and label cleaned.
CREATE TABLE IF NOT EXISTS intermediate.int_release_segments (
    release_id     VARCHAR NOT NULL,
    dimension_raw  VARCHAR NOT NULL,
    dimension      VARCHAR NOT NULL,    -- type | application | the page's other dimension names
    label_raw      VARCHAR NOT NULL,
    label          VARCHAR NOT NULL,
    parent         VARCHAR,
    fix_rule       VARCHAR
);

-- intermediate.int_release_sizes: one row per market-size statement, in USD millions.
CREATE TABLE IF NOT EXISTS intermediate.int_release_sizes (
    release_id   VARCHAR NOT NULL,
    size_ordinal INTEGER NOT NULL,
    value        DOUBLE NOT NULL,       -- as stated
    unit         VARCHAR,
    currency     VARCHAR,
    year         INTEGER,
    scope        VARCHAR,
    value_usd_m  DOUBLE,                -- USD millions; NULL only when the currency has no rate
    fx_rule      VARCHAR,               -- converted, when another currency was converted
    flag         VARCHAR                -- currency_missing_assumed_usd, fx_nearest_year, no_fx_rate
);
