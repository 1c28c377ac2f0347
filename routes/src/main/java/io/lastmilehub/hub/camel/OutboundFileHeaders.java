package io.lastmilehub.hub.camel;

import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsHeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * camel-jms drops every Camel* header on its way to and from the broker; this strategy lets one through, the file
 * name ({@code CamelFileName}) that an outbound message is uploaded under (route template {@code sftp-upload}).
 * Use it on a jms endpoint as {@code headerFilterStrategy=#outboundFileHeaders}.
 */
@Component("outboundFileHeaders")
public class OutboundFileHeaders extends JmsHeaderFilterStrategy {

    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        return !Exchange.FILE_NAME.equals(name) && super.applyFilterToExternalHeaders(name, value, exchange);
    }

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        return !Exchange.FILE_NAME.equals(name) && super.applyFilterToCamelHeaders(name, value, exchange);
    }
}
