package io.lastmilehub.hub.messaging;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The headers of a message worth keeping with it: plain values as text, never anything like a credential. */
public final class PlainHeaders {

    private PlainHeaders() {
    }

    public static Map<String, String> of(Map<String, Object> headers) {
        Map<String, String> kept = new TreeMap<>();
        headers.forEach((name, value) -> {
            boolean plain = value instanceof CharSequence || value instanceof Number || value instanceof Boolean;
            if (plain && !isSecret(name)) {
                kept.put(name, value.toString());
            }
        });
        return kept;
    }

    /** Whether a name (of a header or setting) looks like it holds a credential. */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("key") || lower.contains("authorization") || lower.contains("password")
                || lower.contains("secret") || lower.contains("token") || lower.contains("cookie");
    }
}
