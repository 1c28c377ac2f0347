package io.lastmilehub.hub.trackpage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lastmilehub.model.DeliveryStatus;

import java.time.Instant;
import java.util.List;

/**
 * What the public tracking page shows of one order, and nothing more: no order id, no other stop, the vehicle only
 * near the customer's stop.
 *
 * @param status           the order's status
 * @param destination      the customer's stop (postal code and city only, and where it is)
 * @param timeWindow       the delivery window agreed with the customer, if any
 * @param eta              the live ETA, while the vehicle is on its way
 * @param vehicle          where the vehicle is, once it is within {@code vehicleWithinStops} stops
 * @param stopsBefore      stops the vehicle serves before this one, while it is on its way
 * @param proofOfDelivery  the proof, once delivered
 * @param tiles            map tiles to draw under the map, when configured
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackingView(DeliveryStatus status, Destination destination, Window timeWindow, Window eta,
                           Vehicle vehicle, Integer stopsBefore, Proof proofOfDelivery, Tiles tiles) {

    /** The customer's stop. */
    public record Destination(String place, Double latitude, Double longitude) {
    }

    /** A window of time; for the ETA, {@code expected} is the estimate itself. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Window(Instant start, Instant end, Instant expected) {
    }

    /** The vehicle's last position. */
    public record Vehicle(double latitude, double longitude, Instant at) {
    }

    /** The proof of delivery, its documents as links on the page's own token. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proof(Instant deliveredAt, String recipientName, String signature, List<String> photos) {
    }

    /** Slippy-map tiles. */
    public record Tiles(String url, String attribution) {
    }
}
