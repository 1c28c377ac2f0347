package io.lastmilehub.hub.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text made safe for the console's HTML: every value a page shows goes through here. */
final class Html {

    private Html() {
    }

    /** Escaped for element content and quoted attribute values; null shows as nothing. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String raw = value.toString();
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A path segment or query value. */
    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
