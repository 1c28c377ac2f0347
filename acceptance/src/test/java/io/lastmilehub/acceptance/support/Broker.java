package io.lastmilehub.acceptance.support;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

/**
 * How a local system (ERP, WMS) connects to the hub's embedded broker: the Core acceptor, plain JMS, as the demo
 * tenant's broker user shipped in config/application.yaml. The one place that knows the broker's credentials and
 * the demo tenant's copies of the hub's topics.
 */
public final class Broker {

    private static final String USER = "demo-erp";
    private static final String PASSWORD = "demo-broker-secret";

    private Broker() {
    }

    /** The demo tenant's copy of one of the hub's topics ({@code status}, {@code cost}, {@code positions}, {@code eta}). */
    public static String demoTopic(String name) {
        return "lastmile.tenant.demo." + name;
    }

    public static Connection connect(HubProcess hub) throws JMSException {
        return new ActiveMQConnectionFactory(hub.brokerUrl()).createConnection(USER, PASSWORD);
    }
}
