package io.lastmilehub.hub.edi;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts one delivery route per trading partner, from the route template its partner file names under
 * {@code transport} ({@code edi-outbound}, {@code sftp-upload}...), with {@code partner} set to the partner id and
 * the file's other parameters: one partner is one file, no route YAML to add. Runs once the YAML templates are
 * loaded; a template that does not exist stops the start-up naming the partner.
 */
@Component
public class PartnerTransports implements CamelContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerTransports.class);

    private final TradingPartners partners;

    public PartnerTransports(TradingPartners partners) {
        this.partners = partners;
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {
        // the templates are loaded with the YAML routes, during the start
    }

    @Override
    public void afterApplicationStart(CamelContext context) {
        for (TradingPartner partner : partners.all()) {
            TradingPartner.Transport transport = partner.transport();
            if (transport == null) {
                continue;
            }
            if (((ModelCamelContext) context).getRouteTemplateDefinition(transport.template()) == null) {
                throw new IllegalStateException("config/partners/" + partner.id() + ".yaml: transport.template: no "
                        + "route template '" + transport.template() + "' in config/routes");
            }
            TemplatedRouteBuilder route = TemplatedRouteBuilder.builder(context, transport.template())
                    .routeId(transport.template() + "-" + partner.id())
                    .parameter("partner", partner.id());
            transport.parameters().forEach(route::parameter);
            LOG.info("Partner {} delivers over route {}", partner.id(), route.add());
        }
    }
}
