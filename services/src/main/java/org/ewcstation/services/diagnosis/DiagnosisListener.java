package org.ewcstation.services.diagnosis;

/** Receives each new diagnosis once, on the thread that fed the engine; must be quick. */
@FunctionalInterface
public interface DiagnosisListener {

    void onDiagnosis(Diagnosis diagnosis);

    DiagnosisListener NONE = d -> {};
}
