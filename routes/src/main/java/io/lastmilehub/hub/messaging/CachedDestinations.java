package io.lastmilehub.hub.messaging;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.springframework.jms.support.destination.DestinationResolver;
import org.springframework.jms.support.destination.DynamicDestinationResolver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's destinations by name, each asked of the broker once. Artemis answers {@code Session.createQueue} and
 * {@code createTopic} with a round-trip to the broker, which a template made for every send; its destinations are
 * plain names that any session may use. The hub sends to a fixed set of addresses, so this stays small.
 */
final class CachedDestinations implements DestinationResolver {

    private final DestinationResolver broker = new DynamicDestinationResolver();
    private final Map<String, Destination> queues = new ConcurrentHashMap<>();
    private final Map<String, Destination> topics = new ConcurrentHashMap<>();

    @Override
    public Destination resolveDestinationName(Session session, String name, boolean pubSubDomain)
            throws JMSException {
        Map<String, Destination> known = pubSubDomain ? topics : queues;
        Destination destination = known.get(name);
        if (destination == null) {
            destination = broker.resolveDestinationName(session, name, pubSubDomain);
            known.put(name, destination);
        }
        return destination;
    }
}
