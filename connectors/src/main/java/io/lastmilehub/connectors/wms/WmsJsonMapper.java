package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.ExternalReferences;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Format {@code wms-json}: pick, pack and ship confirmations of a warehouse system as JSON:
 * <pre>
 * {"system": "acme-wms", "messageId": "CONF-000123",
 *  "confirmations": [{"event": "SHIPPED", "occurredAt": "2026-11-20T14:05:00Z",
 *     "order": {"erpDelivery": "80001234", "customerPo": "PO-77"}, "carrier": "DHL",
 *     "parcels": [{"id": "1", "sscc": "340123450000000017", "trackingNumber": "JJD000390007",
 *                  "quantity": 1, "weightKg": 4.2, "lengthCm": 40, "widthCm": 30, "heightCm": 20,
 *                  "description": "2 kettles"}]}]}
 * </pre>
 * {@code system} defaults to {@code wms}; without {@code messageId} the payload's SHA-256 is the id. A confirmation
 * without parcels reports progress only (picked). Times without an offset are UTC. The carrier is not kept: the
 * canonical model has no place for it yet.
 */
public class WmsJsonMapper implements InboundMapper {

    public static final String FORMAT = "wms-json";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField root = JsonField.parse(message).requireObject();
        List<JsonField> confirmations = root.get("confirmations").elements();
        if (confirmations.isEmpty()) {
            throw new MappingException(root.get("confirmations").path(), "missing or empty");
        }
        List<WmsLine> lines = new ArrayList<>();
        confirmations.forEach(confirmation -> lines.addAll(lines(confirmation.requireObject())));
        String system = root.get("system").text();
        String messageId = root.get("messageId").text();
        return new MappedMessage(system != null ? system : "wms",
                messageId != null ? messageId : WmsMessageIds.of(message), List.of(), WmsConfirmations.updates(lines));
    }

    private static List<WmsLine> lines(JsonField confirmation) {
        JsonField order = confirmation.get("order").requireObject();
        ExternalReferences references = WmsValues.references(order.get("erpDelivery").text(),
                order.get("erpSalesOrder").text(), order.get("customerPo").text(), order.get("shopOrder").text(),
                order.path());
        WarehouseEvent event = WmsValues.event(confirmation.get("event").text(), confirmation.get("event").path());
        Instant occurredAt = WmsValues.instant(confirmation.get("occurredAt").text(), ZoneOffset.UTC,
                confirmation.get("occurredAt").path());
        List<JsonField> parcels = confirmation.get("parcels").elements();
        if (parcels.isEmpty()) {
            return List.of(new WmsLine(references, event, occurredAt, null, null));
        }
        return parcels.stream().map(parcel -> {
            String tracking = parcel.get("trackingNumber").text();
            var values = new WmsValues.ParcelValues(parcel.get("id").text(), parcel.get("sscc").text(), tracking,
                    WmsValues.quantity(parcel.get("quantity").text(), parcel.get("quantity").path()),
                    number(parcel, "weightKg"), number(parcel, "lengthCm"), number(parcel, "widthCm"),
                    number(parcel, "heightCm"), parcel.get("description").text());
            var mapped = WmsValues.parcel(values, parcel.path());
            if (mapped == null) {
                throw new MappingException(parcel.path(), "no id, sscc or trackingNumber");
            }
            return new WmsLine(references, event, occurredAt, mapped, tracking);
        }).toList();
    }

    private static double number(JsonField parcel, String name) {
        return WmsValues.number(parcel.get(name).text(), 1, parcel.get(name).path());
    }
}
