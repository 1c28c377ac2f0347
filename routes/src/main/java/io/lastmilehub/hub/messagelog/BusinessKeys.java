package io.lastmilehub.hub.messagelog;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The business keys of a message, taken from what the hub already parsed: the canonical orders' ids and external
 * references, and the envelope's control number, which the mappers make the source message id (IDoc DOCNUM, X12
 * ISA13, EDIFACT UNB 0020). Nothing is parsed again.
 */
public final class BusinessKeys {

    // A set in the order added: a batch of 10,000 orders has 30,000 keys, and a list's contains() made it quadratic.
    private final Set<BusinessKey> keys = new LinkedHashSet<>();

    /** The key the source message id is, by the inbound format that gave it. */
    public BusinessKeys envelope(String format, String sourceMessageId) {
        String lower = format.toLowerCase(Locale.ROOT);
        KeyType type = lower.startsWith("idoc") ? KeyType.DOCNUM : lower.startsWith("x12") ? KeyType.ISA13
                : lower.startsWith("edifact") ? KeyType.UNB0020 : KeyType.SOURCE_MESSAGE_ID;
        return add(type, sourceMessageId);
    }

    /** The order's hub id and the numbers other systems know it by. */
    public BusinessKeys order(DeliveryOrder order) {
        add(KeyType.ORDER_ID, order.getId());
        return references(order.getReferences());
    }

    /** The event's order, plan and vehicle, and the order's references. */
    public BusinessKeys event(DeliveryStatusEvent event) {
        add(KeyType.ORDER_ID, event.getOrderId());
        add(KeyType.PLAN_ID, event.getPlanId());
        return references(event.getReferences());
    }

    public BusinessKeys references(ExternalReferences references) {
        if (references != null) {
            add(KeyType.ERP_DELIVERY, references.getErpDelivery());
            add(KeyType.ERP_SHIPMENT, references.getErpShipment());
            add(KeyType.ERP_SALES_ORDER, references.getErpSalesOrder());
            add(KeyType.CUSTOMER_PO, references.getCustomerPo());
            add(KeyType.SHOP_ORDER, references.getShopOrder());
            add(KeyType.TRACKING_NUMBER, references.getTrackingNumber());
        }
        return this;
    }

    /** Adds a key; a blank or missing value adds nothing. Control numbers lose their leading zeros. */
    public BusinessKeys add(KeyType type, String value) {
        if (value != null && !value.isBlank()) {
            BusinessKey key = new BusinessKey(type, isControlNumber(type) ? withoutLeadingZeros(value.strip())
                    : value.strip());
            keys.add(key);
        }
        return this;
    }

    public List<BusinessKey> list() {
        return List.copyOf(keys);
    }

    private static boolean isControlNumber(KeyType type) {
        return type == KeyType.DOCNUM || type == KeyType.ISA13 || type == KeyType.GS06;
    }

    /** As searched for: {@code 0000000093000001} and {@code 93000001} are the same IDoc. */
    static String withoutLeadingZeros(String value) {
        return value.replaceFirst("^0+(?=.)", "");
    }
}
