package org.ewcstation.services.diagnosis;

import org.ewcstation.servers.event.Listeners;

/**
 * Fan-out of diagnoses to the history, the log pane and notifications. A listener that throws is logged and
 * skipped, so a UI bug never loses the stored record.
 */
public final class DiagnosisListeners implements DiagnosisListener {

    private final Listeners<DiagnosisListener> listeners = new Listeners<>();

    public DiagnosisListeners add(DiagnosisListener l) {
        listeners.add(l);
        return this;
    }

    public void remove(DiagnosisListener l) {
        listeners.remove(l);
    }

    @Override
    public void onDiagnosis(Diagnosis d) {
        listeners.fire(d.code().name(), l -> l.onDiagnosis(d));
    }
}
