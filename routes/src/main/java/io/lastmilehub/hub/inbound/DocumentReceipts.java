package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.DocumentReceipt;

import java.time.Instant;
import java.util.List;

/**
 * Where a message's answers to documents the hub sent (997, 999, CONTRL) are recorded, inside the transaction that
 * stores the message: the answer is kept exactly when the message is.
 */
public interface DocumentReceipts {

    /**
     * @param sourceSystem the sender as the mapper named it, e.g. {@code X12:ZZ:PARTNER}
     * @param messageId    the hub's id of the message carrying the answers
     */
    void record(String tenant, String sourceSystem, String messageId, List<DocumentReceipt> receipts,
                Instant receivedAt);
}
