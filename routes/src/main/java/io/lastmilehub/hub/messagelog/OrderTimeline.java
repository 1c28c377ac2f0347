package io.lastmilehub.hub.messagelog;

import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything that happened to one order, oldest first: the messages that named it in and out (from the message log,
 * with their outcomes and acknowledgements: IDocs, EDI documents, customer e-mails, SMS and webhooks), its mapping,
 * every status change (planning with its plan, dispatch, delivery), its newest ETA and its proof of delivery. Read
 * from the tables that keep each of them, so that nothing is stored twice.
 */
@Component
public class OrderTimeline {

    private final JdbcTemplate jdbc;
    private final MessageSearch messages;

    public OrderTimeline(JdbcTemplate jdbc, MessageSearch messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** @throws NotFoundException when the tenant has no such order */
    @Transactional(readOnly = true)
    public List<TimelineItem> of(String tenant, String orderId) {
        List<TimelineItem> mapped = jdbc.query("SELECT o.created_at, i.format, i.source_system, "
                + "i.source_message_id, i.id FROM delivery_order o JOIN inbound_message i "
                + "ON i.id = o.inbound_message_id WHERE o.id = ? AND o.tenant = ?", (row, n) -> new TimelineItem(
                        instant(row.getTimestamp(1)), "MAPPED", "mapped from " + row.getString(2) + " message "
                        + row.getString(4) + " of " + row.getString(3), null, row.getString(5)), orderId, tenant);
        if (mapped.isEmpty()) {
            throw new NotFoundException("order", orderId);
        }
        // added in the order of what happens at the same instant: received, mapped, stored as RECEIVED
        List<TimelineItem> items = new ArrayList<>();
        messages.byOrder(tenant, orderId).forEach(message -> items.add(new TimelineItem(message.loggedAt(),
                "MESSAGE_" + message.direction(), message.format() + (message.partner() == null ? ""
                : (message.direction() == Direction.IN ? " from " : " to ") + message.partner()),
                message.outcome().name(), message.id())));
        items.addAll(mapped);
        items.addAll(jdbc.query("SELECT occurred_at, status, reason_code, plan_id FROM status_event "
                + "WHERE order_id = ? AND tenant = ?", (row, n) -> new TimelineItem(instant(row.getTimestamp(1)),
                "STATUS", row.getString(2) + (row.getString(3) == null ? "" : " " + row.getString(3)), null,
                row.getString(4)), orderId, tenant));
        items.addAll(jdbc.query("SELECT position_time, eta, vehicle_id, plan_id FROM order_eta "
                + "WHERE order_id = ? AND tenant = ?", (row, n) -> new TimelineItem(instant(row.getTimestamp(1)),
                "ETA", "ETA " + instant(row.getTimestamp(2)) + " (vehicle " + row.getString(3) + ")", null,
                row.getString(4)), orderId, tenant));
        items.addAll(jdbc.query("SELECT created_at, id FROM proof_of_delivery WHERE order_id = ? AND tenant = ?",
                (row, n) -> new TimelineItem(instant(row.getTimestamp(1)), "POD", "proof of delivery", null,
                        row.getString(2)), orderId, tenant));
        items.sort(Comparator.comparing(TimelineItem::at));
        return items;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
