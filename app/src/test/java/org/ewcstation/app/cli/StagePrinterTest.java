package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.upgrade.Stage;
import org.junit.jupiter.api.Test;

/** What the terminal shows when the link to the controller drops: a fault to fix, or the activation's reload. */
class StagePrinterTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final StagePrinter printer = new StagePrinter(
            new Messages(Language.ENGLISH),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    final Msg refused = Msg.of("ewc.error.connectionRefused", "127.0.0.1", "127.0.0.1:2222");

    @Test
    void aLostLinkWhileDownloadingGivesTheAdviceEachTime() {
        printer.stageChanged("c", Stage.PROFILE_SAVED, Stage.PREDOWNLOADING);
        printer.connectionLost(refused, 1000);
        printer.connectionLost(refused, 1000);
        assertThat(err.toString(StandardCharsets.UTF_8).split("Check the SSH port", -1))
                .hasSize(3);
    }

    @Test
    void theReloadAfterAnActivationIsSaidOnceAsExpectedNotAsAFault() {
        printer.stageChanged("c", Stage.PREDOWNLOADED, Stage.ACTIVATING);
        printer.connectionLost(refused, 1000);
        printer.stageChanged("c", Stage.ACTIVATING, Stage.REJOINING);
        printer.connectionLost(refused, 1000);
        printer.connectionLost(refused, 1000);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8).split("is reloading onto the new release", -1))
                .hasSize(2);
        printer.stageChanged("c", Stage.REJOINING, Stage.VERIFIED);
        printer.connectionLost(refused, 1000);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Check the SSH port");
    }
}
