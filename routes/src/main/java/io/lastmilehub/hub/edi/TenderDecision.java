package io.lastmilehub.hub.edi;

import io.lastmilehub.hub.edi.TradingPartner.TenderRules;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.TimeWindow;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether we take a load tender (one 204 shipment, the orders of its unloading stops) under a partner's
 * {@link TenderRules}: the first rule it breaks is the reason we decline it, short enough for a 990 K1 remark (30
 * characters), e.g. {@code COUNTRY MX NOT SERVICED}.
 */
final class TenderDecision {

    private TenderDecision() {
    }

    /** Why the tender is declined, or empty when it is accepted; no rules accept every tender. */
    static Optional<String> declineReason(TenderRules rules, List<DeliveryOrder> shipment, Instant now) {
        if (rules == null) {
            return Optional.empty();
        }
        for (DeliveryOrder order : shipment) {
            String country = order.getShipTo().getAddress().getCountryCode();
            if (!rules.servicedCountries().isEmpty() && !rules.servicedCountries().contains(country)) {
                return Optional.of("COUNTRY " + country + " NOT SERVICED");
            }
            if (rules.refusePastWindows() && windowsEnded(order, now)) {
                return Optional.of("DELIVERY WINDOW IN THE PAST");
            }
        }
        double kg = shipment.stream().mapToDouble(DeliveryOrder::totalWeightKg).sum();
        if (rules.maxWeightKg() != null && kg > rules.maxWeightKg()) {
            return Optional.of(String.format(Locale.ROOT, "WEIGHT %.0f KG OVER %.0f KG", kg, rules.maxWeightKg()));
        }
        return Optional.empty();
    }

    /** Every delivery window of the order ended before now (an order without windows has none that ended). */
    private static boolean windowsEnded(DeliveryOrder order, Instant now) {
        List<TimeWindow> windows = order.getTimeWindows() == null ? List.of() : order.getTimeWindows();
        return !windows.isEmpty() && windows.stream().allMatch(w -> w.getEnd() != null && w.getEnd().isBefore(now));
    }
}
