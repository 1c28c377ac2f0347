package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.EventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Builds each document for a partner once, numbered from the database ({@link EdiControlNumbers}), and queues it on
 * {@code lastmile.edi.outbound} for the partner's transport route as {@code <partner>-<type>-<ISA13 or UNB 0020>.edi}.
 * Call it inside a transaction: the numbers and the queued message commit together, so a retried send resends the
 * same bytes and a rolled-back one gives its numbers back. Each document is recorded with its numbers
 * ({@link SentDocuments}), for the partner's 997, 999 or CONTRL to be matched to, and logged in the message log with
 * its control numbers and the keys of what it reports.
 */
@Component
public class PartnerOutbox {

    private final ControlNumbers numbers;
    private final EventPublisher publisher;
    private final SentDocuments sent;
    private final MessageLog log;
    private final Clock clock;

    public PartnerOutbox(ControlNumbers numbers, EventPublisher publisher, SentDocuments sent, MessageLog log,
                         Clock clock) {
        this.numbers = numbers;
        this.publisher = publisher;
        this.sent = sent;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Builds and queues one document.
     *
     * @param type  what it is: 997, TA1, 990, 214, 210, CONTRL, IFTSTA
     * @param build the builder, given the control numbers to use
     */
    public void send(TradingPartner partner, String type, Function<ControlNumbers, byte[]> build) {
        send(partner, type, new BusinessKeys(), build);
    }

    /**
     * Builds and queues one document about an order, plan or message.
     *
     * @param keys the business keys of what it is about (its control numbers are added)
     */
    public void send(TradingPartner partner, String type, BusinessKeys keys, Function<ControlNumbers, byte[]> build) {
        NumbersUsed used = new NumbersUsed(numbers);
        byte[] document = build.apply(used);
        String fileName = partner.id() + "-" + type.toLowerCase(Locale.ROOT) + "-" + used.interchange + ".edi";
        sent.queued(partner, type, fileName, used.interchange, used.group, used.sets, clock.instant());
        boolean x12 = partner.standard() == TradingPartner.Standard.X12;
        keys.add(x12 ? KeyType.ISA13 : KeyType.UNB0020, String.valueOf(used.interchange));
        if (used.group != null) {
            keys.add(KeyType.GS06, String.valueOf(used.group));
        }
        String entry = log.record(LoggedMessage.sent(partner.tenant(), (x12 ? "x12-" : "edifact-")
                + type.toLowerCase(Locale.ROOT), partner.id(), x12 ? "application/edi-x12" : "application/edifact",
                document, keys.list())).orElse(null);
        publisher.toEdiPartner(partner.tenant(), partner.id(), type, fileName, document, entry);
    }

    /** Hands out the numbers and keeps them: the interchange's for the file name, all of them for the record. */
    private static final class NumbersUsed implements ControlNumbers {

        private final ControlNumbers numbers;
        private final List<Long> sets = new ArrayList<>();
        private long interchange;
        private Long group;

        NumbersUsed(ControlNumbers numbers) {
            this.numbers = numbers;
        }

        @Override
        public long next(String partner, Kind kind) {
            long next = numbers.next(partner, kind);
            switch (kind) {
                case INTERCHANGE -> interchange = next;
                case GROUP -> group = next;
                case TRANSACTION -> sets.add(next);
                default -> {
                    // invoice numbers are the document's content, not its envelope
                }
            }
            return next;
        }
    }
}
