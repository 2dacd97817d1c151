-- Near-duplicate links are read from report_signatures.syndication_group (V30), kept incrementally
-- by the derivation; the whole-record link table of V20 is no longer written.
DROP TABLE report_duplicates;
