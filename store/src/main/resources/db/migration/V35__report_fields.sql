-- A report's fields as fusion reads them, without its text (issue 12; Marsad project, Apache-2.0). Runs on
-- H2 (MODE=PostgreSQL) and PostgreSQL. A report's row carries its whole text (TEXT is VARCHAR in H2's
-- PostgreSQL mode, stored in the row) and its signature row 2 KB of MinHash; the derivation read both for
-- every report of an area only to learn its outlet, date and near-duplicate group, the largest share of
-- one more report's derivation at 50,000 reports. This narrow copy is written with the report and its
-- group kept with report_signatures' in the derivation's last transaction.
CREATE TABLE report_fields (
  report_id          VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  outlet             VARCHAR(1000),
  url                TEXT,
  title              TEXT,
  published          DATE,
  language           VARCHAR(16),
  syndication_group  VARCHAR(64)   NOT NULL
);
INSERT INTO report_fields (report_id, outlet, url, title, published, language, syndication_group)
  SELECT r.id, r.outlet, r.url, r.title, r.published, r.language, COALESCE(s.syndication_group, r.id)
  FROM reports r LEFT JOIN report_signatures s ON s.report_id = r.id;
