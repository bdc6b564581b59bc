-- marts.dim_company: one row per company entity: its canonical name, every spelling seen, and how many releases name it.
SELECT
    company_id,                                                       -- stable across runs and spellings
    any_value(canonical_name) AS canonical_name,                      -- the seed's name, else the most frequent spelling
    list(DISTINCT name_raw ORDER BY name_raw) AS aliases_seen,        -- every spelling releases used
    count(DISTINCT release_id) AS releases_count
FROM intermediate.int_release_companies
GROUP BY company_id
ORDER BY releases_count DESC, canonical_name
