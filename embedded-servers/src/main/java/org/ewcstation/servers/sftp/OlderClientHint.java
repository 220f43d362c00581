package org.ewcstation.servers.sftp;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-1 algorithms of older controllers are off by default; a controller that offers nothing else would
 * just see the connection fail. When a key exchange fails on an algorithm list that compatibility with older
 * controllers would have matched, this says so: a refusal event with reason {@link RefusalReason#OLDER_CLIENT}
 * naming the list and what the peer offered, and a log line with the switch to turn on.
 */
final class OlderClientHint implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(OlderClientHint.class);

    private final TransferListener listener;

    OlderClientHint(TransferListener listener) {
        this.listener = listener;
    }

    @Override
    public void sessionNegotiationEnd(
            Session session,
            Map<KexProposalOption, String> clientProposal,
            Map<KexProposalOption, String> serverProposal,
            Map<KexProposalOption, String> negotiatedOptions,
            Throwable reason) {
        if (reason == null || !(session instanceof ServerSession s)) {
            return;
        }
        for (KexProposalOption option : KexProposalOption.VALUES) {
            List<String> offered = split(clientProposal.get(option));
            if (!offered.isEmpty()
                    && Collections.disjoint(offered, split(serverProposal.get(option)))
                    && !Collections.disjoint(offered, SftpAlgorithms.OLDER_CONTROLLERS_ONLY)) {
                String detail = option.getDescription() + ": " + String.join(",", offered);
                LOG.warn(
                        "SFTP peer {} offers only older algorithms ({}); if it is an older controller, turn on"
                                + " compatibility with older controllers (serve --sftp-older-controllers)",
                        s.getClientAddress(),
                        detail);
                listener.onEvent(new TransferEvent.Refused(
                        Instant.now(),
                        Protocol.SFTP,
                        SftpTransferEvents.peer(s),
                        "",
                        RefusalReason.OLDER_CLIENT,
                        detail));
                return;
            }
        }
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }
}
