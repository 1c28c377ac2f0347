package io.lastmilehub.connectors.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.model.DeliveryOrder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Books shipments with one carrier's REST API ({@link CarrierApiSettings}): POSTs the {@link BookingRequests} JSON
 * with the carrier's credential header and an {@code Idempotency-Key} (the order id, so that a carrier that honours
 * it never books twice when an answer was lost and the call is retried), and reads tracking number and label URL
 * from the answer with the configured JSON pointers.
 */
public final class CarrierApiClient {

    private static final int MAX_ERROR_BODY = 4000;
    private static final int REQUEST_TIMEOUT = 408;
    private static final int TOO_MANY_REQUESTS = 429;

    private final CarrierApiSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public CarrierApiClient(CarrierApiSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Books the order's shipment.
     *
     * @throws CarrierRejectedException    when the carrier refused it (not worth retrying unchanged)
     * @throws CarrierUnavailableException when the carrier could not take it now (worth retrying)
     */
    public Booking book(DeliveryOrder order) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.bookingUri()).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", order.getId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(BookingRequests.of(order, settings.service())));
        if (settings.authHeader() != null && settings.authValue() != null) {
            request.header(settings.authHeader(), settings.authValue());
        }
        HttpResponse<String> response = send(request.build(), order.getId());
        return bookingOf(response, order.getId());
    }

    private HttpResponse<String> send(HttpRequest request, String orderId) {
        String call = "booking of " + orderId + " at " + request.uri();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new CarrierUnavailableException(call + " timed out after " + settings.timeout(), e);
        } catch (IOException e) {
            throw new CarrierUnavailableException(call + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarrierUnavailableException(call + " was interrupted", e);
        }
    }

    private Booking bookingOf(HttpResponse<String> response, String orderId) {
        int status = response.statusCode();
        String body = clip(response.body());
        if (status >= 500 || status == REQUEST_TIMEOUT || status == TOO_MANY_REQUESTS) {
            throw new CarrierUnavailableException("the carrier answered the booking of " + orderId + " with HTTP "
                    + status + ": " + body);
        }
        if (status >= 300) {
            throw new CarrierRejectedException("the carrier refused the booking of " + orderId + " with HTTP "
                    + status + ": " + body, status, body);
        }
        JsonNode answer = parse(response.body(), status, orderId);
        String tracking = text(answer, settings.trackingNumberPointer()).orElseThrow(() ->
                new CarrierRejectedException("the carrier's answer to the booking of " + orderId
                        + " has no tracking number at " + settings.trackingNumberPointer() + ": " + body, status,
                        body));
        String label = settings.labelUrlPointer() == null ? null
                : text(answer, settings.labelUrlPointer()).orElse(null);
        return new Booking(tracking, label);
    }

    private JsonNode parse(String body, int status, String orderId) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new CarrierRejectedException("the carrier's answer to the booking of " + orderId
                    + " is not JSON: " + clip(body), status, clip(body));
        }
    }

    private static Optional<String> text(JsonNode answer, String pointer) {
        JsonNode value = answer == null ? null : answer.at(pointer);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static String clip(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > MAX_ERROR_BODY ? body.substring(0, MAX_ERROR_BODY) + "…" : body;
    }
}
