package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.DocumentReceipt;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.SourceRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads an interchange and maps every transaction set in it with the mapping for its type, all or nothing: one
 * set that cannot be mapped rejects the message (the acknowledgement then names each set's outcome).
 */
public final class EdiInbound {

    private final EdiReader reader;
    private final Map<String, TransactionMapping> byType = new TreeMap<>();
    private final Function<EdiSegment, SourceRef> sourceOfHeader;
    private final LocalZones zones;

    /**
     * @param reader         the reader
     * @param mappings       a mapping per supported type
     * @param sourceOfHeader the sender and control number of an ISA or UNB, the idempotency key
     * @param zones          where the zone of local dates and times comes from
     */
    public EdiInbound(EdiReader reader, List<TransactionMapping> mappings,
            Function<EdiSegment, SourceRef> sourceOfHeader, LocalZones zones) {
        this.reader = reader;
        mappings.forEach(m -> m.types().forEach(type -> byType.put(type, m)));
        this.sourceOfHeader = sourceOfHeader;
        this.zones = zones;
    }

    /** Reads a payload. */
    public EdiInterchange read(byte[] payload) {
        return reader.read(payload);
    }

    /**
     * The sender and control number of an interchange, as {@link #map} gives them: the partner is who the sender is.
     *
     * @throws MappingException when the header has no sender or control number
     */
    public SourceRef source(EdiInterchange interchange) {
        return sourceOfHeader.apply(interchange.header());
    }

    /** Whether transaction sets or messages of this type are taken in at all. */
    public boolean supports(String type) {
        return byType.containsKey(type);
    }

    /** Maps every transaction set, or throws the first set's error. */
    public MappedMessage map(InboundMessage message) {
        EdiInterchange interchange = reader.read(message.payload());
        SourceRef source = sourceOfHeader.apply(interchange.header());
        EdiContext context = new EdiContext(message.tenant(), source, zones);
        List<DeliveryOrder> orders = new ArrayList<>();
        List<ParcelUpdate> updates = new ArrayList<>();
        List<DocumentReceipt> receipts = new ArrayList<>();
        if (interchange.transactions().isEmpty()) {
            throw new MappingException(interchange.header().tag(), "interchange carries no transaction set");
        }
        for (EdiTransaction transaction : interchange.transactions()) {
            TransactionMapping.Result result = mapping(transaction).map(context, transaction);
            orders.addAll(result.orders());
            updates.addAll(result.parcelUpdates());
            receipts.addAll(result.receipts());
        }
        return MappedMessage.answering(source.getSystem(), source.getMessageId(), orders, updates, receipts);
    }

    /**
     * The acknowledgement of a message, accepting or rejecting each of its sets; empty when the interchange cannot
     * be read at all (then there is no envelope to answer to, and the transport answers with the mapping error).
     * Call it for every inbound interchange, after {@link #map} succeeded or failed.
     */
    public Optional<Acknowledgement> acknowledge(InboundMessage message, AcknowledgementBuilder builder,
            Instant now) {
        EdiInterchange interchange;
        try {
            interchange = reader.read(message.payload());
        } catch (MappingException unreadable) {
            return Optional.empty();
        }
        return Optional.of(builder.build(interchange, outcomes(message.tenant(), interchange), now));
    }

    /** The outcome of each transaction set of an interchange, for its acknowledgement. */
    public List<TransactionOutcome> outcomes(String tenant, EdiInterchange interchange) {
        EdiContext context = new EdiContext(tenant, sourceOfHeader.apply(interchange.header()), zones);
        List<TransactionOutcome> outcomes = new ArrayList<>();
        for (EdiTransaction transaction : interchange.transactions()) {
            boolean supported = byType.containsKey(transaction.type());
            try {
                mapping(transaction).map(context, transaction);
                outcomes.add(new TransactionOutcome(transaction, null, true));
            } catch (MappingException e) {
                outcomes.add(new TransactionOutcome(transaction, e, supported));
            } catch (InvalidModelException e) {
                outcomes.add(new TransactionOutcome(transaction, new MappingException(name(transaction),
                        e.getMessage(), e), true));
            }
        }
        return outcomes;
    }

    private TransactionMapping mapping(EdiTransaction transaction) {
        TransactionMapping mapping = byType.get(transaction.type());
        if (mapping == null) {
            throw new MappingException(name(transaction), transaction.type() + " is not accepted inbound; we take "
                    + String.join(", ", byType.keySet()));
        }
        return mapping;
    }

    /** How errors name a transaction set: {@code ST*204*0001}, {@code UNH+1+IFTMIN} or {@code TA1*000000001}. */
    public static String name(EdiTransaction transaction) {
        String tag = transaction.segments().get(0).tag();
        if (tag.equals(transaction.type())) { // TA1, an interchange-level segment read as a set
            return tag + "*" + transaction.controlNumber();
        }
        return tag.equals("UNH") ? "UNH+" + transaction.controlNumber() + "+" + transaction.type()
                : tag + "*" + transaction.type() + "*" + transaction.controlNumber();
    }
}
