package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.edi.LocalZones;
import io.lastmilehub.connectors.edifact.EdifactInboundMapper;
import io.lastmilehub.connectors.sap.IdocInboundMapper;
import io.lastmilehub.connectors.sap.IdocSettings;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.x12.X12InboundMapper;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.Depot;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's X12, EDIFACT and IDoc mappers, which read dates and times that name no zone as local times: in the
 * sender's zone (the partner file's {@code zone}; the tenant's {@code sap.zone} for IDocs), else the zone of the
 * place they are for, else the zone of the tenant's default depot, else UTC.
 */
@Component
public class LocalTimeMappers {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final HubProperties properties;
    private final TradingPartners partners;
    private final FleetRegistry fleets;

    public LocalTimeMappers(HubProperties properties, TradingPartners partners, FleetRegistry fleets) {
        this.properties = properties;
        this.partners = partners;
        this.fleets = fleets;
    }

    /** The tenant's mappers of the formats x12, edifact and idoc. */
    public List<InboundMapper> of(String tenant) {
        Optional<ZoneId> depot = depotZone(tenant);
        LocalZones zones = new LocalZones(
                system -> partners.bySender(tenant, system).flatMap(TradingPartner::localZone), depot.orElse(null));
        IdocSettings idoc = IdocSettings.defaults().withDefaultZone(depot.orElse(UTC));
        HubProperties.Sap sap = properties.tenants().get(tenant).sap();
        if (sap != null && sap.zone() != null) {
            idoc = idoc.withSenderZone(IdocSettings.ANY_SENDER, sap.zone());
        }
        return List.of(new X12InboundMapper(zones), new EdifactInboundMapper(zones), new IdocInboundMapper(idoc));
    }

    private Optional<ZoneId> depotZone(String tenant) {
        String depot = properties.tenants().get(tenant).defaultDepot();
        return Optional.ofNullable(depot).flatMap(id -> fleets.fleetOf(tenant).depot(id)).map(Depot::getZoneId)
                .map(ZoneId::of);
    }
}
