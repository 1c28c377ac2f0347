package io.lastmilehub.connectors.carrier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

/**
 * The body of a booking: a small, carrier-neutral JSON shipment.
 * <pre>
 * {"reference": "ord-…", "service": "EXPRESS", "customerReference": "PO 4711",
 *  "shipTo": {"name", "company", "line1", "line2", "postalCode", "city", "region", "countryCode", "phone", "email"},
 *  "parcels": [{"id", "barcode", "quantity", "weightKg", "volumeM3"}],
 *  "cashOnDelivery": {"amount", "currency"}}
 * </pre>
 * Absent values are left out.
 */
final class BookingRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BookingRequests() {
    }

    static byte[] of(DeliveryOrder order, String service) {
        ObjectNode body = JSON.createObjectNode();
        put(body, "reference", order.getId());
        put(body, "service", service);
        put(body, "customerReference", order.getReferences() == null ? null
                : order.getReferences().getCustomerPo());
        body.set("shipTo", shipTo(order.getShipTo()));
        var parcels = body.putArray("parcels");
        for (Parcel parcel : order.getParcels()) {
            ObjectNode node = parcels.addObject();
            put(node, "id", parcel.getId());
            put(node, "barcode", parcel.getBarcode());
            node.put("quantity", parcel.getQuantity());
            node.put("weightKg", parcel.getWeightKg());
            node.put("volumeM3", parcel.getVolumeM3());
        }
        if (order.getCashOnDelivery() != null) {
            body.putObject("cashOnDelivery").put("amount", order.getCashOnDelivery().getAmount())
                    .put("currency", order.getCashOnDelivery().getCurrency());
        }
        put(body, "instructions", order.getInstructions());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode shipTo(Party party) {
        ObjectNode node = JSON.createObjectNode();
        put(node, "name", party.getName());
        put(node, "company", party.getCompany());
        Address address = party.getAddress();
        if (address != null) {
            put(node, "line1", address.getLine1());
            put(node, "line2", address.getLine2());
            put(node, "postalCode", address.getPostalCode());
            put(node, "city", address.getCity());
            put(node, "region", address.getRegion());
            put(node, "countryCode", address.getCountryCode());
        }
        Contact contact = party.getContact();
        if (contact != null) {
            put(node, "phone", contact.getPhone());
            put(node, "email", contact.getEmail());
        }
        return node;
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
