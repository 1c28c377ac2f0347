package io.lastmilehub.connectors.carrier;

import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value of an order that a CSV manifest column can hold; a carrier's YAML names them in camel case
 * ({@code trackingNumber}, {@code postalCode}). Absent values are empty cells.
 */
public enum ManifestField {
    /** The hub's order id. */
    ORDER_ID(DeliveryOrder::getId),
    /** The carrier's tracking number, once the shipment is booked. */
    TRACKING_NUMBER(order -> reference(order, ExternalReferences::getTrackingNumber)),
    /** The customer's purchase order. */
    CUSTOMER_PO(order -> reference(order, ExternalReferences::getCustomerPo)),
    /** The ERP delivery number. */
    ERP_DELIVERY(order -> reference(order, ExternalReferences::getErpDelivery)),
    /** The shop order number. */
    SHOP_ORDER(order -> reference(order, ExternalReferences::getShopOrder)),
    /** The recipient: the ship-to's name, else its contact's. */
    RECIPIENT_NAME(order -> Optional.ofNullable(order.getShipTo().getName())
            .orElseGet(() -> contact(order, Contact::getName))),
    /** The ship-to's company. */
    COMPANY(order -> order.getShipTo().getCompany()),
    LINE1(order -> address(order, Address::getLine1)),
    LINE2(order -> address(order, Address::getLine2)),
    POSTAL_CODE(order -> address(order, Address::getPostalCode)),
    CITY(order -> address(order, Address::getCity)),
    REGION(order -> address(order, Address::getRegion)),
    /** ISO 3166-1 alpha-2. */
    COUNTRY_CODE(order -> address(order, Address::getCountryCode)),
    PHONE(order -> contact(order, Contact::getPhone)),
    EMAIL(order -> contact(order, Contact::getEmail)),
    /** Number of pieces: the quantity of every parcel line. */
    PIECES(order -> String.valueOf(OutboundValues.pieces(order))),
    /** Gross weight in kilograms, up to three decimals. */
    WEIGHT_KG(order -> OutboundValues.kilograms(order.totalWeightKg())),
    /** Volume in cubic metres, up to three decimals. */
    VOLUME_M3(order -> OutboundValues.kilograms(order.totalVolumeM3())),
    /** Barcodes of the parcels, separated by spaces. */
    BARCODES(order -> order.getParcels().stream().map(Parcel::getBarcode).filter(b -> b != null)
            .collect(Collectors.joining(" "))),
    /** Cash to collect, and its currency. */
    COD_AMOUNT(order -> order.getCashOnDelivery() == null ? null
            : order.getCashOnDelivery().getAmount().toPlainString()),
    COD_CURRENCY(order -> order.getCashOnDelivery() == null ? null : order.getCashOnDelivery().getCurrency()),
    /** Instructions for the driver. */
    INSTRUCTIONS(DeliveryOrder::getInstructions);

    private final Function<DeliveryOrder, String> value;

    ManifestField(Function<DeliveryOrder, String> value) {
        this.value = value;
    }

    /** The cell for this order; empty when the order has no such value. */
    public String of(DeliveryOrder order) {
        String cell = value.apply(order);
        return cell == null ? "" : cell;
    }

    /** The YAML name: {@code TRACKING_NUMBER} is {@code trackingNumber}. */
    public String yamlName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }

    /** The field a YAML name stands for. */
    public static Optional<ManifestField> byYamlName(String name) {
        return Arrays.stream(values()).filter(f -> f.yamlName().equals(name)).findFirst();
    }


    private static String reference(DeliveryOrder order, Function<ExternalReferences, String> field) {
        return order.getReferences() == null ? null : field.apply(order.getReferences());
    }

    private static String address(DeliveryOrder order, Function<Address, String> field) {
        Address address = order.getShipTo().getAddress();
        return address == null ? null : field.apply(address);
    }

    private static String contact(DeliveryOrder order, Function<Contact, String> field) {
        Party shipTo = order.getShipTo();
        return shipTo.getContact() == null ? null : field.apply(shipTo.getContact());
    }

}
