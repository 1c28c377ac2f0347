package io.lastmilehub.connectors.x12;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What we invoice a partner for one shipment: the share of the plan's cost that the hub allocated to it.
 *
 * @param invoiceNumber our invoice number, B3-02
 * @param shipmentId    the partner's shipment id (the order's {@code erpDelivery}, the 204's B2-04), B3-03
 * @param customerPo    the customer PO, N9 PO, or null
 * @param weightKg      gross weight billed, L3-01 in kilograms
 * @param amount        the charge, in {@code currency}
 * @param currency      ISO 4217 code, C3-01
 * @param invoiceDate   B3-06
 * @param deliveredOn   B3-09, or null when not delivered yet
 */
public record FreightCharge(String invoiceNumber, String shipmentId, String customerPo, double weightKg,
        BigDecimal amount, String currency, LocalDate invoiceDate, LocalDate deliveredOn) {
}
