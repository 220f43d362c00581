package org.ewcstation.views.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.services.upgrade.ApIssue;
import org.ewcstation.services.upgrade.Confirmation;

/**
 * Dialogs for view-model tests: remembers what would have been shown, answers no to every question unless
 * {@link #answer} says otherwise.
 */
public final class RecordingDialogs implements Dialogs {
    public final List<Msg> notified = new ArrayList<>();
    public final List<Msg> errors = new ArrayList<>();
    /** The questions asked, in order. */
    public final List<Msg> asked = new ArrayList<>();
    /** What {@link #confirm} answers. */
    public boolean answer;
    /** The step confirmations asked, in order; answered with {@link #answer}. */
    public final List<Confirmation> commands = new ArrayList<>();
    /** The refusals shown, with the APs they named. */
    public final List<Msg> refusals = new ArrayList<>();

    public final List<List<ApIssue>> refusedAps = new ArrayList<>();

    /** What the save chooser answers (null: cancelled). */
    public Path saveFile;

    /** The information shown, one list of paragraphs per dialog. */
    public final List<List<Msg>> infos = new ArrayList<>();

    @Override
    public void info(String titleKey, List<Msg> paragraphs) {
        infos.add(List.copyOf(paragraphs));
    }

    @Override
    public Optional<Path> chooseSaveFile(String titleKey, String initialName, String extension) {
        return Optional.ofNullable(saveFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String titleKey, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey, Path initial) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String titleKey, Msg question) {
        asked.add(question);
        return answer;
    }

    @Override
    public void error(String titleKey, Msg message) {
        errors.add(message);
    }

    /** What {@link #askSecret} answers (empty: cancelled); each question is added to {@link #asked}. */
    public String secret;

    public boolean rememberSecret;

    @Override
    public Optional<SecretAnswer> askSecret(String titleKey, Msg prompt) {
        asked.add(prompt);
        return secret == null ? Optional.empty() : Optional.of(new SecretAnswer(secret.toCharArray(), rememberSecret));
    }

    @Override
    public void notify(Msg message, boolean problem) {
        notified.add(message);
    }

    @Override
    public boolean confirmCommands(Confirmation c) {
        commands.add(c);
        return answer;
    }

    @Override
    public void refused(String titleKey, Msg reason, List<ApIssue> aps) {
        refusals.add(reason);
        refusedAps.add(aps);
    }

    @Override
    public void showPreflight(PreflightReport report) {}

    @Override
    public boolean confirmPreflightStart(PreflightReport report) {
        return answer;
    }

    public ReportDetails details = new ReportDetails("Osaka HQ", "ACME", "T. Tanaka");

    @Override
    public Optional<ReportDetails> reportDetails() {
        return Optional.ofNullable(details);
    }
}
