package io.lastmilehub.hub.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoadRouterPropertiesTest {

    private static final String ROUTER = "lastmile.tenants.demo.planning.road-router.";

    @Test
    void whenOnlyTheUrlIsSet_itShouldWaitThirtySecondsAndAskTablesOfOsrmsDefaultSize() {
        HubProperties.RoadRouter router = BoundProperties.of(Map.of(ROUTER + "url", "http://osrm.internal:5000"))
                .tenants().get("demo").planning().roadRouter();

        assertThat(router.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(router.maxTableSize()).isEqualTo(100);
    }

    @Test
    void whenTheMaxTableSizeIsBelowTwo_bindingShouldFailNamingTheKeyAndTheReason() {
        assertThatThrownBy(() -> BoundProperties.of(Map.of(ROUTER + "url", "http://osrm.internal:5000",
                ROUTER + "max-table-size", "1")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("lastmile.tenants.demo.planning.road-router")
                .rootCause().hasMessage("planning.road-router.max-table-size must be at least 2 (the server's "
                        + "--max-table-size, OSRM's default 100), was 1");
    }
}
