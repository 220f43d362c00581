package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.testing.ResourceText;
import org.junit.jupiter.api.Test;

/**
 * {@code show version} in the shapes the public outputs show: the version after the word Version wherever it
 * stands, and an EWC told by its platform, its image or its AP-images / backup-image storage lines.
 */
class ShowVersionParserTest {

    private static Parsed<VersionInfo> parse(String fixture) {
        return new ShowVersionParser().parse(ResourceText.text("show-version/" + fixture));
    }

    @Test
    void ewcRelease() {
        Parsed<VersionInfo> p = parse("ewc-17.9.4a.txt");
        assertThat(p.clean()).isTrue();
        VersionInfo v = p.value();
        assertThat(v.version()).isEqualTo("17.9.4a");
        assertThat(v.platform()).isEqualTo("C9800-AP");
        assertThat(v.image()).isEqualTo("C9800-AP-K9_IOSXE-UNIVERSALK9-M");
        assertThat(v.hostname()).isEqualTo("9120-EWC");
        assertThat(v.uptime()).isEqualTo("2 days, 3 hours, 11 minutes");
        assertThat(v.ewc()).isTrue();
    }

    @Test
    void experimentalVersionWordBeforeVersion() {
        VersionInfo v = parse("ewc-experimental-17.6.txt").value();
        assertThat(v.version()).isEqualTo("17.6.20210902:083502");
        assertThat(v.platform()).isEqualTo("C9800-AP");
        assertThat(v.ewc()).isTrue();
        assertThat(v.hostname()).isEqualTo("ewc-lab");
    }

    @Test
    void theEwcOnlyStorageLinesNameAnEwcWhoseSoftwareLineScrolledAway() {
        Parsed<VersionInfo> p = parse("ewc-17.12.1-scrolled.txt");
        assertThat(p.value().ewc()).isTrue();
        assertThat(p.value().version()).isNull();
        assertThat(p.problems()).extracting(ParseProblem::reason).containsExactly(ParseProblem.Reason.TRUNCATED);
        String oneLine = "262144K bytes of AP Images at ap_images:.\n";
        assertThat(new ShowVersionParser().parse(oneLine).value().ewc()).isTrue();
        assertThat(new ShowVersionParser()
                        .parse("348160K bytes of Backup Controller Image at backup_image:\n")
                        .value()
                        .ewc())
                .isTrue();
    }

    @Test
    void commaVersionCommaOnA9800CL() {
        VersionInfo v = parse("c9800-cl-17.12.1.txt").value();
        assertThat(v.version()).isEqualTo("17.12.1");
        assertThat(v.platform()).isEqualTo("C9800-CL");
        assertThat(v.image()).isEqualTo("C9800-CL-K9_IOSXE");
        assertThat(v.ewc()).isFalse();
    }

    @Test
    void applianceAndApShellAreNotAnEwc() {
        VersionInfo appliance = parse("c9800-appliance-17.9.4a.txt").value();
        assertThat(appliance.platform()).isEqualTo("C9800");
        assertThat(appliance.version()).isEqualTo("17.9.4a");
        assertThat(appliance.ewc()).isFalse();
        VersionInfo ap = parse("ap-shell-ap1g7.txt").value();
        assertThat(ap.platform()).isEqualTo("AP ap1g7");
        assertThat(ap.version()).isEqualTo("17.9.4.27");
        assertThat(ap.ewc()).isFalse();
    }

    @Test
    void platformNamesWithSpacesAndVersionsWithoutTrailingComma() {
        VersionInfo v = new ShowVersionParser()
                .parse("Cisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Experimental"
                        + " Version 17.6.20210302:012459 [S2C-build-polaris_dev-132831 149]\n")
                .value();
        assertThat(v.platform()).isEqualTo("Catalyst L3 Switch");
        assertThat(v.version()).isEqualTo("17.6.20210302:012459");
        assertThat(new ShowVersionParser()
                        .parse(
                                "Cisco IOS Software, C9800-AP Software (C9800-AP-K9_IOSXE-UNIVERSALK9-M), Version 17.12.1\n")
                        .value()
                        .version())
                .isEqualTo("17.12.1");
    }
}
