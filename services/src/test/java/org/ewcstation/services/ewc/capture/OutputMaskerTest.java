package org.ewcstation.services.ewc.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of secret an IOS-XE configuration or log can show, masked; the words around it kept. */
class OutputMaskerTest {

    final OutputMasker masker = new OutputMasker(List.of("Cisco123!", "En4ble-Secret"));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                " sftp-password 7 0822455D0A16544541| sftp-password 7 *****",
                " sftp-password 0 Cl3ar-Pw!| sftp-password 0 *****",
                "enable secret 9 $9$Ewc.Sim.Lab$ZKNcF3Ly0vqXgpmIgQ|enable secret 9 *****",
                "enable secret level 5 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0|enable secret level 5 5 *****",
                "enable password 7 104D000A0618|enable password 7 *****",
                "username admin privilege 15 secret 9 $9$abc$def|username admin privilege 15 secret 9 *****",
                "username bob password 0 hunter22|username bob password 0 *****",
                "username eve algorithm-type scrypt secret Plain-Text1|username eve algorithm-type scrypt secret *****",
                "tacacs-server key 7 045802150C2E|tacacs-server key 7 *****",
                "radius-server key MyRadiusSecret|radius-server key *****",
                " key 7 110A1016141D| key 7 *****",
                " client 10.0.0.9 server-key 7 0822455D0A16|client 10.0.0.9 server-key 7 *****",
                "crypto isakmp key 6 Sup3r address 192.0.2.1|crypto isakmp key 6 ***** address 192.0.2.1",
                "  key-string 7 0822455D0A16|  key-string 7 *****",
                " pre-shared-key local 0 Sec-Ret| pre-shared-key local 0 *****",
                "snmp-server community PubL1c RO 10|snmp-server community ***** RO 10",
                "snmp-server host 192.0.2.9 version 2c s3cr3t|snmp-server host 192.0.2.9 version 2c *****",
                "snmp-server host 192.0.2.9 informs version 3 priv v3user|snmp-server host 192.0.2.9 informs version 3 priv *****",
                "snmp-server user u grp v3 auth sha AuthPass1 priv aes 128 PrivPass1"
                        + "|snmp-server user u grp v3 auth sha ***** priv aes 128 *****",
                "ntp authentication-key 1 md5 104D000A0618 7|ntp authentication-key 1 md5 ***** 7",
                " ip ospf message-digest-key 1 md5 7 0822455D| ip ospf message-digest-key 1 md5 7 *****",
                " security wpa psk set-key ascii 0 Wifi-Pass| security wpa psk set-key ascii 0 *****",
                " mgmtuser username admin password 0 Pw1x secret 0 Pw2x| mgmtuser username admin password 0 ***** secret 0 *****",
                "key config-key password-encrypt Master-Key1|key ***** password-encrypt *****", // errs on hiding
                "Started install add sftp://tech:Pw0rd@192.0.2.9/images/ap1g7|Started install add sftp://tech:*****@192.0.2.9/images/ap1g7",
                "login with Cisco123! and En4ble-Secret|login with ***** and *****",
            })
    void secretIsMasked(String line, String expected) {
        assertThat(masker.mask(line).strip()).isEqualTo(expected.strip());
    }

    @Test
    void everythingElseIsKept() {
        String config = String.join(
                "\n",
                "wireless profile image-download default",
                " image-download-mode sftp",
                " sftp-image-path Documents/sftp_files/EWC_17_9_4a",
                " sftp-image-server 192.0.2.9",
                " sftp-username tech",
                "service password-encryption",
                "Completed install add sftp://*****@172.16.5.62/Documents/sftp_files/EWC_17_9_4a/ap3g3",
                "AP-POD-2-2                        17.9.4.27              17.12.1.5               Complete");
        assertThat(masker.mask(config)).isEqualTo(config);
    }

    @Test
    void certificateBodiesGoButTheirFrameStays() {
        String chain = String.join(
                "\n",
                "crypto pki certificate chain TP-self-signed-1234",
                " certificate self-signed 01",
                "  30820330 30820218 A0030201 02020101 300D0609 2A864886 F70D0101 05050030",
                "  0D",
                "  \tquit",
                "hostname EWC");
        assertThat(masker.mask(chain))
                .isEqualTo(String.join(
                        "\n",
                        "crypto pki certificate chain TP-self-signed-1234",
                        " certificate self-signed 01",
                        "  *****",
                        "  *****",
                        "  \tquit",
                        "hostname EWC"));
    }

    @Test
    void maskingTwiceChangesNothingAndLineEndsSurvive() {
        String once = masker.mask("enable secret 9 $9$x\r\nusername a password 0 b\n");
        assertThat(masker.mask(once)).isEqualTo(once);
        assertThat(once).isEqualTo("enable secret 9 *****\r\nusername a password 0 *****\n");
    }

    @Test
    void contextHelpKeepsItsWordsButNotAKnownSecret() {
        String help = "  sftp-password      SFTP password\n  0  Specifies an UNENCRYPTED password will follow\n";
        assertThat(masker.maskKnown(help)).isEqualTo(help);
        assertThat(masker.maskKnown("typed Cisco123!")).isEqualTo("typed *****");
    }
}
