package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ewcstation.services.repository.ImportException.Reason;
import org.junit.jupiter.api.Test;

/** The counting rules alone, including the cases no well-formed archive reaches. */
class ExpansionGuardTest {

    static final ImportLimits MIB_CAP = new ImportLimits(1L << 20, 200);

    @Test
    void anEntryOfUnknownSizeStopsAtTheTotalCap() {
        ExpansionGuard guard = new ExpansionGuard(MIB_CAP, Long.MAX_VALUE);
        guard.begin("ap1g7", -1, null, false);
        ImportException e = catchThrowableOfType(ImportException.class, () -> {
            for (int i = 0; i < 20; i++) {
                guard.add(64 << 10);
            }
        });
        assertThat(e.reason()).isEqualTo(Reason.TOTAL_TOO_LARGE);
        assertThat(e.msg().args()).containsExactly("ap1g7", 1L << 20);
    }

    @Test
    void theRatioIsJudgedOnlyPastTheGraceSoSmallTextFilesPass() throws ImportException {
        ExpansionGuard guard = new ExpansionGuard(ImportLimits.defaults(), Long.MAX_VALUE);
        guard.begin("version.info", 512 << 10, () -> 10, false); // 50000:1, but only half a MiB
        guard.add(512 << 10);
        guard.end();
        guard.begin("ap1g7", -1, () -> 20_000, false);
        assertThatCode(() -> guard.add(2 << 20)).doesNotThrowAnyException(); // 104:1 past the grace
        guard.begin("ap1g8", -1, () -> 2_000, false);
        ImportException e = catchThrowableOfType(ImportException.class, () -> guard.add(2 << 20)); // 1048:1
        assertThat(e.reason()).isEqualTo(Reason.EXPANSION_RATIO);
        assertThat(e.msg().args()).containsExactly("ap1g8", 200);
    }

    @Test
    void fewerBytesThanDeclaredIsAMismatchToo() throws ImportException {
        ExpansionGuard guard = new ExpansionGuard(ImportLimits.defaults(), Long.MAX_VALUE);
        guard.declare("ap1g7", 4096);
        guard.begin("ap1g7", 4096, null, false);
        guard.add(100);
        assertThat(catchThrowableOfType(ImportException.class, guard::end).reason())
                .isEqualTo(Reason.SIZE_MISMATCH);
    }

    @Test
    void declaredSizesAddUpAgainstTheCap() throws ImportException {
        ExpansionGuard guard = new ExpansionGuard(MIB_CAP, Long.MAX_VALUE);
        guard.declare("a", 600 << 10);
        guard.declare("unknown", -1);
        ImportException e = catchThrowableOfType(ImportException.class, () -> guard.declare("b", 600 << 10));
        assertThat(e.reason()).isEqualTo(Reason.DECLARED_TOO_LARGE);
        assertThat(e.msg().args()).containsExactly("b", 600L << 10, 1L << 20);
    }
}
