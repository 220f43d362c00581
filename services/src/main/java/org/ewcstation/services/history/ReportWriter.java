package org.ewcstation.services.history;

import static org.ewcstation.services.history.Html.esc;

import java.time.format.DateTimeFormatter;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.model.PredownloadPhase;

/**
 * The report's page as it is written: the chosen language's words, the technician's time zone, and well-formed
 * XHTML (every element closed, every value escaped), so a browser shows it and the PDF renderer's XML parser
 * reads it alike.
 */
final class ReportWriter {

    final StringBuilder h = new StringBuilder(16_384);
    final Messages messages;
    final DateTimeFormatter time;

    ReportWriter(Messages messages, DateTimeFormatter time) {
        this.messages = messages;
        this.time = time;
    }

    String t(String key, Object... args) {
        return messages.text(key, args);
    }

    ReportWriter raw(String html) {
        h.append(html);
        return this;
    }

    ReportWriter text(String s) {
        h.append(esc(s));
        return this;
    }

    /** {@code <h2>} with a translated heading. */
    void section(String key, Object... args) {
        h.append("<h2>").append(esc(t(key, args))).append("</h2>\n");
    }

    /** Opens a table whose first row holds the translated column headings. */
    void table(String cls, String... keys) {
        h.append("<table").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(">\n<thead><tr>");
        for (String k : keys) {
            h.append("<th>").append(esc(t(k))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
    }

    void endTable() {
        h.append("</tbody></table>\n");
    }

    /** One row of cells, with an optional class ({@code error}, {@code muted}); a {@link Titled} has a hover text. */
    void cells(String cls, Object... values) {
        h.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
        for (Object v : values) {
            if (v instanceof Titled x) {
                h.append("<td title=\"")
                        .append(esc(x.title()))
                        .append("\">")
                        .append(esc(x.text()))
                        .append("</td>");
            } else {
                h.append("<td>").append(esc(v)).append("</td>");
            }
        }
        h.append("</tr>\n");
    }

    /** A label and its value, in the facts table. */
    void row(String label, String value) {
        h.append("<tr><th>")
                .append(esc(label))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>\n");
    }

    /** The status as a translated label; the controller's own word on hover. */
    Titled status(String raw) {
        return new Titled(messages.text(PredownloadPhase.label(raw)), raw == null ? "" : raw);
    }

    static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** A cell with a hover text. */
    record Titled(String text, String title) {}

    @Override
    public String toString() {
        return h.toString();
    }
}
