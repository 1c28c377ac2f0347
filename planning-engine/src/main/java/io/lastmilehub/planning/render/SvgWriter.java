package io.lastmilehub.planning.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes the few SVG elements a plan picture needs, with text escaped. */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder();

    SvgWriter(double width, double height) {
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">%n", width, height, width,
                height));
    }

    void rect(double x, double y, double w, double h, String fill, String stroke) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\" stroke=\"%s\"/>%n", x, y, w, h, fill, stroke));
    }

    void polyline(List<double[]> points, String colour, String title) {
        String coordinates = points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
                .collect(Collectors.joining(" "));
        out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"2.5\" stroke-linejoin=\"round\"><title>%s</title></polyline>%n", coordinates,
                colour, escape(title)));
    }

    void circle(double x, double y, double r, String fill, String title) {
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                + "stroke=\"#ffffff\"><title>%s</title></circle>%n", x, y, r, fill, escape(title)));
    }

    void text(double x, double y, String text, int size, String fill, String anchor) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" "
                + "text-anchor=\"%s\">%s</text>%n", x, y, size, fill, anchor, escape(text)));
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
