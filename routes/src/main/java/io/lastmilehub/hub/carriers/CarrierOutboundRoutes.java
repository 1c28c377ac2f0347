package io.lastmilehub.hub.carriers;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * One carrier-outbound route (the YAML route template in {@code config/routes}) per carrier file, so that a carrier
 * is one file: its {@code manifest.endpoint} is the route's endpoint. Camel adds templated routes after every DSL's
 * templates are loaded, so the Java instance can use the YAML template.
 */
@Component
public class CarrierOutboundRoutes extends RouteBuilder {

    static final String TEMPLATE = "carrier-outbound";

    private final CarrierRegistry carriers;

    public CarrierOutboundRoutes(CarrierRegistry carriers) {
        this.carriers = carriers;
    }

    @Override
    public void configure() {
        for (Carrier carrier : carriers.all()) {
            templatedRoute(TEMPLATE)
                    .routeId(TEMPLATE + "-" + carrier.id())
                    .parameter("carrier", carrier.id())
                    .parameter("endpoint", carrier.config().manifest().endpoint());
        }
    }
}
