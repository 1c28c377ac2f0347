package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.OutboundValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds an X12 210 motor carrier freight details and invoice (004010) for one {@link FreightCharge}: B3 with the
 * invoice and shipment, C3 the currency, N9 the customer PO, one LX/L1 flat charge and the L3 totals. Amounts are
 * written as X12 N2 (implied two decimals: 557.21 is {@code 55721}).
 */
public final class FreightInvoiceBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    /** B3-04: prepaid by shipper. */
    private static final String PREPAID = "PP";
    /** B3-10: the B3-09 date is the delivery date. */
    private static final String DELIVERED = "035";

    private final X12Parties parties;
    private final EdiSyntax syntax;
    private final String scac;
    private final ControlNumbers numbers;

    /** A builder for one partner; {@code scac} is ours, B3-11. */
    public FreightInvoiceBuilder(X12Parties parties, EdiSyntax syntax, String scac, ControlNumbers numbers) {
        this.parties = parties;
        this.syntax = syntax;
        this.scac = scac;
        this.numbers = numbers;
    }

    /** The 210 interchange for one charge. */
    public byte[] build(FreightCharge charge, Instant now) {
        X12Envelope envelope = new X12Envelope(parties, syntax, numbers, "IM", now);
        EdiOutput out = envelope.startSet("210");
        String cents = cents(charge.amount());
        boolean delivered = charge.deliveredOn() != null;
        // B3*qualifier*invoice*shipment id*payment*weight unit*invoice date*net amount**delivery date*035*SCAC
        out.segment("B3", "", charge.invoiceNumber(), OutboundValues.reference(charge.shipmentId(), 30), PREPAID, "",
                DATE.format(charge.invoiceDate()), cents, "", delivered ? DATE.format(charge.deliveredOn()) : "",
                delivered ? DELIVERED : "", scac);
        out.segment("C3", charge.currency()); // C3*currency
        if (charge.customerPo() != null) {
            out.segment("N9", "PO", OutboundValues.reference(charge.customerPo(), 30)); // N9*PO*purchase order
        }
        out.segment("LX", "1");
        out.segment("L1", "1", charge.amount().setScale(2, RoundingMode.HALF_UP).toPlainString(), "FR", cents);
        String weight = BigDecimal.valueOf(charge.weightKg()).setScale(0, RoundingMode.HALF_UP).toPlainString();
        // L3*weight*G gross*rate*qualifier*charge******weight unit K
        out.segment("L3", weight, "G", "", "", cents, "", "", "", "", "", "", "K");
        envelope.endSet();
        return envelope.finish();
    }

    /** An amount as X12 N2: whole cents, no decimal point. */
    private static String cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
