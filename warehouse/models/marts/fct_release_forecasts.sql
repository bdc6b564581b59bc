-- marts.fct_release_forecasts: one row per release (its latest page): market, publisher,
-- forecast period, the headline CAGR, base and forecast sizes when stated, and conflict flags.
WITH latest_pages AS (
    SELECT r.*
    FROM staging.stg_releases AS r
    JOIN staging.latest_release_pages USING (page_sha256, release_id)
),

market_cagrs AS (
    -- Whole-market CAGRs only: a segment's or region's growth is not the market's.
    SELECT c.*
    FROM staging.stg_release_cagrs AS c
    JOIN latest_pages USING (page_sha256)
    WHERE c.scope IS NULL
),

cagr_summary AS (
    SELECT
        page_sha256,
        count(DISTINCT value_pct) AS market_cagr_count,
        min(value_pct) AS min_cagr_pct,
        max(value_pct) AS max_cagr_pct
    FROM market_cagrs
    GROUP BY page_sha256
),

headline_cagr AS (
    -- The CAGR stated for the release's own forecast period wins; else the first one stated.
    SELECT c.page_sha256, c.value_pct, c.start_year, c.end_year
    FROM market_cagrs AS c
    JOIN latest_pages AS r USING (page_sha256)
    QUALIFY row_number() OVER (
        PARTITION BY c.page_sha256
        ORDER BY (c.start_year IS NOT DISTINCT FROM r.forecast_start AND c.end_year IS NOT DISTINCT FROM r.forecast_end) DESC,
                 c.cagr_ordinal
    ) = 1
),

market_sizes AS (
    SELECT s.*
    FROM staging.stg_release_sizes AS s
    JOIN latest_pages USING (page_sha256)
    WHERE s.scope IS NULL AND s.year IS NOT NULL
),

base_size AS (
    -- The earliest stated size, unless it lies past the forecast's first year.
    SELECT s.page_sha256, s.value, s.unit, s.currency, s.year
    FROM market_sizes AS s
    JOIN latest_pages AS r USING (page_sha256)
    WHERE r.forecast_start IS NULL OR s.year <= r.forecast_start
    QUALIFY row_number() OVER (PARTITION BY s.page_sha256 ORDER BY s.year, s.size_ordinal) = 1
),

forecast_size AS (
    -- The latest stated size, when it lies after the base year.
    SELECT s.page_sha256, s.value, s.unit, s.currency, s.year
    FROM market_sizes AS s
    JOIN latest_pages AS r USING (page_sha256)
    WHERE s.year > coalesce(r.forecast_start, (SELECT min(m.year) FROM market_sizes AS m WHERE m.page_sha256 = s.page_sha256))
    QUALIFY row_number() OVER (PARTITION BY s.page_sha256 ORDER BY s.year DESC, s.size_ordinal) = 1
),

list_counts AS (
    SELECT
        r.page_sha256,
        (SELECT count(*) FROM staging.stg_release_segments AS x WHERE x.page_sha256 = r.page_sha256) AS segment_count,
        (SELECT count(*) FROM staging.stg_release_regions AS x WHERE x.page_sha256 = r.page_sha256) AS region_count,
        (SELECT count(*) FROM staging.stg_release_players AS x WHERE x.page_sha256 = r.page_sha256) AS player_count
    FROM latest_pages AS r
)

SELECT
    r.release_id,                                                    -- hash of the canonical URL, else of the body
    r.page_sha256,                                                   -- the page the facts come from (latest seen)
    r.market,                                                        -- as the page names it
    r.publisher,                                                     -- registrable domain of the publishing site
    r.research_firm,                                                 -- firm credited for the figures
    r.report_id,
    r.published,
    r.forecast_start,
    r.forecast_end,
    h.value_pct AS headline_cagr_pct,                                -- the CAGR for the forecast period, else the first
    h.start_year AS headline_cagr_start,
    h.end_year AS headline_cagr_end,
    coalesce(c.market_cagr_count, 0) AS market_cagr_count,           -- distinct whole-market CAGR values stated
    coalesce(c.market_cagr_count, 0) > 1 AS has_conflicting_cagrs,   -- the page states two or more market CAGRs
    c.min_cagr_pct,
    c.max_cagr_pct,
    b.value AS base_size_value,                                      -- earliest stated whole-market size, in its unit
    b.unit AS base_size_unit,
    b.currency AS base_size_currency,
    b.year AS base_size_year,
    f.value AS forecast_size_value,                                  -- latest stated whole-market size, in its unit
    f.unit AS forecast_size_unit,
    f.currency AS forecast_size_currency,
    f.year AS forecast_size_year,
    l.segment_count,
    l.region_count,
    l.player_count,
    r.parser_version
FROM latest_pages AS r
LEFT JOIN headline_cagr AS h USING (page_sha256)
LEFT JOIN cagr_summary AS c USING (page_sha256)
LEFT JOIN base_size AS b USING (page_sha256)
LEFT JOIN forecast_size AS f USING (page_sha256)
LEFT JOIN list_counts AS l USING (page_sha256)
ORDER BY r.market, r.publisher
