package org.ewcstation.app.gui;

import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.TranscriptListener;

/** Lets links be created before the log pane that shows their transcript exists (construction order only). */
final class TranscriptRelay implements TranscriptListener {

    private volatile TranscriptListener target = TranscriptListener.NONE;

    void target(TranscriptListener t) {
        this.target = t;
    }

    @Override
    public void sent(EwcEndpoint endpoint, String text) {
        target.sent(endpoint, text);
    }

    @Override
    public void received(EwcEndpoint endpoint, String text) {
        target.received(endpoint, text);
    }

    @Override
    public void event(EwcEndpoint endpoint, String code) {
        target.event(endpoint, code);
    }
}
