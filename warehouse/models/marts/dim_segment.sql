-- marts.dim_segment: one row per canonical dimension and cleaned label: its parents and how many releases list it.
SELECT
    dimension,                                                        -- type | application | the page's own names
    label,
    list(DISTINCT parent ORDER BY parent) FILTER (WHERE parent IS NOT NULL) AS parents,
    list(DISTINCT label_raw ORDER BY label_raw) AS labels_seen,
    count(DISTINCT release_id) AS releases_count
FROM intermediate.int_release_segments
GROUP BY dimension, label
ORDER BY dimension, releases_count DESC, label
