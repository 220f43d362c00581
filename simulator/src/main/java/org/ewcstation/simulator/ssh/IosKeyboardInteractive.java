package org.ewcstation.simulator.ssh;

import org.apache.sshd.server.auth.keyboard.DefaultKeyboardInteractiveAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/** Keyboard-interactive login that asks only "Password:", as IOS-XE does (no instruction line). */
final class IosKeyboardInteractive extends DefaultKeyboardInteractiveAuthenticator {

    @Override
    protected String getInteractionName(ServerSession session) {
        return "";
    }

    @Override
    protected String getInteractionInstruction(ServerSession session) {
        return "";
    }

    @Override
    protected String getInteractionPrompt(ServerSession session) {
        return "Password: ";
    }
}
