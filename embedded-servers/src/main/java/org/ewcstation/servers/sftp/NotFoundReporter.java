package org.ewcstation.servers.sftp;

import java.time.Instant;
import java.util.Set;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.server.SftpErrorStatusDataHandler;
import org.apache.sshd.sftp.server.SftpSubsystemEnvironment;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferListener;

/**
 * Reports "no such file" answers, the controller's most common failure (a wrong image path). MINA checks
 * existence before the file-system accessor is asked, so the error status on its way out is the one
 * place that sees every such answer, with the command and the path the client asked for.
 */
final class NotFoundReporter implements SftpErrorStatusDataHandler {

    private static final Set<Integer> LOOKUPS = Set.of(
            SftpConstants.SSH_FXP_OPEN,
            SftpConstants.SSH_FXP_STAT,
            SftpConstants.SSH_FXP_LSTAT,
            SftpConstants.SSH_FXP_OPENDIR);

    private final TransferListener listener;

    NotFoundReporter(TransferListener listener) {
        this.listener = listener;
    }

    @Override
    public String resolveErrorMessage(
            SftpSubsystemEnvironment sftp, int id, Throwable e, int subStatus, int cmd, Object... args) {
        if (subStatus == SftpConstants.SSH_FX_NO_SUCH_FILE
                && LOOKUPS.contains(cmd)
                && args.length > 0
                && args[0] instanceof String path) {
            listener.onEvent(new TransferEvent.Refused(
                    Instant.now(),
                    Protocol.SFTP,
                    SftpTransferEvents.peer(sftp.getServerSession()),
                    path,
                    RefusalReason.NOT_FOUND,
                    SftpConstants.getCommandMessageName(cmd)));
        }
        return SftpErrorStatusDataHandler.super.resolveErrorMessage(sftp, id, e, subStatus, cmd, args);
    }
}
