package io.lastmilehub.hub.acknowledgement;

import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.TenantMappers;
import io.lastmilehub.hub.scheduling.MinuteSweep;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Answers accepted messages whose sender was never answered on its channel: the answer follows the 202 in a wire
 * tap of the inbound route, and a hub killed in between left it unmade (a partner's 204 accepted, its 997 and 990
 * never sent: ScaleOutIT). After a start and every minute, on one instance
 * ({@link ScheduledJob#INBOUND_ANSWER_SWEEP}), messages of the formats that are answered
 * ({@link InboundAnswers#answers}) unanswered for {@link #PATIENCE} are answered as the wire tap would have. One
 * whose answer fails (the broker down) is left for the next sweep rather than dead-lettered each minute; after
 * {@link #GIVE_UP_AFTER} it is left alone.
 */
@Component
public class InboundAnswerSweeper extends MinuteSweep {

    private static final Logger LOG = LoggerFactory.getLogger(InboundAnswerSweeper.class);
    /** Far beyond the milliseconds a wire tap takes, so that no answer under way is made twice. */
    static final Duration PATIENCE = Duration.ofMinutes(1);
    /** A day: a partner's answer after that would only confuse it. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final int BATCH = 100;

    private final InboundAnswers answers;
    private final TenantMappers mappers;
    private final JdbcTemplate jdbc;
    private final CamelContext camel;

    public InboundAnswerSweeper(InboundAnswers answers, TenantMappers mappers, JdbcTemplate jdbc, CamelContext camel,
                                OncePerTick ticks, Clock clock) {
        super(ScheduledJob.INBOUND_ANSWER_SWEEP, ticks, clock);
        this.answers = answers;
        this.mappers = mappers;
        this.jdbc = jdbc;
        this.camel = camel;
    }

    /** Answers what was unanswered for longer than the patience at {@code now}; returns how many were answered. */
    @Override
    public int sweep(Instant now) {
        List<String> formats = mappers.formats().stream().filter(answers::answers).toList();
        if (formats.isEmpty()) {
            return 0;
        }
        List<Object> arguments = new ArrayList<>(formats);
        arguments.add(Timestamp.from(now.minus(PATIENCE)));
        arguments.add(Timestamp.from(now.minus(GIVE_UP_AFTER)));
        List<Unanswered> unanswered = jdbc.query("select id, tenant, format, payload, order_ids from inbound_message"
                        + " where format in (" + String.join(", ", Collections.nCopies(formats.size(), "?")) + ")"
                        + " and answered_at is null and received_at < ? and received_at > ? order by received_at"
                        + " limit " + BATCH,
                (row, n) -> new Unanswered(row.getString(1), row.getString(2), row.getString(3), row.getBytes(4),
                        row.getString(5)), arguments.toArray());
        int answered = 0;
        for (Unanswered message : unanswered) {
            try {
                answers.answer(message.exchange(camel));
                answered++;
            } catch (RuntimeException e) {
                LOG.warn("Message {} of tenant {} ({}) is still unanswered: {}", message.id(), message.tenant(),
                        message.format(), e.toString());
            }
        }
        if (answered > 0) {
            LOG.warn("{} accepted messages had not been answered on their sender's channel (a crash after their "
                    + "202): answered now", answered);
        }
        return answered;
    }

    private record Unanswered(String id, String tenant, String format, byte[] payload, String orderIds) {

        /** The exchange the inbound route's wire tap would have had. */
        Exchange exchange(CamelContext camel) {
            return InboundAnswers.acceptedExchange(camel, tenant, format, payload, new AcceptedMessage(id,
                    orderIds == null || orderIds.isEmpty() ? List.of() : Arrays.asList(orderIds.split(",")), false));
        }
    }
}
