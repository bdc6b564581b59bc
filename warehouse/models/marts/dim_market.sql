-- marts.dim_market: one row per market key: a display name, every name publishers used, releases and publishers.
SELECT
    market_key,                                                       -- the same market from every publisher
    mode(market_raw) AS name,                                         -- the most frequent name as written
    list(DISTINCT market_raw ORDER BY market_raw) AS aliases_seen,
    count(DISTINCT release_id) AS releases_count,
    count(DISTINCT publisher) AS publishers_count
FROM intermediate.int_releases
GROUP BY market_key
ORDER BY releases_count DESC, market_key
