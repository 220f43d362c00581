-- Who the controller of a run is, as its own "show version" said when the run began: hostname, model and serial
-- number. The run keeps its address ("host:port", upgrade_run.controller) as the key the app finds runs by; these
-- name it in the run view and the customer report. Blank for runs recorded before, and when the controller did
-- not say.
ALTER TABLE upgrade_run ADD COLUMN controller_name   TEXT NOT NULL DEFAULT '';
ALTER TABLE upgrade_run ADD COLUMN controller_model  TEXT NOT NULL DEFAULT '';
ALTER TABLE upgrade_run ADD COLUMN controller_serial TEXT NOT NULL DEFAULT '';
