-- Marsad record, schema version 1 (Marsad project, Apache-2.0).
-- One migration set for H2 (MODE=PostgreSQL, DATABASE_TO_LOWER=TRUE) and PostgreSQL: only types both
-- accept; JSON is kept as text so that neither engine's JSON type is needed. Long free text is TEXT
-- (a CLOB in H2, unindexable there), everything indexed is VARCHAR with a length.

-- A report as ingested. id = SHA-256 (hex) of the raw bytes, so the same bytes are stored once.
CREATE TABLE reports (
  id           VARCHAR(64)   NOT NULL PRIMARY KEY,
  source_name  TEXT          NOT NULL,   -- path, or path#line for JSON Lines, of its first arrival
  outlet       VARCHAR(1000),
  url          TEXT,
  title        TEXT,
  published    DATE,
  language     VARCHAR(16),
  ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  raw_text     TEXT          NOT NULL,   -- decoded text: every span points into it
  paragraphs   TEXT          NOT NULL,   -- JSON [{"index","start","end","duplicate_of"}]
  diagnostics  TEXT          NOT NULL    -- JSON ["..."]
);
CREATE INDEX reports_published ON reports (published);
CREATE INDEX reports_outlet ON reports (outlet, published);

-- Gazetteer entries that events refer to (first write wins: entries come from one gazetteer).
CREATE TABLE places (
  id       VARCHAR(200) NOT NULL PRIMARY KEY,
  name     VARCHAR(500),
  name_ar  VARCHAR(500),
  country  VARCHAR(16),
  admin1   VARCHAR(500),
  admin2   VARCHAR(500),
  lat      DOUBLE PRECISION,
  lon      DOUBLE PRECISION
);

-- Canonical actors from the actor dictionary.
CREATE TABLE actors (
  name  VARCHAR(500) NOT NULL PRIMARY KEY,
  kind  VARCHAR(200)
);

-- One event read from one report. Place, date and actors are denormalised so that the common
-- queries (where, when, what) need no join; spans are JSON [{"start","end"}] into reports.raw_text.
CREATE TABLE events (
  report_id        VARCHAR(64)  NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  event_id         VARCHAR(200) NOT NULL,
  ordinal          INTEGER      NOT NULL,   -- position in the report's extraction
  type             VARCHAR(40)  NOT NULL,
  attributes       VARCHAR      NOT NULL,   -- JSON object (phase, scope, items, ...)
  modality         VARCHAR(16)  NOT NULL,
  historical       BOOLEAN      NOT NULL,
  date_value       VARCHAR(40),             -- ISO date or coarser ("2020-09", "2018")
  date_kind        VARCHAR(16),             -- on / since
  date_precision   INTEGER,
  date_start       DATE,                    -- first day of date_value, for range queries
  date_evidence    VARCHAR,
  place_id         VARCHAR(200) REFERENCES places (id),
  place_name       VARCHAR(500),
  place_lat        DOUBLE PRECISION,
  place_lon        DOUBLE PRECISION,
  place_precision  INTEGER,
  place_evidence   VARCHAR,
  actor1_name      VARCHAR(500) REFERENCES actors (name),
  actor1_kind      VARCHAR(200),
  actor1_evidence  VARCHAR,
  actor2_name      VARCHAR(500) REFERENCES actors (name),
  actor2_kind      VARCHAR(200),
  actor2_evidence  VARCHAR,
  source           VARCHAR,
  evidence         VARCHAR      NOT NULL,
  rule_id          VARCHAR(200),
  PRIMARY KEY (report_id, event_id)
);
CREATE INDEX events_place_date ON events (place_id, date_start);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_type_date ON events (type, date_start);

-- Events fused across reports (derived: replaced wholesale after each ingest).
CREATE TABLE fused_events (
  id              VARCHAR(200) NOT NULL PRIMARY KEY,
  type            VARCHAR(40)  NOT NULL,
  modality        VARCHAR(16),
  historical      BOOLEAN      NOT NULL,
  place_id        VARCHAR(200),
  place_name      VARCHAR(500),
  place_lat       DOUBLE PRECISION,
  place_lon       DOUBLE PRECISION,
  date_value      VARCHAR(40),
  date_kind       VARCHAR(16),
  date_precision  INTEGER,
  date_start      DATE,
  attributes      VARCHAR      NOT NULL,
  source_count    INTEGER      NOT NULL   -- independent sources behind it
);
CREATE INDEX fused_events_place_date ON fused_events (place_id, date_start);
CREATE INDEX fused_events_type_date ON fused_events (type, date_start);

CREATE TABLE fused_event_members (
  fused_id   VARCHAR(200) NOT NULL REFERENCES fused_events (id) ON DELETE CASCADE,
  report_id  VARCHAR(64)  NOT NULL,
  event_id   VARCHAR(200) NOT NULL,
  PRIMARY KEY (fused_id, report_id, event_id),
  FOREIGN KEY (report_id, event_id) REFERENCES events (report_id, event_id) ON DELETE CASCADE
);
CREATE INDEX fused_event_members_event ON fused_event_members (report_id, event_id);

-- A place's status over time (derived: replaced wholesale after each ingest). end_date null = current.
CREATE TABLE status_intervals (
  id            BIGINT       NOT NULL PRIMARY KEY,
  place_id      VARCHAR(200) NOT NULL,
  place_name    VARCHAR(500),
  level         VARCHAR(20)  NOT NULL,   -- NONE, WATCH, PARTIAL_SIEGE, FULL_SIEGE, LIFTED
  start_date    DATE,
  end_date      DATE,
  indicators    VARCHAR      NOT NULL,   -- JSON object (movement, food, ..., since, days_besieged)
  source_count  INTEGER      NOT NULL
);
CREATE INDEX status_intervals_place ON status_intervals (place_id, start_date);

-- The events that support an interval; note keeps a source's own claim when sources disagree.
CREATE TABLE status_interval_sources (
  interval_id  BIGINT       NOT NULL REFERENCES status_intervals (id) ON DELETE CASCADE,
  report_id    VARCHAR(64)  NOT NULL,
  event_id     VARCHAR(200) NOT NULL,
  note         VARCHAR(1000),
  PRIMARY KEY (interval_id, report_id, event_id),
  FOREIGN KEY (report_id, event_id) REFERENCES events (report_id, event_id) ON DELETE CASCADE
);

-- Inputs refused, by source (the latest refusal; a later successful ingest removes the row).
-- source_key = SHA-256 of source_name, because a path may be longer than an index entry allows.
CREATE TABLE rejects (
  source_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
  source_name  TEXT         NOT NULL,
  reason       VARCHAR(4000) NOT NULL,
  rejected_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
