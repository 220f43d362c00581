-- Controllers the technician added, remembered across restarts. Passwords are never here: when the technician
-- asks to remember one, it goes to the OS credential store (or the user-only secrets file).
CREATE TABLE saved_controller (
  host              TEXT NOT NULL,
  port              INTEGER NOT NULL,
  username          TEXT NOT NULL,
  label             TEXT NOT NULL DEFAULT '',
  remember_password INTEGER NOT NULL DEFAULT 0,
  added_at          TEXT NOT NULL,
  PRIMARY KEY (host, port)
);
