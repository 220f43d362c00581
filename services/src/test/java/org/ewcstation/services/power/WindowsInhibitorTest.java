package org.ewcstation.services.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.ewcstation.i18n.Msg;
import org.junit.jupiter.api.Test;

/** The flags given to SetThreadExecutionState, checked on any OS through a recording stand-in for kernel32. */
class WindowsInhibitorTest {

    final List<Integer> flags = new ArrayList<>();

    @Test
    void holdAsksContinuousAndSystemRequiredReleaseContinuousAlone() {
        WindowsInhibitor w = new WindowsInhibitor(f -> {
            flags.add(f);
            return 0x80000000;
        });
        assertThat(w.hold("why")).isEmpty();
        assertThat(w.hold("again")).isEmpty(); // already held: asked once
        w.release();
        w.release();
        assertThat(flags).containsExactly(0x80000001, 0x80000000);
    }

    @Test
    void aZeroAnswerIsARefusal() {
        WindowsInhibitor w = new WindowsInhibitor(f -> {
            flags.add(f);
            return 0;
        });
        assertThat(w.hold("why")).map(Msg::key).contains("power.error.windows");
        w.release();
        assertThat(flags).containsExactly(0x80000001); // nothing held, nothing to give back
    }

    @Test
    void kernel32IsCalledWithADwordInAndOut() {
        assertThat(Kernel32.SET_THREAD_EXECUTION_STATE)
                .isEqualTo(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    @Test
    void theRealCallOnWindows() {
        assumeTrue(System.getProperty("os.name").startsWith("Windows"), "kernel32 is only on Windows");
        WindowsInhibitor w = new WindowsInhibitor(new Kernel32());
        assertThat(w.hold("test")).isEmpty();
        w.release();
    }
}
