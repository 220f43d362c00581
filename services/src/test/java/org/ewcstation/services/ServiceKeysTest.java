package org.ewcstation.services;

import static org.ewcstation.services.MessageKeys.assertExists;

import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.history.ReportKeys;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.preflight.CheckResult;
import org.ewcstation.services.preflight.PreflightCheck;
import org.ewcstation.services.repository.BundleFile;
import org.ewcstation.services.repository.BundleIssue;
import org.ewcstation.services.repository.ImportException;
import org.ewcstation.services.repository.ImportProgress;
import org.junit.jupiter.api.Test;

/** Every code the services can emit has its text in both languages (keys built from enum names included). */
class ServiceKeysTest {

    @Test
    void everyEnumKeyExistsInBothLanguages() {
        for (DiagnosisCode c : DiagnosisCode.values()) {
            assertExists(c.messageKey());
            assertExists(c.actionKey());
        }
        for (Severity s : Severity.values()) {
            assertExists(s.key());
        }
        for (BundleIssue.Code c : BundleIssue.Code.values()) {
            assertExists(c.key());
        }
        for (ImportException.Reason r : ImportException.Reason.values()) {
            assertExists(r.key());
        }
        for (ImportProgress.Phase p : ImportProgress.Phase.values()) {
            assertExists(p.key());
        }
        for (BundleFile.Kind k : BundleFile.Kind.values()) {
            assertExists(k.key());
        }
        for (PreflightCheck c : PreflightCheck.values()) {
            assertExists(c.titleKey());
        }
        for (CheckResult.Level l : CheckResult.Level.values()) {
            assertExists(l.key());
        }
        for (RunState s : RunState.values()) {
            assertExists(s.key());
        }
        for (TransferEvent.FailureReason r : TransferEvent.FailureReason.values()) {
            assertExists(ReportKeys.reason(r.name()));
        }
        for (TransferEvent.RefusalReason r : TransferEvent.RefusalReason.values()) {
            assertExists(ReportKeys.reason(r.name()));
        }
        for (String result : new String[] {"COMPLETED", "FAILED", "REFUSED"}) {
            assertExists(ReportKeys.result(result));
        }
        for (String mark : new String[] {"interrupted", "resumed", "finished"}) {
            assertExists("report.mark." + mark);
        }
    }
}
