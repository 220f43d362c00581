package org.ewcstation.services.power;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@code kernel32!SetThreadExecutionState} through Java's foreign function API: no native library of our own. Looked
 * up on first use, so it is only ever touched on Windows.
 */
final class Kernel32 implements WindowsInhibitor.ExecutionState {

    /** {@code EXECUTION_STATE SetThreadExecutionState(EXECUTION_STATE esFlags)}, a DWORD in and out. */
    static final FunctionDescriptor SET_THREAD_EXECUTION_STATE =
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);

    private MethodHandle handle;

    @Override
    public int set(int flags) {
        try {
            return (int) handle().invokeExact(flags);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private synchronized MethodHandle handle() {
        if (handle == null) {
            SymbolLookup kernel32 = SymbolLookup.libraryLookup("kernel32", Arena.global());
            handle = Linker.nativeLinker()
                    .downcallHandle(
                            kernel32.find("SetThreadExecutionState")
                                    .orElseThrow(() -> new IllegalStateException("SetThreadExecutionState")),
                            SET_THREAD_EXECUTION_STATE);
        }
        return handle;
    }
}
