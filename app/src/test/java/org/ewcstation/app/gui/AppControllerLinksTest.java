package org.ewcstation.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.session.HostKeyUnknownException;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.views.ewc.ControllerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the window reaches controllers: its links ask before trusting an unknown host key, while the command
 * line's connector keeps trusting on first use, and the demo's own controller is trusted from the start.
 */
class AppControllerLinksTest {

    @TempDir
    Path dir;

    @Test
    void theWindowAsksAboutAnUnknownKeyWhileTheCommandLineTrustsItOnFirstUse() throws Exception {
        try (AppContext ctx = AppContext.start(new GlobalOptions(dir, false));
                SimulatedEwc ewc = SimulatedEwc.builder()
                        .capwapPort(-1)
                        .hostKey(Path.of("target", "test-sim-host-key"))
                        .start()) {
            EwcEndpoint endpoint = new EwcEndpoint(ewc.host(), ewc.sshPort());
            AppControllerLinks links = new AppControllerLinks(ctx, TranscriptListener.NONE);
            try (ControllerLink link = links.create(entry(ewc))) {
                HostKeyUnknownException e = catchThrowableOfType(HostKeyUnknownException.class, link::identify);
                assertThat(e.change().offeredFingerprint()).startsWith("SHA256:");
            }
            assertThat(ctx.hostKeyTrust().known(endpoint)).isEmpty();

            // what status, push and discover use: no one to ask, so the key is remembered on first use
            try (EwcSession s = ctx.ewcConnector()
                    .connect(
                            endpoint,
                            new EwcCredentials(
                                    ewc.settings().user(),
                                    ewc.settings().password(),
                                    ewc.settings().enableSecret()),
                            TranscriptListener.NONE)) {
                assertThat(s.isOpen()).isTrue();
            }
            assertThat(ctx.hostKeyTrust().known(endpoint)).isPresent();
            try (ControllerLink link = links.create(entry(ewc))) {
                assertThat(link.identify().hostname()).isEqualTo("WLC-EWC");
            }
        }
    }

    @Test
    void theDemoControllerIsTrustedWithoutAsking() throws Exception {
        try (AppContext ctx = AppContext.start(new GlobalOptions(dir, false))) {
            DemoMode demo = DemoMode.start(ctx, 1, 64 * 1024, 8L * 1024 * 1024);
            DemoMode.Controller c = demo.controller();
            assertThat(ctx.hostKeyTrust()
                            .known(new EwcEndpoint(c.host(), c.port()))
                            .orElseThrow()
                            .fingerprint())
                    .isEqualTo(KeyUtils.getFingerPrint(demo.simulator().hostKey()));
            try (ControllerLink link =
                    new AppControllerLinks(ctx, TranscriptListener.NONE).create(GuiLauncher.demoEntry(c))) {
                assertThat(link.identify().hostname()).isNotBlank();
            }
        }
    }

    private static ControllerEntry entry(SimulatedEwc ewc) {
        return new ControllerEntry(
                ewc.host(),
                ewc.sshPort(),
                ewc.settings().user(),
                ewc.settings().password().toCharArray(),
                ewc.settings().enableSecret().toCharArray());
    }
}
