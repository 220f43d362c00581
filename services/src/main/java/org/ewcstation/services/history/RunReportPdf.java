package org.ewcstation.services.history;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The customer report as PDF: the same XHTML page as {@link RunReportHtml}, laid out on A4 with page numbers by
 * openhtmltopdf, with a Japanese TrueType font embedded (subset) so the file reads alike on any computer. The font
 * is the technician's: one named by {@value #FONT_ENV}, else the first of the usual places that exists.
 */
public final class RunReportPdf {

    /** Names a TrueType (.ttf) font file to embed instead of the usual places. */
    public static final String FONT_ENV = "EWC_STATION_REPORT_FONT";

    /**
     * Where Japanese TrueType fonts usually are: Debian/Ubuntu's IPAex and IPA Gothic (fonts-ipaexfont-gothic,
     * fonts-ipafont-gothic; CI installs the first). Collections (.ttc) and CFF-flavoured OpenType are
     * left out (Windows' and macOS' own Japanese fonts are collections): the renderer embeds single TrueType
     * files only, so there the technician names one.
     */
    static final List<Path> USUAL = Stream.of(
                    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
                    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
                    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
                    "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
                    "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf")
            .map(Path::of)
            .toList();

    private RunReportPdf() {}

    /** The font to embed, if this computer has one: the one named in {@code env}, else the first usual one. */
    public static Optional<Path> font(Map<String, String> env) {
        String named = env.getOrDefault(FONT_ENV, "");
        if (!named.isBlank()) {
            Path p = Path.of(named);
            return Files.isReadable(p) ? Optional.of(p) : Optional.empty();
        }
        return USUAL.stream().filter(Files::isReadable).findFirst();
    }

    /** Renders the page (from {@link RunReportHtml#render}) with {@code font} embedded. */
    public static void write(String xhtml, Path font, OutputStream out) throws IOException {
        PdfLog.install();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withProducer("EWC Station");
        b.useFont(font.toFile(), RunReportHtml.PDF_FONT);
        // no base address: the page is self-contained and nothing may be fetched while rendering
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        b.run();
    }
}
