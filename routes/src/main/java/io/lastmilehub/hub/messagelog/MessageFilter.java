package io.lastmilehub.hub.messagelog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Narrows a message log search; each part is optional (null).
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record MessageFilter(Direction direction, String format, Instant from, Instant to) {

    public static final MessageFilter NONE = new MessageFilter(null, null, null, null);

    void appendTo(StringBuilder sql, List<Object> arguments) {
        if (direction != null) {
            sql.append(" AND m.direction = ?");
            arguments.add(direction.name());
        }
        if (format != null && !format.isBlank()) {
            sql.append(" AND m.format = ?");
            arguments.add(format);
        }
        if (from != null) {
            sql.append(" AND m.logged_at >= ?");
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND m.logged_at < ?");
            arguments.add(Timestamp.from(to));
        }
    }
}
