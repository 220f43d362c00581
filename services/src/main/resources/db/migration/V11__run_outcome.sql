-- What a run achieved, as a code (RunOutcome: PREDOWNLOADED, ACTIVATED, VERIFIED, FAILED, ABORTED, INTERRUPTED),
-- beside its life-cycle state: "Completed" alone said nothing of whether the new image went live. Blank while
-- running. The controller's release after the reload, each AP's image after activation, and whether our embedded
-- server or an existing one served the run ('ours', 'existing'; blank for runs recorded before).
ALTER TABLE upgrade_run ADD COLUMN outcome                  TEXT NOT NULL DEFAULT '';
ALTER TABLE upgrade_run ADD COLUMN controller_version_after TEXT NOT NULL DEFAULT '';
ALTER TABLE upgrade_run ADD COLUMN served_by                TEXT NOT NULL DEFAULT '';
ALTER TABLE run_ap ADD COLUMN after_version TEXT NOT NULL DEFAULT '';

-- Runs recorded before: their marks say how far a completed one got.
UPDATE upgrade_run SET outcome = CASE
    WHEN state = 'COMPLETED' AND EXISTS (SELECT 1 FROM run_event e WHERE e.run_id = upgrade_run.id AND e.kind = 'verified')
        THEN 'VERIFIED'
    WHEN state = 'COMPLETED' AND EXISTS (SELECT 1 FROM run_event e WHERE e.run_id = upgrade_run.id
                                         AND e.kind IN ('activating', 'activated', 'rejoined'))
        THEN 'ACTIVATED'
    WHEN state = 'COMPLETED' THEN 'PREDOWNLOADED'
    WHEN state IN ('FAILED', 'ABORTED', 'INTERRUPTED') THEN state
    ELSE ''
END;
