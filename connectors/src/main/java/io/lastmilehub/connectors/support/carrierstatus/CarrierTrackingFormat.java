package io.lastmilehub.connectors.support.carrierstatus;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The factory of a carrier tracking format: its name, the shared settings ({@link CarrierTrackingSettings}) and
 * a mapper made from the tenant's status table and scan-time zones.
 */
public abstract class CarrierTrackingFormat implements InboundFormat {

    private final String name;
    private final String carrier;
    private final Map<String, String> documentedCodes;
    private final BiFunction<StatusCodeTable, ScanTimes, InboundMapper> mapper;

    /**
     * @param name            the format's name on the contract
     * @param carrier         the carrier's name in errors
     * @param documentedCodes the carrier's documented codes and their meaning (see {@link StatusCodeTable})
     * @param mapper          makes the mapper from the tenant's table and scan times
     */
    protected CarrierTrackingFormat(String name, String carrier, Map<String, String> documentedCodes,
                                    BiFunction<StatusCodeTable, ScanTimes, InboundMapper> mapper) {
        this.name = name;
        this.carrier = carrier;
        this.documentedCodes = documentedCodes;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return CarrierTrackingSettings.ALL;
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        ZoneId zone = settings.get(CarrierTrackingSettings.ZONE);
        return mapper(new StatusCodeTable(carrier, documentedCodes,
                settings.get(CarrierTrackingSettings.STATUS_CODES)),
                new ScanTimes(zone != null ? zone : tenant.depotZone()), settings);
    }

    /**
     * The tenant's mapper, from its status table, scan times and settings: the constructor's factory, unless the
     * format has settings of its own (declared in an override of {@link #settings()}).
     */
    protected InboundMapper mapper(StatusCodeTable statuses, ScanTimes times, ConnectorSettings settings) {
        return mapper.apply(statuses, times);
    }
}
