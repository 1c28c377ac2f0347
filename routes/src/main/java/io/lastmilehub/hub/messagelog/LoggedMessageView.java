package io.lastmilehub.hub.messagelog;

import java.time.Instant;
import java.util.List;

/**
 * A message log entry as the API shows it.
 *
 * @param payloadKept whether {@code GET /api/v1/messages/{id}} still has its payload (it is dropped after the
 *                    retention, and the hub never keeps an SMS's or e-mail's text)
 */
public record LoggedMessageView(String id, Direction direction, String format, String partner, Instant loggedAt,
                                int size, Outcome outcome, Instant outcomeAt, String detail, List<Key> keys,
                                boolean payloadKept) {

    /** A business key: its type (DOCNUM, ISA13, ORDER_ID...) and value. */
    public record Key(KeyType type, String value) {
    }
}
