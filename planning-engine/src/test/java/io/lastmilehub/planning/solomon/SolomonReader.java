package io.lastmilehub.planning.solomon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Solomon's (1987) VRPTW text format, which the Gehring &amp; Homberger instances share:
 * <pre>
 * C101                                        instance name
 * VEHICLE
 * NUMBER     CAPACITY
 *   25         200                            fleet size, capacity of each vehicle
 * CUSTOMER
 * CUST NO.  XCOORD.  YCOORD.  DEMAND  READY TIME  DUE DATE  SERVICE TIME
 *     0      40         50          0          0       1236          0    the depot
 *     1      45         68         10        912        967         90    customers ...
 * </pre>
 * Columns are separated by runs of spaces; blank lines and CRLF line ends are fine.
 */
public final class SolomonReader {

    private static final int NODE_COLUMNS = 7;

    /** Reads UTF-8 (in practice ASCII) text; does not close the stream. */
    public SolomonInstance read(InputStream in) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads the text; does not close the reader. */
    public SolomonInstance read(Reader reader) {
        List<String[]> lines = tokenise(reader);
        if (lines.isEmpty()) {
            throw new SolomonFormatException("empty input, expected an instance name on line 1");
        }
        String name = String.join(" ", lines.get(0));
        int vehicleRow = indexOfKeyword(lines, "VEHICLE") + 2;
        int[] fleet = fleetOf(lines, vehicleRow);
        int nodeRow = indexOfKeyword(lines, "CUSTOMER") + 2;
        List<SolomonNode> nodes = new ArrayList<>();
        for (int i = nodeRow; i < lines.size(); i++) {
            nodes.add(nodeOf(lines.get(i), i));
        }
        if (nodes.isEmpty() || nodes.get(0).number() != 0) {
            throw new SolomonFormatException("the first node after the CUSTOMER header must be the depot, number 0");
        }
        return new SolomonInstance(name, fleet[0], fleet[1], nodes.get(0), nodes.subList(1, nodes.size()));
    }

    /** Non-blank lines split into tokens; the line number is the index in this list, not in the file. */
    private static List<String[]> tokenise(Reader reader) {
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader buffered = new BufferedReader(reader)) {
            String line;
            while ((line = buffered.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static int indexOfKeyword(List<String[]> lines, String keyword) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length == 1 && lines.get(i)[0].equalsIgnoreCase(keyword)) {
                return i;
            }
        }
        throw new SolomonFormatException("no " + keyword + " section");
    }

    private static int[] fleetOf(List<String[]> lines, int row) {
        if (row >= lines.size() || lines.get(row).length != 2) {
            throw new SolomonFormatException("expected 'NUMBER CAPACITY' values two lines after VEHICLE");
        }
        return new int[] {parseInt(lines.get(row)[0], "vehicle number"), parseInt(lines.get(row)[1], "capacity")};
    }

    private static SolomonNode nodeOf(String[] tokens, int row) {
        if (tokens.length != NODE_COLUMNS) {
            throw new SolomonFormatException("node row " + row + " has " + tokens.length + " columns, expected "
                    + NODE_COLUMNS + ": " + String.join(" ", tokens));
        }
        return new SolomonNode(parseInt(tokens[0], "customer number"), parseDouble(tokens[1], "x"),
                parseDouble(tokens[2], "y"), parseInt(tokens[3], "demand"), parseDouble(tokens[4], "ready time"),
                parseDouble(tokens[5], "due date"), parseDouble(tokens[6], "service time"));
    }

    private static int parseInt(String token, String field) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new SolomonFormatException(field + " '" + token + "' is not a whole number", e);
        }
    }

    private static double parseDouble(String token, String field) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new SolomonFormatException(field + " '" + token + "' is not a number", e);
        }
    }
}
