package io.lastmilehub.connectors.spi;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the hub knows of a tenant, beyond a format's own settings, that a mapper may need to read local times.
 *
 * @param tenant       the tenant's id; null for the hub-wide default mappers
 * @param partnerZones the zone a trading partner writes local times in (its partner file's {@code zone}), by the
 *                     source system a mapper names it by (e.g. {@code X12:ZZ:MGCTLYST})
 * @param depotZone    the zone of the tenant's default depot; null when it has none
 * @param erpZone      the zone the tenant's ERP writes its local dates in ({@code lastmile.tenants.<t>.sap.zone});
 *                     null when none is configured
 */
public record TenantContext(String tenant, Function<String, Optional<ZoneId>> partnerZones, ZoneId depotZone,
                            ZoneId erpZone) {

    private static final TenantContext NONE = new TenantContext(null, system -> Optional.empty(), null, null);

    /** No tenant: no partner, depot or ERP zone. */
    public static TenantContext none() {
        return NONE;
    }

    public Optional<ZoneId> depot() {
        return Optional.ofNullable(depotZone);
    }

    public Optional<ZoneId> erp() {
        return Optional.ofNullable(erpZone);
    }
}
