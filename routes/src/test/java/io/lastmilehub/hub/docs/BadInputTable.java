package io.lastmilehub.hub.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure of the bad-input corpus in docs/bad-input.md: per format, how many bad bodies were sent and how many
 * got a specific 400 (one that names the field and the reason of each violation). The page must show what the last
 * run measured; {@code -Ddocs.update=true} rewrites the table.
 */
public final class BadInputTable {

    static final Path PAGE = Path.of("../docs/bad-input.md");
    private static final String START = "<!-- bad-input-table: written by MalformedInboundIT -->";
    private static final String END = "<!-- end of bad-input-table -->";

    /** Per format: cases sent, cases that got a specific 400. */
    private final Map<String, AtomicIntegerArray> counts = new TreeMap<>();

    /** Counts one case of a format. */
    public synchronized void record(String format, boolean specific400) {
        AtomicIntegerArray count = counts.computeIfAbsent(format, f -> new AtomicIntegerArray(2));
        count.incrementAndGet(0);
        if (specific400) {
            count.incrementAndGet(1);
        }
    }

    /** The table as Markdown, one row per format and a total. */
    public synchronized String markdown() {
        int cases = counts.values().stream().mapToInt(count -> count.get(0)).sum();
        int specific = counts.values().stream().mapToInt(count -> count.get(1)).sum();
        return "| format | bad-input cases | specific 400 (field + reason) |\n| --- | ---: | ---: |\n"
                + counts.entrySet().stream().map(row -> "| `" + row.getKey() + "` | " + row.getValue().get(0) + " | "
                        + row.getValue().get(1) + " |\n").collect(Collectors.joining())
                + "| **all** | **" + cases + "** | **" + specific + "** |\n";
    }

    /**
     * Checks that the page shows this table, or writes it there with {@code -Ddocs.update=true}; nothing when no case
     * ran (a run of one test method).
     */
    public void assertDocumented() {
        if (counts.isEmpty()) {
            return;
        }
        try {
            String page = Files.readString(PAGE);
            int start = page.indexOf(START);
            int end = page.indexOf(END);
            assertThat(start).as("%s marker in %s", START, PAGE).isNotNegative();
            String documented = page.substring(start + START.length() + 1, end);
            if (Boolean.getBoolean("docs.update")) {
                Files.writeString(PAGE, page.substring(0, start + START.length() + 1) + markdown() + page.substring(end));
                return;
            }
            assertThat(documented).as("the table in %s (rewrite it with -Ddocs.update=true)", PAGE)
                    .isEqualTo(markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
