package org.ewcstation.services.history;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;

/** A realistic run (the seed's APs and paths), written the way the app writes it. */
final class HistoryFixtures {

    static final InetSocketAddress EWC = new InetSocketAddress("172.16.4.26", 50123);
    static final RunInfo INFO = new RunInfo(
            "9120-EWC (172.16.4.26)", "17.9.4.27", "/EWC/17_12_1", "17.12.1.5", Protocol.TFTP, "172.16.5.27");

    private HistoryFixtures() {}

    /** Writes one AP, three status changes, a completed and a refused transfer and two diagnoses. */
    static void writeSome(RunRecorder r, Instant t0) {
        r.ap("AP-POD-2-2", "C9120AXI-B", "17.9.4.27");
        r.ap("9105-emorenoa", "C9105AXI-B", "17.9.4.27");
        r.apStatus(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Initiated", 0, t0), "");
        r.apStatus(
                new ApObservation("AP-POD-2-2", "C9120AXI-B", "Initiated", 0, t0.plusSeconds(5)),
                ""); // unchanged: not stored
        r.apStatus(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Predownloading", 0, t0.plusSeconds(10)), "17.12.1.5");
        r.apStatus(new ApObservation("9105-emorenoa", "C9105AXI-B", "Failed", 2, t0.plusSeconds(20)), "");
        r.onEvent(new TransferEvent.Started(
                1, t0.plusSeconds(11), Protocol.TFTP, EWC, "/EWC/17_12_1/ap1g7", 50_000_000, Map.of()));
        r.onEvent(new TransferEvent.Completed(
                1,
                t0.plusSeconds(21),
                Protocol.TFTP,
                EWC,
                "/EWC/17_12_1/ap1g7",
                50_000_000,
                Duration.ofSeconds(10),
                5_000_000));
        r.onEvent(new TransferEvent.Refused(
                t0.plusSeconds(22),
                Protocol.TFTP,
                EWC,
                "/EWC/17_12_1/ap1g8",
                TransferEvent.RefusalReason.NOT_FOUND,
                "no such file"));
        r.onDiagnosis(Diagnosis.of(
                DiagnosisCode.IMAGE_TYPE_MISSING,
                t0.plusSeconds(22),
                "type:ap1g8",
                "ap1g8",
                "/EWC/17_12_1",
                "9105-emorenoa"));
        r.onDiagnosis(Diagnosis.of(
                DiagnosisCode.RETRIES_RISING, t0.plusSeconds(23), "retries:9105-emorenoa:2", "9105-emorenoa", 2));
    }
}
