-- raw.pages: one row per distinct page body ever seen. Immutable: rows are only inserted.
CREATE TABLE IF NOT EXISTS raw.pages (
    page_sha256  VARCHAR PRIMARY KEY,   -- SHA-256 of the body bytes: identical bodies are stored once
    source       VARCHAR NOT NULL,      -- where the body was first seen (inbox path or URL)
    source_kind  VARCHAR NOT NULL,      -- 'inbox' | 'url'
    ingested_at  TIMESTAMP NOT NULL,    -- when it was first seen (UTC)
    byte_size    BIGINT NOT NULL,
    body         BLOB NOT NULL          -- the bytes exactly as received
);

-- raw.page_sightings: one row per (page body, source) pair: every place a body was seen.
CREATE TABLE IF NOT EXISTS raw.page_sightings (
    page_sha256    VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    first_seen_at  TIMESTAMP NOT NULL,
    mtime_ns       BIGINT,              -- file modification time, to skip unchanged inbox files cheaply
    byte_size      BIGINT NOT NULL,
    PRIMARY KEY (page_sha256, source)
);
