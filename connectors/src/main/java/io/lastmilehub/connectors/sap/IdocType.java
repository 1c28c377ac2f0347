package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.spi.MappingException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The IDoc types the hub reads, each with the message types it takes with it. The basic type (IDOCTYP) fixes the
 * structure; the message type (MESTYP) says what the IDoc means, so only those that hand the hub something to
 * deliver are taken. Customer message types (Z*, Y*) on a supported basic type are taken too: SAP teams define
 * them to route a standard IDoc to one partner, and their structure is the basic type's.
 */
enum IdocType {

    /** Outbound deliveries: shipping notification, shipping order, forwarding agent notice, warehouse order. */
    DELIVERY(List.of("DELVRY05", "DELVRY06", "DELVRY07"), List.of("DESADV", "SHPORD", "CARNOT", "WHSORD"),
            SegmentRules.DELIVERY),
    /** Shipments with their deliveries. */
    SHIPMENT(List.of("SHPMNT05"), List.of("SHPMNT", "SHPADV"), SegmentRules.SHIPMENT),
    /** Orders, and the seller's order confirmation (see {@link OrderMapping}). */
    ORDER(List.of("ORDERS01", "ORDERS02", "ORDERS03", "ORDERS04", "ORDERS05"), List.of("ORDERS", "ORDRSP"),
            SegmentRules.ORDER);

    /** Message types of the supported basic types that flow the other way, with what the sender should know. */
    private static final Map<String, String> REFUSED = Map.of(
            "SHPCON", "a shipping confirmation goes into SAP, not out of it",
            "WHSCON", "a warehouse confirmation goes into SAP, not out of it",
            "STPPOD", "proof of delivery goes from the hub to SAP, not from SAP to the hub",
            "ORDCHG", "the hub takes new orders, not changes to them; cancel the order and send it again");

    private final List<String> basicTypes;
    private final List<String> messageTypes;
    private final SegmentRules rules;

    IdocType(List<String> basicTypes, List<String> messageTypes, SegmentRules rules) {
        this.basicTypes = basicTypes;
        this.messageTypes = messageTypes;
        this.rules = rules;
    }

    /** Where the segments the hub reads must sit. */
    SegmentRules rules() {
        return rules;
    }

    /**
     * The type of an IDoc by its control record.
     *
     * @throws MappingException naming IDOCTYP or MESTYP of EDI_DC40 when the hub does not take the IDoc
     */
    static IdocType of(ControlRecord control) {
        String basicType = control.idocType();
        if (basicType == null) {
            throw new MappingException(ControlRecord.NAME + "-IDOCTYP", "missing");
        }
        IdocType type = Arrays.stream(values()).filter(t -> t.basicTypes.contains(basicType)).findFirst()
                .orElseThrow(() -> new MappingException(ControlRecord.NAME + "-IDOCTYP", "unknown IDoc type '"
                        + basicType + "'; the hub reads " + supported()));
        type.requireMessageType(control.messageType(), basicType);
        return type;
    }

    private void requireMessageType(String messageType, String basicType) {
        String field = ControlRecord.NAME + "-MESTYP";
        if (messageType == null) {
            throw new MappingException(field, "missing");
        }
        if (messageTypes.contains(messageType) || messageType.startsWith("Z") || messageType.startsWith("Y")) {
            return;
        }
        String why = REFUSED.getOrDefault(messageType, "unknown message type for " + basicType);
        throw new MappingException(field, "message type '" + messageType + "' is not taken: " + why
                + "; the hub takes " + basicType + " as " + String.join(", ", messageTypes)
                + " or a customer message type (Z*, Y*)");
    }

    private static String supported() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.basicTypes.stream()).toList());
    }
}
