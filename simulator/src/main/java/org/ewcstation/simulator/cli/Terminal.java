package org.ewcstation.simulator.cli;

import java.io.IOException;

/** What a command's action may do with the session it runs in. */
interface Terminal {

    /** Command output; {@code \n} line ends, paged with --More-- unless {@code terminal length 0}. */
    void print(String text) throws IOException;

    /** Sends what was printed so far now (a command that pauses mid-line, as ping does between its echoes). */
    void flushNow() throws IOException;

    /** Prints {@code prompt} and reads one line; without echo for passwords. Null at end of input. */
    String readLine(String prompt, boolean echo) throws IOException;

    /** Prints {@code prompt} and reads one key, as {@code [confirm]} does; true for Enter or y. */
    boolean confirm(String prompt) throws IOException;

    Mode mode();

    void mode(Mode mode);

    void terminalLength(int lines);

    /** Ends the session normally (exit, logout). */
    void close();

    /** The peer's address as IOS logs it (vty). */
    String peer();

    String user();

    /** The image-download profile the config sub-modes edit (set by {@code wireless profile image-download}). */
    String profile();

    void profile(String name);

    /** Runs {@code line} as if typed in {@code mode}, for {@code do}. */
    void execute(String line, Mode mode) throws IOException;
}
