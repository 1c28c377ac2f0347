package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.CarrierApiClient;
import io.lastmilehub.connectors.carrier.CarrierStatusCodes;
import io.lastmilehub.connectors.carrier.WebhookFields;
import io.lastmilehub.connectors.carrier.WebhookSignature;

import java.util.Optional;

/** A configured carrier with the clients its configuration makes, built once at start-up. */
public final class Carrier {

    private final String id;
    private final CarrierConfig config;
    private final CarrierApiClient api;
    private final WebhookSignature signature;
    private final CarrierStatusCodes statusCodes;

    Carrier(String id, CarrierConfig config) {
        this.id = id;
        this.config = config;
        this.api = config.api() == null ? null : new CarrierApiClient(config.api().settings());
        this.signature = config.webhook() == null ? null : new WebhookSignature(config.webhook().secret(),
                config.webhook().tolerance());
        this.statusCodes = config.webhook() == null ? null : new CarrierStatusCodes(config.webhook().statusCodes());
    }

    /** The carrier's id: its file name without {@code .yaml}. */
    public String id() {
        return id;
    }

    public String tenant() {
        return config.tenant();
    }

    public CarrierConfig config() {
        return config;
    }

    /** Whether a plan that puts an order on this vehicle gives it to the carrier. */
    public boolean carries(String vehicleId) {
        return config.carries().vehicleIds().contains(vehicleId);
    }

    /** The booking client, when the carrier has an API. */
    public Optional<CarrierApiClient> api() {
        return Optional.ofNullable(api);
    }

    /** Whether the hub books the carrier's shipments over its API. */
    public boolean books() {
        return api != null;
    }

    /** The webhook signature check, when the carrier sends webhooks. */
    public Optional<WebhookSignature> webhookSignature() {
        return Optional.ofNullable(signature);
    }

    public CarrierStatusCodes statusCodes() {
        return statusCodes;
    }

    public WebhookFields webhookFields() {
        return config.webhook().fields().pointers();
    }
}
