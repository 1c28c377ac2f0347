package io.lastmilehub.connectors.support.carrierstatus;

import io.lastmilehub.connectors.spi.ConnectorSetting;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The settings every carrier tracking format declares. */
public final class CarrierTrackingSettings {

    /** Codes the tenant's carrier account sends beyond the documented ones, or with another meaning. */
    public static final ConnectorSetting<Map<String, String>> STATUS_CODES = ConnectorSetting.table("status-codes",
            "status codes beyond the documented ones, or meaning something else for this tenant's account: code: "
                    + "STATUS, STATUS/REASON or NONE (moves nothing), e.g. '14: FAILED_ATTEMPT/RECIPIENT_ABSENT'");

    /** The zone of scan times without offset whose scan location names no country. */
    public static final ConnectorSetting<ZoneId> ZONE = ConnectorSetting.zone("zone", null,
            "time zone of scan times without offset whose scan location names no country (or a country with "
                    + "several zones and no state); without it, the tenant's default depot's zone");

    /** Both, in the order the configuration reference lists them. */
    public static final List<ConnectorSetting<?>> ALL = List.of(ZONE, STATUS_CODES);

    private CarrierTrackingSettings() {
    }
}
