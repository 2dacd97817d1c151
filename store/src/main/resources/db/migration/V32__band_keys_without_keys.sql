-- LSH band keys (issue 12; Marsad project, Apache-2.0). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Each report writes 32 band rows, the bulk of an ingest's rows. Their primary key (band, report_id)
-- and the foreign key's index on report_id made three B-trees per row, two of them keyed at random;
-- a report's bands are written once, de-duplicated by the writer, so one index on the band (the
-- only lookup) is enough. A band row whose report is gone is ignored by the join that reads it.
CREATE TABLE report_band_keys (
  band       BIGINT      NOT NULL,
  report_id  VARCHAR(64) NOT NULL
);
INSERT INTO report_band_keys (band, report_id) SELECT band, report_id FROM report_bands;
DROP TABLE report_bands;
ALTER TABLE report_band_keys RENAME TO report_bands;
CREATE INDEX report_bands_band ON report_bands (band);
