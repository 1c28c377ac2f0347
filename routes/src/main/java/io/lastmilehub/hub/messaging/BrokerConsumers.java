package io.lastmilehub.hub.messaging;

/**
 * Endpoint URIs of the routes that take messages off the hub's queues, each in a transacted session: a message is
 * acknowledged only when its step is done, so a hub killed mid-step finds it again after its restart. Said on every
 * endpoint, not as a component default: {@code camel.component.jms.transacted} did not reach the routes that left
 * it out, which acknowledged each message as it arrived (a webhook killed mid-send was lost).
 */
public final class BrokerConsumers {

    private BrokerConsumers() {
    }

    /** A queue, e.g. {@code lastmile.orders.received}. */
    public static String queue(String queue) {
        return "jms:queue:" + queue + "?transacted=true";
    }

    /** A durable queue of its own on a topic's address (Artemis' fully qualified queue name address::queue). */
    public static String subscription(String topic, String queue) {
        return queue(topic + "::" + queue);
    }
}
