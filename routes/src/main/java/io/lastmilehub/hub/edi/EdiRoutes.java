package io.lastmilehub.hub.edi;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Listens to the status and cost topics for the trading partners, each through a durable queue of its own on the
 * topic's address (declared in {@link io.lastmilehub.hub.messaging.BrokerConfig}), like the SAP routes: nothing
 * published while the hub is down is lost, and hub instances compete for the work.
 */
@Component
public class EdiRoutes extends RouteBuilder {

    private final EdiFreightInvoices ediFreightInvoices;
    private final EdiStatusReports ediStatusReports;

    public EdiRoutes(EdiFreightInvoices ediFreightInvoices, EdiStatusReports ediStatusReports) {
        this.ediFreightInvoices = ediFreightInvoices;
        this.ediStatusReports = ediStatusReports;
    }

    @Override
    public void configure() {
        from(BrokerConsumers.subscription(Addresses.STATUS, Addresses.EDI_STATUS_SUBSCRIPTION)).routeId("edi-shipment-status")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(ediStatusReports, "onStatus");

        from(BrokerConsumers.subscription(Addresses.COST, Addresses.EDI_COST_SUBSCRIPTION)).routeId("edi-freight-invoice")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(ediFreightInvoices, "onPlanCost");
    }
}
