-- The places events are located at, with their event counts (issue 12; Marsad project, Apache-2.0). Runs on
-- H2 (MODE=PostgreSQL) and PostgreSQL. The derivation needs every place (to join places into areas) and
-- each place's event count (to size its transactions); a GROUP BY over every event gave them, a fifth of
-- the time one more report took at 50,000 reports. The writer now keeps this small table in the batch's
-- own transaction. place_key is StatusEngine.placeKey (the gazetteer id, or name and coordinates);
-- min_precision the finest geo precision any event gives the place (areas join by distance only precise
-- places, as fusion does).
CREATE TABLE event_places (
  place_key      VARCHAR(800) NOT NULL PRIMARY KEY,
  place_id       VARCHAR(200),
  place_name     VARCHAR(500),
  place_lat      DOUBLE PRECISION,
  place_lon      DOUBLE PRECISION,
  min_precision  INTEGER      NOT NULL,
  events         BIGINT       NOT NULL
);
-- Records with events get the table from their events on the next derivation (the key is computed in Java).
INSERT INTO record_meta (meta_key, meta_value) SELECT DISTINCT 'event_places', 'backfill' FROM events;
