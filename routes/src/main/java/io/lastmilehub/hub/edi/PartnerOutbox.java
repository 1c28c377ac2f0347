package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
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
 * ({@link SentDocuments}), for the partner's 997, 999 or CONTRL to be matched to.
 */
@Component
public class PartnerOutbox {

    private final ControlNumbers numbers;
    private final EventPublisher publisher;
    private final SentDocuments sent;
    private final Clock clock;

    public PartnerOutbox(ControlNumbers numbers, EventPublisher publisher, SentDocuments sent, Clock clock) {
        this.numbers = numbers;
        this.publisher = publisher;
        this.sent = sent;
        this.clock = clock;
    }

    /**
     * Builds and queues one document.
     *
     * @param type  what it is: 997, TA1, 990, 214, 210, CONTRL, IFTSTA
     * @param build the builder, given the control numbers to use
     */
    public void send(TradingPartner partner, String type, Function<ControlNumbers, byte[]> build) {
        NumbersUsed used = new NumbersUsed(numbers);
        byte[] document = build.apply(used);
        String fileName = partner.id() + "-" + type.toLowerCase(Locale.ROOT) + "-" + used.interchange + ".edi";
        sent.queued(partner, type, fileName, used.interchange, used.group, used.sets, clock.instant());
        publisher.toEdiPartner(partner.tenant(), partner.id(), type, fileName, document);
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
