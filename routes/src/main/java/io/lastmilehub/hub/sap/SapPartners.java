package io.lastmilehub.hub.sap;

import io.lastmilehub.connectors.sap.outbound.SapOutboundSettings;
import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/** The SAP partner settings of each tenant that has an SAP system configured. */
@Component
public class SapPartners {

    private final HubProperties properties;

    public SapPartners(HubProperties properties) {
        this.properties = properties;
    }

    /** How the hub addresses the tenant's SAP system; empty when the tenant has none. */
    public Optional<SapOutboundSettings> of(String tenant) {
        HubProperties.Tenant settings = properties.tenants().get(tenant);
        if (settings == null || settings.sap() == null || !settings.sap().receivesIdocs()) {
            return Optional.empty();
        }
        HubProperties.Sap sap = settings.sap();
        SapOutboundSettings partner = SapOutboundSettings.defaults()
                .withHub(sap.hubLogicalSystem(), sap.hubPort())
                .withSapPartner(sap.partnerType(), sap.partnerNumber(), sap.port())
                .withSapZone(sap.zone() == null ? ZoneId.of("UTC") : sap.zone());
        return Optional.of(sap.client() == null ? partner : partner.withSapClient(sap.client()));
    }
}
