package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DispatchRuleBookTest {

    @Test
    void aTierThatIsNotOwnContractorOrACarrierStopsTheHubNamingItsPlace() {
        assertThatThrownBy(() -> ruleBook("own", "subcontractor"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lastmile.tenants.acme.dispatch.tiers[1]")
                .hasMessageContaining("'subcontractor' is not own, contractor or carrier:<id>");
        assertThatThrownBy(() -> ruleBook("own", "carrier:"))
                .hasMessageContaining("lastmile.tenants.acme.dispatch.tiers[1]");
    }

    @Test
    void ownContractorAndACarrierOrACarrierAloneAreRules() {
        assertThatCode(() -> ruleBook("own", "contractor", "carrier:courier-3pl")).doesNotThrowAnyException();
        assertThatCode(() -> ruleBook("carrier: courier-3pl")).doesNotThrowAnyException();
    }

    private static DispatchRuleBook ruleBook(String... tiers) {
        HubProperties.Tenant acme = new HubProperties.Tenant(List.of("key"), "d", null, null, null, List.of(), null,
                null, null, new HubProperties.Dispatch(List.of(tiers), 5, 3), null);
        HubProperties properties = new HubProperties("./data", "config", Map.of("acme", acme), null, null, null,
                null);
        return new DispatchRuleBook(properties, new PlanningEngines(properties, Clock.systemUTC()));
    }
}
