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
import org.ewcstation.servers.sftp.SftpConfinement.HostilePathException;
import org.ewcstation.servers.sftp.SftpConfinement.OutsideRootException;

/**
 * Reports the path refusals on their way out as error statuses, with the command and the path the client
 * asked for: "no such file" (the controller's most common failure, a wrong image path; MINA checks existence
 * before the file-system accessor is asked), a path that leads out of the served folder (answered as "no such
 * file" too, but reported as what it is) and a hostile name.
 */
final class RefusalReporter implements SftpErrorStatusDataHandler {

    private static final Set<Integer> LOOKUPS = Set.of(
            SftpConstants.SSH_FXP_OPEN,
            SftpConstants.SSH_FXP_STAT,
            SftpConstants.SSH_FXP_LSTAT,
            SftpConstants.SSH_FXP_OPENDIR);

    private final TransferListener listener;

    RefusalReporter(TransferListener listener) {
        this.listener = listener;
    }

    @Override
    public String resolveErrorMessage(
            SftpSubsystemEnvironment sftp, int id, Throwable e, int subStatus, int cmd, Object... args) {
        String path = args.length > 0 && args[0] instanceof String p ? p : null;
        String command = SftpConstants.getCommandMessageName(cmd);
        if (path != null) {
            if (e instanceof OutsideRootException) {
                report(sftp, path, RefusalReason.OUTSIDE_ROOT, command);
            } else if (e instanceof HostilePathException h) {
                report(sftp, path, h.rule().reason(), command + " (" + h.rule().name() + ")");
            } else if (subStatus == SftpConstants.SSH_FX_NO_SUCH_FILE && LOOKUPS.contains(cmd)) {
                report(sftp, path, RefusalReason.NOT_FOUND, command);
            }
        }
        return SftpErrorStatusDataHandler.super.resolveErrorMessage(sftp, id, e, subStatus, cmd, args);
    }

    private void report(SftpSubsystemEnvironment sftp, String path, RefusalReason reason, String detail) {
        listener.onEvent(new TransferEvent.Refused(
                Instant.now(), Protocol.SFTP, SftpTransferEvents.peer(sftp.getServerSession()), path, reason, detail));
    }
}
