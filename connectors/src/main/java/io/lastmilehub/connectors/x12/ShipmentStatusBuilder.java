package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.connectors.support.edi.StatusCodeTable;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds an X12 214 transportation carrier shipment status message (004010) from a canonical status event: B10
 * with the shipment id the partner tendered (the order's {@code erpDelivery}, else the hub's order id), L11 the
 * customer PO, and one LX/AT7 with the partner's status and reason codes from its {@link StatusCodeTable} and the
 * time of the event in UTC.
 */
public final class ShipmentStatusBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    /** AT7-02 NS: normal status, when there is no reason. */
    private static final String NORMAL_STATUS = "NS";
    /** Maximum length of X12 reference identification (127) and shipment identification (145). */
    private static final int ID_MAX = 30;

    private final X12Parties parties;
    private final EdiSyntax syntax;
    private final String scac;
    private final StatusCodeTable codes;
    private final ControlNumbers numbers;

    /**
     * @param parties the partner
     * @param syntax  the separators and character set of what we send
     * @param scac    our standard carrier alpha code, B10-03
     * @param codes   the partner's status and reason codes
     * @param numbers control numbers
     */
    public ShipmentStatusBuilder(X12Parties parties, EdiSyntax syntax, String scac, StatusCodeTable codes,
            ControlNumbers numbers) {
        this.parties = parties;
        this.syntax = syntax;
        this.scac = scac;
        this.codes = codes;
        this.numbers = numbers;
    }

    /** The 214 interchange for one event. */
    public byte[] build(DeliveryStatusEvent event, Instant now) {
        X12Envelope envelope = new X12Envelope(parties, syntax, numbers, "QM", now);
        EdiOutput out = envelope.startSet("214");
        ExternalReferences references = event.getReferences();
        String shipment = references != null && references.getErpDelivery() != null ? references.getErpDelivery()
                : event.getOrderId();
        // B10*carrier reference*shipment id*SCAC, each id at most 30 characters (127, 145)
        out.segment("B10", OutboundValues.reference(event.getOrderId(), ID_MAX),
                OutboundValues.reference(shipment, ID_MAX), scac);
        if (references != null && references.getCustomerPo() != null) { // L11*reference*PO
            out.segment("L11", OutboundValues.reference(references.getCustomerPo(), ID_MAX), "PO");
        }
        out.segment("LX", "1");
        var at = event.getOccurredAt().atOffset(ZoneOffset.UTC);
        // AT7*status*reason***date*time*time code
        out.segment("AT7", codes.status(event.getStatus()), codes.reason(event.getReasonCode()).orElse(NORMAL_STATUS),
                "", "", DATE.format(at), TIME.format(at), "UT");
        envelope.endSet();
        return envelope.finish();
    }
}
