package io.lastmilehub.hub.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rows as CSV (RFC 4180) for spreadsheets and BI tools: each row is written as its JSON, nested fields become dotted
 * columns ({@code onTime.rate}, {@code firstAttempt.failedAttemptsByReason.REFUSED}); the header is every column any
 * row has, in the order they first appear.
 */
final class CsvTable {

    private CsvTable() {
    }

    static String of(List<?> rows, ObjectMapper json) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            flatten("", json.valueToTree(row), cells);
            columns.addAll(cells.keySet());
            flat.add(cells);
        }
        StringBuilder csv = new StringBuilder(line(columns.stream().toList()));
        for (Map<String, String> cells : flat) {
            csv.append(line(columns.stream().map(c -> cells.getOrDefault(c, "")).toList()));
        }
        return csv.toString();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> cells) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix + f.getKey() + ".", f.getValue(), cells));
        } else {
            cells.put(prefix.substring(0, prefix.length() - 1), node.isNull() ? "" : node.asText());
        }
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvTable::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String cell) {
        return cell.matches(".*[\",\r\n].*") || cell.startsWith("=") ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
