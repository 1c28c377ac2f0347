package io.lastmilehub.hub.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Puts canonical documents on the broker. Sends are synchronous and persistent: when a method returns, the broker
 * has the message on disk.
 */
@Component
public class EventPublisher {

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    public EventPublisher(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    public void orderReceived(DeliveryOrder order) {
        producer.sendBodyAndHeaders("jms:queue:" + Addresses.ORDERS_RECEIVED, toJson(order), Map.of(
                Addresses.TENANT_HEADER, order.getTenant(), Addresses.ORDER_HEADER, order.getId()));
    }

    public void statusChanged(DeliveryStatusEvent event) {
        producer.sendBodyAndHeaders("jms:topic:" + Addresses.STATUS, toJson(event), Map.of(
                Addresses.TENANT_HEADER, event.getTenant(), Addresses.ORDER_HEADER, event.getOrderId()));
    }

    public void planCosted(CostSummary cost) {
        producer.sendBodyAndHeader("jms:topic:" + Addresses.COST, toJson(cost), Addresses.TENANT_HEADER,
                cost.getTenant());
    }

    private String toJson(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
