package org.ewcstation.services.diagnosis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out of diagnoses to the history, the log pane and notifications. A listener that throws is logged and
 * skipped, so a UI bug never loses the stored record.
 */
public final class DiagnosisListeners implements DiagnosisListener {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisListeners.class);
    private final List<DiagnosisListener> listeners = new CopyOnWriteArrayList<>();

    public DiagnosisListeners add(DiagnosisListener l) {
        listeners.add(l);
        return this;
    }

    public void remove(DiagnosisListener l) {
        listeners.remove(l);
    }

    @Override
    public void onDiagnosis(Diagnosis d) {
        for (DiagnosisListener l : listeners) {
            try {
                l.onDiagnosis(d);
            } catch (RuntimeException e) {
                LOG.warn("Diagnosis listener {} failed on {}", l, d.code(), e);
            }
        }
    }
}
