package io.lastmilehub.connectors.easypost;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingFormat;
import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingSettings;
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;
import io.lastmilehub.connectors.support.carrierstatus.StatusCodeTable;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Format {@code easypost}: EasyPost's tracker webhooks and Tracker objects. Its statuses, after EasyPost's "Tracker"
 * page: {@code in_transit} DISPATCHED, {@code out_for_delivery} OUT_FOR_DELIVERY, {@code delivered} DELIVERED,
 * {@code return_to_sender} RETURNED, {@code failure} and {@code error} EXCEPTION, {@code cancelled} EXCEPTION (the
 * label was cancelled, the delivery was not: somebody has to look); {@code unknown}, {@code pre_transit} (a label,
 * not yet the parcel) and {@code available_for_pickup} (the model has no status for a parcel waiting at a pickup
 * point) move nothing. With the tenant's {@code webhook-secret}, webhooks must carry a valid
 * {@code X-Hmac-Signature} ({@link EasyPostSignature}).
 */
public final class EasyPostFormat extends CarrierTrackingFormat {

    static final Map<String, String> STATUSES = Map.of(
            "unknown", "NONE",
            "pre_transit", "NONE",
            "in_transit", "DISPATCHED",
            "out_for_delivery", "OUT_FOR_DELIVERY",
            "delivered", "DELIVERED",
            "available_for_pickup", "NONE",
            "return_to_sender", "RETURNED",
            "failure", "EXCEPTION",
            "cancelled", "EXCEPTION",
            "error", "EXCEPTION");

    static final ConnectorSetting<String> WEBHOOK_SECRET = ConnectorSetting.text("webhook-secret", null,
            "the webhook_secret given to EasyPost when the webhook was created; with it, every webhook Event must "
                    + "carry a valid X-Hmac-Signature and any signed message is checked; without it, none is "
                    + "(the tenant's API key is)");

    public EasyPostFormat() {
        super(EasyPostTrackerMapper.FORMAT, "EasyPost", STATUSES, EasyPostTrackerMapper::new);
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return Stream.concat(CarrierTrackingSettings.ALL.stream(), Stream.of(WEBHOOK_SECRET)).toList();
    }

    @Override
    protected InboundMapper mapper(StatusCodeTable statuses, ScanTimes times, ConnectorSettings settings) {
        return new EasyPostTrackerMapper(statuses, times, new EasyPostSignature(settings.get(WEBHOOK_SECRET)));
    }
}
