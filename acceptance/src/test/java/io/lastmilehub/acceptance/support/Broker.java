package io.lastmilehub.acceptance.support;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

/**
 * How a local system (ERP, WMS) connects to the hub's embedded broker: the Core acceptor, plain JMS. The one place
 * that knows the broker's credentials; none today (the acceptor on loopback takes anonymous clients).
 */
public final class Broker {

    private static final String USER = null;
    private static final String PASSWORD = null;

    private Broker() {
    }

    public static Connection connect(HubProcess hub) throws JMSException {
        return new ActiveMQConnectionFactory(hub.brokerUrl()).createConnection(USER, PASSWORD);
    }
}
