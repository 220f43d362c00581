package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/**
 * The OS's bind errors as the JDK reports them. Tests run as root here, so EACCES on port 69 cannot be
 * produced for real; the classification is checked on the JDK's own exception types and texts.
 */
class TftpBindExceptionTest {

    @Test
    void privilegedPortSaysSo() {
        TftpBindException e =
                TftpBindException.classify(new InetSocketAddress(69), new BindException("Permission denied"));
        assertThat(e.reason()).isEqualTo(TftpBindException.Reason.PRIVILEGED_PORT);
        assertThat(e.messageKey()).isEqualTo("tftp.bind.privileged");
        assertThat(e.messageArgs()).containsExactly("69", "*", "Permission denied");
    }

    @Test
    void otherCases() {
        InetSocketAddress high = new InetSocketAddress("127.0.0.1", 6969);
        assertThat(TftpBindException.classify(high, new BindException("Address already in use"))
                        .reason())
                .isEqualTo(TftpBindException.Reason.IN_USE);
        assertThat(TftpBindException.classify(high, new BindException("Permission denied"))
                        .reason())
                .isEqualTo(TftpBindException.Reason.ACCESS_DENIED);
        assertThat(TftpBindException.classify(high, new BindException("Cannot assign requested address"))
                        .reason())
                .isEqualTo(TftpBindException.Reason.ADDRESS_NOT_AVAILABLE);
        assertThat(TftpBindException.classify(high, new SocketException("Protocol family unavailable"))
                        .reason())
                .isEqualTo(TftpBindException.Reason.ADDRESS_NOT_AVAILABLE);
        assertThat(TftpBindException.classify(high, new SocketException("weird"))
                        .reason())
                .isEqualTo(TftpBindException.Reason.OTHER);
    }
}
