package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.Depot;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What a tenant's inbound mappers may know of it: its trading partners' zones (partner files), its default depot's
 * zone (fleet file) and its SAP system's zone ({@code sap.zone}), for dates and times that name no zone.
 */
@Component
public class TenantContexts {

    private final HubProperties properties;
    private final PartnerZones partners;
    private final FleetRegistry fleets;

    public TenantContexts(HubProperties properties, PartnerZones partners, FleetRegistry fleets) {
        this.properties = properties;
        this.partners = partners;
        this.fleets = fleets;
    }

    public TenantContext of(String tenant) {
        HubProperties.Tenant settings = properties.tenants().get(tenant);
        return new TenantContext(tenant,
                system -> partners.localZone(tenant, system),
                depotZone(tenant, settings.defaultDepot()).orElse(null),
                settings.sap() == null ? null : settings.sap().zone());
    }

    private Optional<ZoneId> depotZone(String tenant, String depot) {
        return Optional.ofNullable(depot).flatMap(id -> fleets.fleetOf(tenant).depot(id)).map(Depot::getZoneId)
                .map(ZoneId::of);
    }
}
