package io.lastmilehub.hub.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The fleet API of tenant "fleet", whose fleet file (config/fleet/demo.yaml) seeded the store at start-up. */
class FleetApiIT extends HubIntegrationTest {

    private static final String VEHICLES = "/api/v1/fleet/vehicles";
    private static final String DRIVERS = "/api/v1/fleet/drivers";

    @Autowired
    private ObjectMapper json;

    @Test
    void theSeededFleetShouldBeTheFleetFilesInItsOrderValidSinceEver() throws Exception {
        JsonNode vehicles = json.readTree(get(VEHICLES, FLEET_KEY).getBody());

        assertThat(vehicles.findValuesAsText("id")).containsSubsequence("van-1", "van-2", "cargo-bike-1",
                "courier-1");
        JsonNode van = vehicles.get(0);
        assertThat(van.path("item").path("zeroEmission").asBoolean()).isTrue();
        assertThat(van.path("source").asText()).isEqualTo("FILE");
        assertThat(van.path("changedBy").asText()).isEqualTo("file:fleet/demo.yaml");
        assertThat(Instant.parse(van.path("validFrom").asText())).isEqualTo(Instant.EPOCH);
        assertThat(json.readTree(get(DRIVERS, FLEET_KEY).getBody()).findValuesAsText("id")).contains("drv-ana");
        assertThat(json.readTree(get(VEHICLES + "?asOf=1970-01-01T00:00Z", FLEET_KEY).getBody())
                .findValuesAsText("id")).contains("van-1");
        assertThat(json.readTree(get(VEHICLES + "?asOf=1969-12-31T23:59Z", FLEET_KEY).getBody())).isEmpty();
    }

    @Test
    void aChangeShouldBeANewVersionAndTheOldOneStillAnswerForItsTime() throws Exception {
        assertThat(post(VEHICLES, FLEET_KEY, vehicle("ebike-7", "E_BIKE", 30)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Instant first = Instant.parse(entry("ebike-7", null).path("validFrom").asText());

        ResponseEntity<String> changed = putJson(VEHICLES + "/ebike-7", FLEET_KEY, vehicle("ebike-7", "E_BIKE", 45));

        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(changed.getBody()).path("version").asInt()).isEqualTo(2);
        assertThat(json.readTree(changed.getBody()).path("changedBy").asText()).isEqualTo("api:fleet");
        assertThat(entry("ebike-7", null).path("item").path("capacity").path("weightKg").asInt()).isEqualTo(45);
        assertThat(entry("ebike-7", first).path("item").path("capacity").path("weightKg").asInt()).isEqualTo(30);
        assertThat(entry("ebike-7", first).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void retiringShouldEndTheVehicleNowAndKeepItInThePast() throws Exception {
        post(VEHICLES, FLEET_KEY, vehicle("van-9", "VAN", 800));
        Instant before = Instant.parse(entry("van-9", null).path("validFrom").asText());

        assertThat(delete(VEHICLES + "/van-9", FLEET_KEY).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(get(VEHICLES + "/van-9", FLEET_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(get(VEHICLES, FLEET_KEY).getBody()).findValuesAsText("id")).doesNotContain("van-9");
        assertThat(json.readTree(get(VEHICLES + "?asOf=" + before, FLEET_KEY).getBody()).findValuesAsText("id"))
                .contains("van-9");
        assertThat(delete(VEHICLES + "/van-9", FLEET_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(VEHICLES, FLEET_KEY, vehicle("van-9", "VAN", 800)).getStatusCode())
                .as("a retired vehicle may come back").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anInvalidVehicleShouldBeRefusedNamingEachField() throws Exception {
        ResponseEntity<String> answer = post(VEHICLES, FLEET_KEY, "{\"id\":\"bad-1\",\"depotId\":\"nowhere\","
                + "\"capacity\":{\"weightKg\":-1}}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(answer.getBody());
        assertThat(error.path("error").asText()).isEqualTo("invalid_message");
        assertThat(error.path("violations").findValuesAsText("field")).contains("type", "capacity.weightKg",
                "depotId");
        assertThat(post(VEHICLES, FLEET_KEY, vehicle("van-1", "VAN", 900)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> otherId = putJson(VEHICLES + "/van-2", FLEET_KEY, vehicle("van-3", "VAN", 900));
        assertThat(json.readTree(otherId.getBody()).path("violations").findValuesAsText("field")).containsExactly("id");
        ResponseEntity<String> asOf = get(VEHICLES + "?asOf=yesterday", FLEET_KEY);
        assertThat(asOf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(asOf.getBody()).path("violations").findValuesAsText("field")).containsExactly("asOf");
    }

    @Test
    void aFigureNoNumberHoldsShouldBeRefusedNamingItsField() throws Exception {
        // Jackson reads 1e999 as infinity, which passes a lower bound
        ResponseEntity<String> answer = post(VEHICLES, FLEET_KEY, "{\"id\":\"van-inf\",\"type\":\"VAN\","
                + "\"depotId\":\"ottawa\",\"capacity\":{\"weightKg\":900},\"speedKmh\":1e999,"
                + "\"costs\":{\"perKm\":1e999,\"currency\":\"CAD\"}}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(answer.getBody());
        assertThat(error.path("violations").findValuesAsText("field")).containsExactlyInAnyOrder("speedKmh",
                "costs.perKm");
        assertThat(error.path("violations").findValuesAsText("reason")).containsOnly("must be a finite number");
        assertThat(get(VEHICLES + "/van-inf", FLEET_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDriverShouldDriveAVehicleOfTheFleetThatNoOtherDriverDrives() throws Exception {
        ResponseEntity<String> taken = post(DRIVERS, FLEET_KEY, "{\"id\":\"drv-bo\",\"vehicleId\":\"van-1\"}");
        ResponseEntity<String> unknown = post(DRIVERS, FLEET_KEY, "{\"id\":\"drv-bo\",\"vehicleId\":\"van-77\"}");

        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taken.getBody()).contains("vehicleId", "driven by drv-ana");
        assertThat(json.readTree(unknown.getBody()).path("violations").findValuesAsText("field"))
                .containsExactly("vehicleId");
        assertThat(post(DRIVERS, FLEET_KEY, "{\"id\":\"drv-bo\",\"name\":\"Bo Lind\",\"vehicleId\":\"van-2\","
                + "\"shift\":{\"start\":\"08:00\",\"end\":\"16:00\"}}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> availability = putJson(DRIVERS + "/drv-bo/availability", FLEET_KEY,
                "{\"workingDays\":[\"MONDAY\",\"TUESDAY\"],\"daysOff\":[\"2026-12-22\"]}");
        assertThat(availability.getStatusCode()).as(availability.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(get(DRIVERS + "/drv-bo/availability", FLEET_KEY).getBody()).contains("2026-12-22", "MONDAY")
                .doesNotContain("FRIDAY");
    }

    @Test
    void anotherTenantShouldFindNoneOfIt() throws Exception {
        post(VEHICLES, FLEET_KEY, vehicle("robot-5", "DELIVERY_ROBOT", 20));

        assertThat(get(VEHICLES + "/robot-5", OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(get(VEHICLES, OTHER_KEY).getBody())).isEmpty();
        assertThat(putJson(VEHICLES + "/robot-5", OTHER_KEY, vehicle("robot-5", "DELIVERY_ROBOT", 20))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete(VEHICLES + "/robot-5", OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(DRIVERS + "/drv-ana", OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(VEHICLES + "/robot-5", FLEET_KEY).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode entry(String id, Instant asOf) throws Exception {
        ResponseEntity<String> answer = get(VEHICLES + "/" + id + (asOf == null ? "" : "?asOf=" + asOf), FLEET_KEY);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> post(String path, String key, String body) {
        return post(path, key, body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> delete(String path, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers), String.class);
    }

    private static String vehicle(String id, String type, int weightKg) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"depotId\":\"ottawa\",\"capacity\":{\"weightKg\":"
                + weightKg + "},\"costs\":{\"currency\":\"CAD\"}}";
    }
}
