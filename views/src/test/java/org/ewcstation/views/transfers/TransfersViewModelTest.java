package org.ewcstation.views.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferRegistry;
import org.junit.jupiter.api.Test;

class TransfersViewModelTest {

    static final InetSocketAddress EWC = new InetSocketAddress("127.0.0.1", 50123);

    @Test
    void runningRowsFollowTheCountersAndFinishedOnesStay() {
        TransferRegistry registry = new TransferRegistry();
        TransfersViewModel vm = new TransfersViewModel();
        TransferRegistry.Live live = registry.open(Protocol.TFTP, EWC, "EWC/17_9_4a/ap1g8", 1_000_000);
        vm.onEvents(List.of(new TransferEvent.Started(
                live.id(),
                Instant.now(),
                Protocol.TFTP,
                EWC,
                "EWC/17_9_4a/ap1g8",
                1_000_000,
                Map.of("blksize", "1468"))));
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.running()).isTrue();
            assertThat(r.peer()).isEqualTo("127.0.0.1:50123");
        });
        vm.sample(registry.snapshot(), 0);
        live.set(250_000);
        vm.sample(registry.snapshot(), 1_000_000_000L);
        TransferRow r = vm.rows().getFirst();
        assertThat(r.bytes()).isEqualTo(250_000);
        assertThat(r.fraction()).isEqualTo(0.25);
        assertThat(r.bytesPerSecond()).isEqualTo(250_000);
        assertThat(r.eta()).isEqualTo(Duration.ofSeconds(3));

        live.close();
        vm.onEvents(List.of(new TransferEvent.Completed(
                live.id(),
                Instant.now(),
                Protocol.TFTP,
                EWC,
                "EWC/17_9_4a/ap1g8",
                1_000_000,
                Duration.ofSeconds(2),
                500_000)));
        assertThat(vm.rows()).singleElement().satisfies(done -> {
            assertThat(done.running()).isFalse();
            assertThat(done.result()).isEqualTo("COMPLETED");
            assertThat(done.fraction()).isEqualTo(1.0);
            assertThat(done.bytesPerSecond()).isEqualTo(500_000);
        });
        // A late sample must not resurrect a finished transfer.
        vm.sample(List.of(), 2_000_000_000L);
        assertThat(vm.runningCount()).isZero();
    }

    @Test
    void failuresAreKeptWithTheirReasonAndTheListIsBounded() {
        TransfersViewModel vm = new TransfersViewModel();
        for (int i = 0; i < TransfersViewModel.MAX_FINISHED + 20; i++) {
            vm.onEvents(List.of(new TransferEvent.Failed(
                    i, Instant.now(), Protocol.SFTP, EWC, "f" + i, 10, TransferEvent.FailureReason.TIMEOUT, "")));
        }
        assertThat(vm.rows()).hasSize(TransfersViewModel.MAX_FINISHED);
        assertThat(vm.rows().getFirst().result()).isEqualTo("TIMEOUT");
        assertThat(vm.rows().getFirst().file()).isEqualTo("f" + (TransfersViewModel.MAX_FINISHED + 19));
    }
}
