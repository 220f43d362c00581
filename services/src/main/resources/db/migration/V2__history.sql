-- Upgrade history: one row per run, then one row per event, each committed on its own, so a crash or a
-- kill -9 mid-run loses nothing already recorded. Times are ISO-8601 UTC text. Diagnoses keep their code
-- and JSON arguments, never a sentence, so an old run re-renders in today's language.
CREATE TABLE upgrade_run (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  controller         TEXT NOT NULL,
  controller_version TEXT NOT NULL DEFAULT '',
  bundle_path        TEXT NOT NULL,
  bundle_version     TEXT NOT NULL DEFAULT '',
  mode               TEXT NOT NULL,
  server             TEXT NOT NULL,
  started_at         TEXT NOT NULL,
  ended_at           TEXT,
  state              TEXT NOT NULL,
  -- the process writing the run; a RUNNING run whose process is gone was interrupted
  owner_pid          INTEGER,
  owner_started      TEXT
);
CREATE INDEX upgrade_run_state ON upgrade_run(state);

CREATE TABLE run_ap (
  run_id       INTEGER NOT NULL REFERENCES upgrade_run(id) ON DELETE CASCADE,
  ap_name      TEXT NOT NULL,
  model        TEXT NOT NULL DEFAULT '',
  from_version TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, ap_name)
);

CREATE TABLE ap_status_change (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id      INTEGER NOT NULL REFERENCES upgrade_run(id) ON DELETE CASCADE,
  at          TEXT NOT NULL,
  ap_name     TEXT NOT NULL,
  status      TEXT NOT NULL,
  version     TEXT NOT NULL DEFAULT '',
  retry_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ap_status_change_run ON ap_status_change(run_id, at);

CREATE TABLE transfer (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id      INTEGER NOT NULL REFERENCES upgrade_run(id) ON DELETE CASCADE,
  started_at  TEXT NOT NULL,
  protocol    TEXT NOT NULL,
  peer        TEXT NOT NULL,
  file        TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  rate_bps    REAL NOT NULL,
  -- COMPLETED, FAILED or REFUSED; reason is the server's enum code
  result      TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transfer_run ON transfer(run_id, started_at);

CREATE TABLE diagnosis (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id    INTEGER NOT NULL REFERENCES upgrade_run(id) ON DELETE CASCADE,
  at        TEXT NOT NULL,
  code      TEXT NOT NULL,
  subject   TEXT NOT NULL DEFAULT '',
  args_json TEXT NOT NULL
);
CREATE INDEX diagnosis_run ON diagnosis(run_id, at);

-- Marks in a run's life: interrupted (found dead at start-up), resumed, finished.
CREATE TABLE run_event (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id INTEGER NOT NULL REFERENCES upgrade_run(id) ON DELETE CASCADE,
  at     TEXT NOT NULL,
  kind   TEXT NOT NULL
);
