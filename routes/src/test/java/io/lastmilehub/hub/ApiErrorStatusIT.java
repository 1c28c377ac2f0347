package io.lastmilehub.hub;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that passed its security chain and then failed in Spring MVC is answered with its own status: the error
 * dispatch that renders it used to meet the closed catch-all chain and turn every such failure into a bare 403.
 */
class ApiErrorStatusIT extends HubIntegrationTest {

    @Test
    void aRequestTheApiCannotServe_isAnsweredWithItsOwnStatus() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);

        ResponseEntity<String> wrongMethod = http.exchange("/api/v1/dead-letters", HttpMethod.DELETE,
                new HttpEntity<>(headers), String.class);

        assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(wrongMethod.getBody()).contains("\"error\":\"method_not_allowed\"");
    }

    @Test
    void theErrorPageItself_staysClosed() {
        assertThat(get("/error", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
