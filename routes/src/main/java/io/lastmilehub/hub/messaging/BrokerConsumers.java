package io.lastmilehub.hub.messaging;

/**
 * Endpoint URIs of the routes that take messages off the hub's queues, each in a transacted session: a message is
 * acknowledged only when its step is done, so a hub killed mid-step finds it again after its restart. Said on every
 * endpoint, not as a component default: {@code camel.component.jms.transacted} did not reach the routes that left
 * it out, which acknowledged each message as it arrived (a webhook killed mid-send was lost).
 *
 * <p>Each consumer keeps one session and one JMS consumer for its life and commits that session itself (a local JMS
 * transaction, no transaction manager): the messages a step sends go through the same session
 * ({@link BrokerSenders}) and commit with its acknowledgement. With Camel's default, a JMS transaction manager,
 * Spring's listener container cached nothing: it opened a session and a consumer for every message and closed them
 * after, three broker round-trips and a re-authentication per message.
 */
public final class BrokerConsumers {

    private static final String TRANSACTED =
            "?transacted=true&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER";

    private BrokerConsumers() {
    }

    /** A queue, e.g. {@code lastmile.orders.received}. */
    public static String queue(String queue) {
        return "jms:queue:" + queue + TRANSACTED;
    }

    /** A durable queue of its own on a topic's address (Artemis' fully qualified queue name address::queue). */
    public static String subscription(String topic, String queue) {
        return queue(topic + "::" + queue);
    }
}
