-- staging.latest_release_pages: one row per release: the page it was last seen as (newest body wins).
CREATE OR REPLACE VIEW staging.latest_release_pages AS
SELECT r.release_id, r.page_sha256
FROM staging.stg_releases AS r
JOIN raw.pages AS p USING (page_sha256)
QUALIFY row_number() OVER (PARTITION BY r.release_id ORDER BY p.ingested_at DESC, r.page_sha256) = 1;
