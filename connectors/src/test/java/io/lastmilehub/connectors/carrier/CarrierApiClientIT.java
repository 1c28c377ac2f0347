package io.lastmilehub.connectors.carrier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.lastmilehub.connectors.support.edi.ManifestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booking call against a carrier played by WireMock on loopback. */
class CarrierApiClientIT {

    private static final WireMockServer CARRIER = new WireMockServer(WireMockConfiguration.options()
            .bindAddress("127.0.0.1").dynamicPort());
    private CarrierApiClient client;

    @BeforeAll
    static void start() {
        CARRIER.start();
    }

    @AfterAll
    static void stop() {
        CARRIER.stop();
    }

    @BeforeEach
    void reset() {
        CARRIER.resetAll();
        client = new CarrierApiClient(new CarrierApiSettings(URI.create(CARRIER.baseUrl() + "/v1/"), "/shipments",
                "Authorization", "Bearer t0ken", "EXPRESS", Duration.ofSeconds(2), Duration.ofSeconds(2),
                "/shipment/trackingNumber", "/label/url"));
    }

    @Test
    void whenTheCarrierBooks_theTrackingNumberAndLabelComeFromThePointers() {
        CARRIER.stubFor(WireMock.post("/v1/shipments").willReturn(aResponse().withStatus(201)
                .withBody("{\"shipment\":{\"trackingNumber\":\"1Z999\"},\"label\":{\"url\":\"https://l.example/1\"}}")));

        Booking booking = client.book(ManifestOrders.withSsccs());

        assertThat(booking).isEqualTo(new Booking("1Z999", "https://l.example/1"));
        CARRIER.verify(postRequestedFor(urlPathEqualTo("/v1/shipments"))
                .withHeader("Authorization", equalTo("Bearer t0ken"))
                .withHeader("Idempotency-Key", equalTo("ord-1001"))
                .withRequestBody(equalToJson("{\"reference\":\"ord-1001\",\"service\":\"EXPRESS\","
                        + "\"customerReference\":\"PO-4711\",\"shipTo\":{\"name\":\"Ana Martin\","
                        + "\"company\":\"Byward Books\",\"line1\":\"55 ByWard Market Sq\",\"line2\":\"Unit 2\","
                        + "\"postalCode\":\"K1N 9C3\",\"city\":\"Ottawa\",\"region\":\"ON\",\"countryCode\":\"CA\","
                        + "\"phone\":\"+1 613 555 0101\",\"email\":\"ana@example.com\"},\"parcels\":["
                        + "{\"id\":\"p1\",\"barcode\":\"354123450000000014\",\"quantity\":1,\"weightKg\":2.5,"
                        + "\"volumeM3\":0.0},{\"id\":\"p2\",\"barcode\":\"354123450000000021\",\"quantity\":1,"
                        + "\"weightKg\":4.25,\"volumeM3\":0.0}]}")));
    }

    @Test
    void whenTheCarrierRefusesTheBooking_itsErrorBodyIsKept() {
        CARRIER.stubFor(WireMock.post("/v1/shipments").willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"postcode K1N 8S7 not served\"}")));

        assertThatThrownBy(() -> client.book(ManifestOrders.looseParcel()))
                .isInstanceOfSatisfying(CarrierRejectedException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(422);
                    assertThat(e.getBody()).contains("postcode K1N 8S7 not served");
                }).hasMessageContaining("HTTP 422");
    }

    @Test
    void whenTheCarrierFailsThrottlesOrIsSlow_theBookingIsWorthRetrying() {
        CARRIER.stubFor(WireMock.post("/v1/shipments").willReturn(aResponse().withStatus(503).withBody("down")));
        assertThatThrownBy(() -> client.book(ManifestOrders.looseParcel()))
                .isInstanceOf(CarrierUnavailableException.class).hasMessageContaining("HTTP 503: down");

        CARRIER.stubFor(WireMock.post("/v1/shipments").willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> client.book(ManifestOrders.looseParcel()))
                .isInstanceOf(CarrierUnavailableException.class);

        CARRIER.stubFor(WireMock.post("/v1/shipments").willReturn(aResponse().withStatus(201)
                .withFixedDelay(4000).withBody("{}")));
        assertThatThrownBy(() -> client.book(ManifestOrders.looseParcel()))
                .isInstanceOf(CarrierUnavailableException.class).hasMessageContaining("timed out after PT2S");
    }

    @Test
    void whenTheAnswerLacksATrackingNumber_theBookingIsRefusedNotRetried() {
        CARRIER.stubFor(WireMock.post("/v1/shipments").willReturn(aResponse().withStatus(200)
                .withBody("{\"shipment\":{}}")));

        assertThatThrownBy(() -> client.book(ManifestOrders.looseParcel()))
                .isInstanceOf(CarrierRejectedException.class)
                .hasMessageContaining("no tracking number at /shipment/trackingNumber");
    }
}
