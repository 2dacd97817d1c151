-- Marsad record, schema version 20 (Marsad project, Apache-2.0): followed sources, what was read
-- from them, where a report came from, and near-duplicate links. Types as in V1 (H2 and PostgreSQL).

-- A followed source: a feed or page URL, a folder, a Telegram export. id = SHA-256 of location.
CREATE TABLE sources (
  id                VARCHAR(64)   NOT NULL PRIMARY KEY,
  location          TEXT          NOT NULL,
  telegram_channel  VARCHAR(64),              -- public name of a Telegram export's channel
  added_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  etag              VARCHAR(1000),            -- validators of the last complete read
  last_modified     VARCHAR(200),
  last_item         VARCHAR(2000),            -- key of the last item taken
  last_read_at      TIMESTAMP WITH TIME ZONE,
  failures          INTEGER       NOT NULL,   -- consecutive failed reads (backoff)
  next_read_at      TIMESTAMP WITH TIME ZONE,
  last_error        VARCHAR(4000)
);

-- Items of a source already taken (or given up on after repeated failures): a restart skips them.
-- item_hash = SHA-256 of the item's key (an entry id or URL may be longer than an index allows).
CREATE TABLE source_items (
  source_id   VARCHAR(64)   NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  item_hash   VARCHAR(64)   NOT NULL,
  item_key    TEXT          NOT NULL,
  report_id   VARCHAR(64),               -- null while the item is failing
  attempts    INTEGER       NOT NULL,
  seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, item_hash)
);

-- Where a report came from beyond the reports row: a page's byline, a forward's origin.
CREATE TABLE report_provenance (
  report_id       VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  author          VARCHAR(1000),
  forwarded_from  VARCHAR(1000)
);

-- Near-duplicate groups (syndicated copies), derived: replaced after each ingest. Only reports
-- in a group of two or more have a row; group_id is the group's smallest report id.
CREATE TABLE report_duplicates (
  report_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
  group_id   VARCHAR(64)  NOT NULL
);
CREATE INDEX report_duplicates_group ON report_duplicates (group_id);
