-- Incremental derivation (issue 12; Marsad project, Apache-2.0). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.

-- Each report's MinHash signature (128 longs, base64) and syndication group (the smallest report id
-- of its near-duplicate group), so that a new report's copies are found without reading old texts.
CREATE TABLE report_signatures (
  report_id          VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  signature          VARCHAR(2000) NOT NULL,
  syndication_group  VARCHAR(64) NOT NULL
);
CREATE INDEX report_signatures_group ON report_signatures (syndication_group);

-- LSH band keys (band index folded in): reports sharing a key are candidate copies.
CREATE TABLE report_bands (
  band       BIGINT      NOT NULL,
  report_id  VARCHAR(64) NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  PRIMARY KEY (band, report_id)
);

-- Reports stored but not yet derived from: written in the report's own transaction, removed in the
-- derivation's, so a crash between the two is finished by the next run.
CREATE TABLE derive_pending (
  report_id  VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE
);

-- Small facts about the derived data (the horizon it was computed with).
CREATE TABLE record_meta (
  meta_key    VARCHAR(64)  NOT NULL PRIMARY KEY,
  meta_value  VARCHAR(200)
);

-- The event's evidence as written (fusion compares the words of one outlet's repeats).
ALTER TABLE events ADD COLUMN evidence_text VARCHAR;

-- The source key of a status source: copies of one report share it (one independent source).
ALTER TABLE status_interval_sources ADD COLUMN source_key VARCHAR(200);
