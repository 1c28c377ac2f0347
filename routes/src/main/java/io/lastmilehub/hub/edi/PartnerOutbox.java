package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.edi.ControlNumbers;
import io.lastmilehub.hub.messaging.EventPublisher;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Function;

/**
 * Builds each document for a partner once, numbered from the database ({@link EdiControlNumbers}), and queues it on
 * {@code lastmile.edi.outbound} for the partner's transport route as {@code <partner>-<type>-<ISA13 or UNB 0020>.edi}.
 * Call it inside a transaction: the numbers and the queued message commit together, so a retried send resends the
 * same bytes and a rolled-back one gives its numbers back.
 */
@Component
public class PartnerOutbox {

    private final ControlNumbers numbers;
    private final EventPublisher publisher;

    public PartnerOutbox(ControlNumbers numbers, EventPublisher publisher) {
        this.numbers = numbers;
        this.publisher = publisher;
    }

    /**
     * Builds and queues one document.
     *
     * @param type  what it is: 997, TA1, 990, 214, 210, CONTRL, IFTSTA
     * @param build the builder, given the control numbers to use
     */
    public void send(TradingPartner partner, String type, Function<ControlNumbers, byte[]> build) {
        InterchangeNumber interchange = new InterchangeNumber(numbers);
        byte[] document = build.apply(interchange);
        String fileName = partner.id() + "-" + type.toLowerCase(Locale.ROOT) + "-" + interchange.number + ".edi";
        publisher.toEdiPartner(partner.tenant(), partner.id(), type, fileName, document);
    }

    /** Hands out the numbers and keeps the interchange's, for the file name. */
    private static final class InterchangeNumber implements ControlNumbers {

        private final ControlNumbers numbers;
        private long number;

        InterchangeNumber(ControlNumbers numbers) {
            this.numbers = numbers;
        }

        @Override
        public long next(String partner, Kind kind) {
            long next = numbers.next(partner, kind);
            if (kind == Kind.INTERCHANGE) {
                number = next;
            }
            return next;
        }
    }
}
