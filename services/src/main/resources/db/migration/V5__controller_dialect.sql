-- The upgrade commands each controller's context help accepted, as last probed. Kept for the controller's
-- details (shown before any connection) and for the record; every connection probes again, because a controller
-- upgraded to another release may speak another family.
CREATE TABLE controller_dialect (
  controller TEXT PRIMARY KEY,           -- host:port, as the history names it
  release    TEXT NOT NULL DEFAULT '',   -- the controller's release when probed
  family     TEXT NOT NULL DEFAULT '',   -- '' when the controller knows no family
  forms      TEXT NOT NULL,              -- one line per action: the form chosen, or what was tried
  probed_at  TEXT NOT NULL
);
