package io.lastmilehub.planning.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of best-known solutions, {@code bks.csv} beside the instances:
 * <pre>
 * instance,customers,vehicles,distance,ref,source
 * C101,100,10,828.94,RT,sintef-2026
 * </pre>
 * The first line is a header; columns are found by name, so their order may change. Instance names are compared
 * without regard to case.
 */
public final class BestKnownSolutions {

    private final Map<String, BestKnown> byInstance;

    private BestKnownSolutions(Map<String, BestKnown> byInstance) {
        this.byInstance = byInstance;
    }

    /** No best-known solutions at all. */
    public static BestKnownSolutions none() {
        return new BestKnownSolutions(Map.of());
    }

    /**
     * Reads the CSV; does not close the reader.
     *
     * @throws IllegalArgumentException if a column is missing or a value is not a number
     */
    public static BestKnownSolutions read(Reader reader) {
        Map<String, BestKnown> rows = new LinkedHashMap<>();
        try {
            BufferedReader lines = new BufferedReader(reader);
            String header = lines.readLine();
            if (header == null) {
                throw new IllegalArgumentException("empty best-known solutions table, expected a header line");
            }
            Columns columns = Columns.of(header.strip().split(","));
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    BestKnown row = columns.parse(line.strip().split(",", -1), number);
                    rows.put(key(row.instance()), row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BestKnownSolutions(Map.copyOf(rows));
    }

    /** The best-known solution of an instance, if the table has it. */
    public Optional<BestKnown> of(String instance) {
        return Optional.ofNullable(byInstance.get(key(instance)));
    }

    /** Number of instances in the table. */
    public int size() {
        return byInstance.size();
    }

    private static String key(String instance) {
        return instance.strip().toLowerCase(Locale.ROOT);
    }

    /** Positions of the columns used. */
    private record Columns(int instance, int vehicles, int distance) {

        static Columns of(String[] names) {
            return new Columns(indexOf(names, "instance"), indexOf(names, "vehicles"), indexOf(names, "distance"));
        }

        private static int indexOf(String[] names, String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].strip().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("best-known solutions table has no column '" + name + "'");
        }

        BestKnown parse(String[] cells, int line) {
            int needed = Math.max(instance, Math.max(vehicles, distance)) + 1;
            if (cells.length < needed) {
                throw new IllegalArgumentException("line " + line + " has " + cells.length + " columns, expected "
                        + needed);
            }
            try {
                return new BestKnown(cells[instance].strip(), Integer.parseInt(cells[vehicles].strip()),
                        Double.parseDouble(cells[distance].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + line + ": vehicles or distance is not a number", e);
            }
        }
    }
}
