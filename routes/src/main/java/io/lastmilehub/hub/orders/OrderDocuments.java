package io.lastmilehub.hub.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import org.springframework.stereotype.Component;

/** Converts between stored order rows and canonical orders; the row's status column is the truth. */
@Component
public class OrderDocuments {

    private final ObjectMapper json;

    public OrderDocuments(ObjectMapper json) {
        this.json = json;
    }

    public DeliveryOrder read(OrderEntity entity) {
        try {
            return json.readValue(entity.getDocument(), DeliveryOrder.class).toBuilder()
                    .status(entity.getStatus()).buildUnvalidated();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored order " + entity.getId() + " is not canonical JSON", e);
        }
    }

    public void write(DeliveryOrder order, OrderEntity entity) {
        try {
            entity.setDocument(json.writeValueAsString(order));
            entity.setStatus(order.getStatus());
            entity.setStatusReasonCode(order.getStatusReasonCode());
            entity.setDepotId(order.getDepotId());
            ExternalReferences references = order.getReferences() != null ? order.getReferences()
                    : ExternalReferences.builder().buildUnvalidated();
            entity.setErpDelivery(references.getErpDelivery());
            entity.setErpSalesOrder(references.getErpSalesOrder());
            entity.setCustomerPo(references.getCustomerPo());
            entity.setShopOrder(references.getShopOrder());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write order " + order.getId() + " as JSON", e);
        }
    }
}
