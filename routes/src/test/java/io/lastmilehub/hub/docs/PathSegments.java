package io.lastmilehub.hub.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** HTTP paths as segments, with every variable part, in code or on a page, written {@code {}}. */
final class PathSegments {

    /** What pages write for a part that varies: {@code <token>}, {@code ord-…}. */
    private static final Pattern PAGE_VARIABLE = Pattern.compile("<[^>/]*>|[^/{}]*…[^/{}]*");

    private PathSegments() {
    }

    /** {@code /api/v1/orders/{id:.+}/pod} as {@code [api, v1, orders, {}, pod]}. */
    static List<String> of(String path) {
        String plain = PAGE_VARIABLE.matcher(withoutVariables(path)).replaceAll("{}");
        List<String> segments = new ArrayList<>();
        for (String segment : plain.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** Whether a segment of a mapping takes a segment a page names: its variables take anything. */
    static boolean matches(String mapping, String page) {
        StringBuilder regex = new StringBuilder();
        String[] literals = mapping.split("\\{}", -1);
        for (int i = 0; i < literals.length; i++) {
            regex.append(i == 0 ? "" : "[^/]+").append(Pattern.quote(literals[i]));
        }
        return page.matches(regex.toString());
    }

    /** Each {@code {...}} (balanced: {@code {sha256:[0-9a-f]{64}}}) as {@code {}}. */
    private static String withoutVariables(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                out.append("{}");
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
