package io.lastmilehub.connectors.carrier;

import java.net.URI;
import java.time.Duration;

/**
 * How the hub books shipments with a carrier's REST API: a generic JSON shape, so that one adapter serves any carrier
 * whose booking call is "POST a shipment, get a tracking number and a label back".
 *
 * @param baseUrl               the API, e.g. {@code https://api.carrier.example/v1}
 * @param bookingPath           path of the booking call under the base URL, e.g. {@code /shipments}
 * @param authHeader            header carrying the credential, e.g. {@code Authorization} or {@code X-Api-Key}
 * @param authValue             its value, e.g. {@code Bearer <token>}; never logged
 * @param service               the carrier's service code sent with each booking, e.g. {@code EXPRESS}
 * @param connectTimeout        how long to wait for the connection
 * @param timeout               how long to wait for the answer; a later one fails the call, which is retried
 * @param trackingNumberPointer JSON pointer to the tracking number in the answer, e.g. {@code /trackingNumber}
 * @param labelUrlPointer       JSON pointer to the label's URL in the answer, e.g. {@code /label/url}
 */
public record CarrierApiSettings(URI baseUrl, String bookingPath, String authHeader, String authValue, String service,
                                 Duration connectTimeout, Duration timeout, String trackingNumberPointer,
                                 String labelUrlPointer) {

    /** The booking call's address. */
    public URI bookingUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + bookingPath);
    }
}
