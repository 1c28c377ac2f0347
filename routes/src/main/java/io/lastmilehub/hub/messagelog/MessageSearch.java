package io.lastmilehub.hub.messagelog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the message log of one tenant: by business key, by order, by id. */
@Component
public class MessageSearch {

    /** The columns of a {@link LoggedMessageView}, in the order {@link #view} reads them. */
    static final String COLUMNS = "m.id, m.direction, m.format, m.partner, m.logged_at, m.size_bytes, m.outcome, "
            + "m.outcome_at, m.detail, m.payload_purged, m.payload IS NOT NULL OR m.inbound_message_id IS NOT NULL "
            + "OR m.dead_letter_id IS NOT NULL";

    private final JdbcTemplate jdbc;

    public MessageSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tenant's messages that carry a business key of this value (of any type), newest first. A control number is
     * found with or without its leading zeros.
     *
     * @param filter direction, format and time range, each optional
     */
    public List<LoggedMessageView> byKey(String tenant, String key, MessageFilter filter, int limit) {
        String value = key.strip();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM message_log m WHERE m.tenant = ? AND m.id "
                + "IN (SELECT k.message_id FROM message_log_key k WHERE k.key_value IN (?, ?))");
        List<Object> arguments = new ArrayList<>(List.of(tenant, value, BusinessKeys.withoutLeadingZeros(value)));
        filter.appendTo(sql, arguments);
        sql.append(" ORDER BY m.logged_at DESC, m.id LIMIT ").append(limit);
        return withKeys(jdbc.query(sql.toString(), MessageSearch::view, arguments.toArray()));
    }

    /** Every message of the tenant that names this order, oldest first. */
    public List<LoggedMessageView> byOrder(String tenant, String orderId) {
        return withKeys(jdbc.query("SELECT " + COLUMNS + " FROM message_log m WHERE m.tenant = ? AND m.id IN "
                + "(SELECT k.message_id FROM message_log_key k WHERE k.key_value = ? AND k.key_type = 'ORDER_ID') "
                + "ORDER BY m.logged_at, m.id", MessageSearch::view, tenant, orderId));
    }

    /** One entry of the tenant's with its payload; empty for another tenant's. */
    public Optional<LoggedPayload> byId(String tenant, String id) {
        List<LoggedMessageView> found = withKeys(jdbc.query("SELECT " + COLUMNS + " FROM message_log m WHERE "
                + "m.tenant = ? AND m.id = ?", MessageSearch::view, tenant, id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoggedMessageView message = found.get(0);
        Map<String, Object> row = jdbc.queryForMap("SELECT m.content_type, CASE WHEN m.payload_purged THEN NULL "
                + "ELSE COALESCE(m.payload, i.payload, d.payload) END AS payload FROM message_log m "
                + "LEFT JOIN inbound_message i ON i.id = m.inbound_message_id "
                + "LEFT JOIN dead_letter d ON d.id = m.dead_letter_id WHERE m.id = ?", id);
        byte[] payload = (byte[]) row.get("payload");
        String contentType = (String) row.get("content_type");
        if (payload == null) {
            return Optional.of(new LoggedPayload(message, contentType, null));
        }
        return Optional.of(new LoggedPayload(message, contentType != null ? contentType
                : PayloadTypes.of(message.format(), payload), PayloadTypes.text(payload)));
    }

    private List<LoggedMessageView> withKeys(List<LoggedMessageView> messages) {
        if (messages.isEmpty()) {
            return messages;
        }
        Map<String, List<LoggedMessageView.Key>> keys = new LinkedHashMap<>();
        String ids = String.join(",", messages.stream().map(m -> "?").toList());
        jdbc.query("SELECT message_id, key_type, key_value FROM message_log_key WHERE message_id IN (" + ids + ") "
                + "ORDER BY key_type, key_value", (RowCallbackHandler) row -> {
                    keys.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new LoggedMessageView.Key(
                            KeyType.valueOf(row.getString(2)), row.getString(3)));
                }, messages.stream().map(LoggedMessageView::id).toArray());
        return messages.stream().map(m -> new LoggedMessageView(m.id(), m.direction(), m.format(), m.partner(),
                m.loggedAt(), m.size(), m.outcome(), m.outcomeAt(), m.detail(),
                keys.getOrDefault(m.id(), List.of()), m.payloadKept())).toList();
    }

    private static LoggedMessageView view(ResultSet row, int index) throws SQLException {
        return new LoggedMessageView(row.getString(1), Direction.valueOf(row.getString(2)), row.getString(3),
                row.getString(4), instant(row.getTimestamp(5)), row.getInt(6), Outcome.valueOf(row.getString(7)),
                instant(row.getTimestamp(8)), row.getString(9), List.of(),
                !row.getBoolean(10) && row.getBoolean(11));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
