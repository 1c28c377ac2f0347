package io.lastmilehub.hub.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenant's dead letters between two instants, by the route they came from (their source). */
@Component
class DeadLetterCounts {

    private final JdbcTemplate jdbc;

    DeadLetterCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> bySource(String tenant, Instant from, Instant until) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT COALESCE(route_id, 'unknown') AS source, COUNT(*) AS n FROM dead_letter WHERE tenant = ? "
                        + "AND created_at >= ? AND created_at < ? GROUP BY COALESCE(route_id, 'unknown')",
                rs -> {
                    counts.put(rs.getString("source"), rs.getLong("n"));
                }, tenant, Timestamp.from(from), Timestamp.from(until));
        return counts;
    }
}
