package io.lastmilehub.hub.messagelog;

import org.springframework.web.util.HtmlUtils;

/**
 * The frame of a console page: the console's style sheet and navigation ({@code /console/}), a title, and the body
 * given. Every value put into a page passes {@link #text}.
 */
final class ConsolePage {

    private ConsolePage() {
    }

    static String of(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + text(title)
                + " - LastMile Hub</title><link rel=\"stylesheet\" href=\"/console/console.css\"></head><body>"
                + "<nav><a href=\"/console/\">Console</a> <a href=\"/console/messages\">Message log</a></nav>"
                + "<main><h1>" + text(title) + "</h1>" + body + "</main></body></html>\n";
    }

    /** A value as HTML text: never markup, whatever a message or partner put in it. */
    static String text(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(String.valueOf(value));
    }
}
