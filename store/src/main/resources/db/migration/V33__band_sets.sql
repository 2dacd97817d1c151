-- LSH band keys as one row per report (issue 12; Marsad project, Apache-2.0). Runs on H2 (MODE=PostgreSQL)
-- and PostgreSQL. The 32 band rows per report of V32 were most of an ingest's rows, and their index on a
-- random 64-bit key dirtied nearly every page of a growing B-tree at each batch commit: at 25,000 reports
-- it was half the writer's time and most of the H2 file's growth. A report's band keys now sit in one
-- row of a table with no index at all (appended in insertion order); the derivation scans it to find a
-- new report's candidate copies. A row whose report is gone is ignored (candidates are checked
-- against report_signatures).
CREATE TABLE report_band_sets (
  report_id  VARCHAR(64)  NOT NULL,
  bands      VARCHAR(400) NOT NULL
);
DROP TABLE report_bands;
-- Records with signatures get their band sets from the stored signatures on the next derivation.
INSERT INTO record_meta (meta_key, meta_value) SELECT DISTINCT 'band_sets', 'backfill' FROM report_signatures;
