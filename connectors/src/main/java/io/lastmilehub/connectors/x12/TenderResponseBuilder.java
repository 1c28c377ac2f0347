package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.OutboundValues;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds an X12 990 response to a load tender (004010): B1 with the SCAC and shipment id of the 204 (its B2-02 and
 * B2-04, kept as the order's {@code erpDelivery}), the date and A (accept) or D (decline), and for a decline a K1
 * remark with the reason (the rules that decide come from the partner's YAML).
 */
public final class TenderResponseBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final int K1_MAX = 30;

    private final X12Parties parties;
    private final EdiSyntax syntax;
    private final ControlNumbers numbers;

    /** A builder for one partner. */
    public TenderResponseBuilder(X12Parties parties, EdiSyntax syntax, ControlNumbers numbers) {
        this.parties = parties;
        this.syntax = syntax;
        this.numbers = numbers;
    }

    /** Accepts a tender. */
    public byte[] accept(String scac, String shipmentId, Instant now) {
        return build(scac, shipmentId, "A", null, now);
    }

    /** Declines a tender, saying why in a K1 remark (cut to 30 characters). */
    public byte[] decline(String scac, String shipmentId, String reason, Instant now) {
        return build(scac, shipmentId, "D", reason, now);
    }

    private byte[] build(String scac, String shipmentId, String action, String reason, Instant now) {
        X12Envelope envelope = new X12Envelope(parties, syntax, numbers, "GF", now);
        EdiOutput out = envelope.startSet("990");
        // B1*SCAC*shipment id (at most 30 characters)*date*reservation action code
        out.segment("B1", scac, OutboundValues.reference(shipmentId, 30), DATE.format(now.atOffset(ZoneOffset.UTC)),
                action);
        if (reason != null && !reason.isBlank()) {
            out.segment("K1", reason.length() > K1_MAX ? reason.substring(0, K1_MAX) : reason); // K1*remark
        }
        envelope.endSet();
        return envelope.finish();
    }
}
