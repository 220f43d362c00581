-- Settings: one typed value per key, written by the app (window layout, language, server options).
CREATE TABLE setting (
  key        TEXT PRIMARY KEY NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- SSH host keys of controllers, trusted on first use; a changed key is refused until accepted.
CREATE TABLE known_host_key (
  host        TEXT NOT NULL,
  port        INTEGER NOT NULL,
  key_type    TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  public_key  TEXT NOT NULL,
  first_seen  TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  PRIMARY KEY (host, port)
);
