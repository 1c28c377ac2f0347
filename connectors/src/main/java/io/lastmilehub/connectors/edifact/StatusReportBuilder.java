package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.connectors.support.edi.StatusCodeTable;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an EDIFACT IFTSTA international multimodal status report (D:01B) from a canonical status event: BGM 77
 * (status report) with the event id, DTM 137 the time of the report, CNI the consignment (the order's
 * {@code erpDelivery}, else the hub's order id), STS with the partner's event and reason codes from its
 * {@link StatusCodeTable}, RFF+ON the customer PO and DTM 334 the time of the event, in UTC.
 */
public final class StatusReportBuilder {

    /** Maximum length of the ids we write: EDIFACT an..35. */
    private static final int ID_MAX = 35;

    private static final List<String> IFTSTA = List.of("IFTSTA", "D", "01B", "UN");

    private final EdifactParties parties;
    private final EdiSyntax syntax;
    private final StatusCodeTable codes;
    private final ControlNumbers numbers;

    /** A builder for one partner. */
    public StatusReportBuilder(EdifactParties parties, EdiSyntax syntax, StatusCodeTable codes,
            ControlNumbers numbers) {
        this.parties = parties;
        this.syntax = syntax;
        this.codes = codes;
        this.numbers = numbers;
    }

    /** The IFTSTA interchange for one event. */
    public byte[] build(DeliveryStatusEvent event, Instant now) {
        EdifactEnvelope envelope = new EdifactEnvelope(parties, syntax, numbers, now);
        EdiOutput out = envelope.startMessage(IFTSTA);
        // BGM+status report+document number+original; CNI, RFF: each id at most 35 characters (1004, 1154)
        out.segment("BGM", "77", OutboundValues.reference(event.getEventId(), ID_MAX), "9");
        out.segment("DTM", EdifactDates.dtm("137", now)); // DTM+document date:value:format
        ExternalReferences references = event.getReferences();
        String consignment = references != null && references.getErpDelivery() != null
                ? references.getErpDelivery() : event.getOrderId();
        out.segment("CNI", "1", OutboundValues.reference(consignment, ID_MAX)); // CNI+sequence+shipment reference
        List<Object> sts = new ArrayList<>(List.of("1", codes.status(event.getStatus()))); // STS+1+event[+reason]
        codes.reason(event.getReasonCode()).ifPresent(sts::add);
        out.segment("STS", sts.toArray());
        if (references != null && references.getCustomerPo() != null) {
            out.segment("RFF", List.of("ON", OutboundValues.reference(references.getCustomerPo(), ID_MAX)));
        }
        out.segment("DTM", EdifactDates.dtm("334", event.getOccurredAt())); // status change date
        envelope.endMessage();
        return envelope.finish();
    }

}
