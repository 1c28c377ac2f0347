package io.lastmilehub.hub.notify;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.pod.OneTimeCode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The variables a notification text can use: {@code customer}, {@code reference} (the number the customer knows:
 * shop order, PO, tracking number, ERP delivery, else the hub's id), {@code orderId}, {@code status},
 * {@code reason}, {@code address}, {@code window} (a section with {@code date}, {@code from}, {@code to}),
 * {@code pin} (only with the event that issues it), {@code pinRequired} (the order is handed over against a PIN:
 * for the texts of later events, which no longer carry the PIN), {@code lockerId}, {@code lockerCode},
 * {@code codeExpires} and {@code trackingUrl} (the order's public tracking page). Dates and times are in the
 * window's zone, else the tenant's, written for its language.
 */
final class MessageVariables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MessageVariables() {
    }

    static Map<String, Object> of(DeliveryStatusEvent event, DeliveryOrder order, IssuedCodes codes,
                                  String trackingUrl, NotificationTemplates.Style style) {
        Map<String, Object> variables = new HashMap<>();
        Party shipTo = order.getShipTo();
        variables.put("tenant", order.getTenant());
        variables.put("orderId", order.getId());
        variables.put("reference", reference(order));
        put(variables, "customer", shipTo.getContact() != null && shipTo.getContact().getName() != null
                ? shipTo.getContact().getName() : shipTo.getName());
        put(variables, "address", address(shipTo.getAddress()));
        variables.put("status", event.getStatus().name());
        put(variables, "trackingUrl", trackingUrl);
        put(variables, "reason", event.getReason());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(style.locale());
        if (!order.getTimeWindows().isEmpty()) {
            TimeWindow window = order.getTimeWindows().get(0);
            ZoneId zone = window.getZoneId() != null ? ZoneId.of(window.getZoneId()) : style.zone();
            variables.put("window", Map.of("date", date.format(window.getStart().atZone(zone)),
                    "from", TIME.format(window.getStart().atZone(zone)),
                    "to", TIME.format(window.getEnd().atZone(zone))));
        }
        if (order.getPodRequirements() != null && order.getPodRequirements().isPin()) {
            variables.put("pinRequired", true);
        }
        if (codes.pin() != null) {
            variables.put("pin", codes.pin().code());
            variables.put("codeExpires", when(codes.pin(), style, date));
        }
        if (codes.lockerCode() != null) {
            variables.put("lockerId", codes.lockerId());
            variables.put("lockerCode", codes.lockerCode().code());
            variables.put("codeExpires", when(codes.lockerCode(), style, date));
        }
        return variables;
    }

    private static String when(OneTimeCode code, NotificationTemplates.Style style, DateTimeFormatter date) {
        Instant at = code.expiresAt();
        return date.format(at.atZone(style.zone())) + " " + TIME.format(at.atZone(style.zone()));
    }

    private static String reference(DeliveryOrder order) {
        ExternalReferences refs = order.getReferences();
        Stream<String> known = refs == null ? Stream.empty() : Stream.of(refs.getShopOrder(), refs.getCustomerPo(),
                refs.getTrackingNumber(), refs.getErpDelivery());
        return known.filter(Objects::nonNull).findFirst().orElse(order.getId());
    }

    private static String address(Address address) {
        if (address == null) {
            return null;
        }
        String city = Stream.of(address.getPostalCode(), address.getCity()).filter(Objects::nonNull)
                .reduce((a, b) -> a + " " + b).orElse(null);
        return Stream.of(address.getLine1(), city).filter(Objects::nonNull).reduce((a, b) -> a + ", " + b)
                .orElse(null);
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
