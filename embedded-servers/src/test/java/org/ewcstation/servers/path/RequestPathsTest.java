package org.ewcstation.servers.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules alone: each hostile name is refused with its own code, whatever the operating system. */
class RequestPathsTest {

    static Stream<HostileNames.Case> corpus() {
        return HostileNames.corpus().stream();
    }

    @Test
    void theCorpusIsLargeAndCoversEveryRule() {
        assertThat(HostileNames.corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(HostileNames.corpus().stream().map(HostileNames.Case::rule))
                .containsAll(List.of(RequestPathRule.values()));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyHostileNameIsRefusedWithItsRule(HostileNames.Case c) {
        PathRefusal refusal = catchThrowableOfType(
                PathRefusal.class, () -> RequestPaths.segments(c.name(), RequestPaths.Parents.REFUSE));
        assertThat(refusal).as(c.toString()).isNotNull();
        assertThat(refusal.rule()).as(c.toString()).isEqualTo(c.rule());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void whenParentsFoldOnlyPlainParentsPass(HostileNames.Case c) throws PathRefusal {
        if (c.rule() == RequestPathRule.PARENT) {
            assertThat(RequestPaths.segments(c.name(), RequestPaths.Parents.FOLD))
                    .as(c.toString())
                    .doesNotContain("..")
                    .endsWith("secret.txt");
            return;
        }
        assertThat(catchThrowableOfType(
                                PathRefusal.class, () -> RequestPaths.segments(c.name(), RequestPaths.Parents.FOLD))
                        .rule())
                .as(c.toString())
                .isEqualTo(c.rule());
    }

    @Test
    void plainNamesPassAndNormalise() throws PathRefusal {
        for (String name : HostileNames.servable()) {
            assertThat(RequestPaths.join(RequestPaths.segments(name, RequestPaths.Parents.REFUSE)))
                    .as(name)
                    .isIn(HostileNames.servableFiles());
        }
        assertThat(RequestPaths.segments("/", RequestPaths.Parents.REFUSE)).isEmpty();
        assertThat(RequestPaths.segments("/../..", RequestPaths.Parents.FOLD)).isEmpty();
        assertThat(RequestPaths.segments("/EWC/17_9_4a/../17_12_1", RequestPaths.Parents.FOLD))
                .containsExactly("EWC", "17_12_1");
    }

    @Test
    void windowsOnlyRulesAreHostileNamesAndClimbingIsOutsideTheRoot() {
        assertThat(RequestPathRule.RESERVED_DEVICE_NAME.reason()).isEqualTo(RefusalReason.HOSTILE_NAME);
        assertThat(RequestPathRule.SHORT_NAME.reason()).isEqualTo(RefusalReason.HOSTILE_NAME);
        assertThat(RequestPathRule.UNC_PATH.reason()).isEqualTo(RefusalReason.OUTSIDE_ROOT);
        assertThat(RequestPathRule.CONTROL_CHARACTER.reason()).isEqualTo(RefusalReason.BAD_REQUEST);
    }
}
