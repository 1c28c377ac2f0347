package io.lastmilehub.connectors.canonical;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

    @Test
    void whenWritten_instantsShouldBeIsoTextAndEmptyValuesLeftOut() {
        String json = CanonicalJson.toJson(ModelFixtures.deliveryOrder().toBuilder().instructions("")
                .clearRequiredSkills().build());

        assertThat(json).contains("\"receivedAt\":\"2025-03-13T17:45:12.345Z\"", "\"amount\":129.90")
                .doesNotContain("\"instructions\"", "\"requiredSkills\"", "null");
    }

    @Test
    void whenReadBack_documentsShouldBeEqual() throws Exception {
        Plan plan = ModelFixtures.plan();
        DeliveryOrder order = ModelFixtures.deliveryOrder();

        assertThat(CanonicalJson.fromJson(CanonicalJson.toJsonBytes(plan), Plan.class)).isEqualTo(plan);
        assertThat(CanonicalJson.fromJson(CanonicalJson.toJsonBytes(order), DeliveryOrder.class)).isEqualTo(order);
    }

    @Test
    void whenAPropertyIsUnknown_readingShouldFailNamingIt() {
        byte[] json = "{\"tenant\": \"acme\", \"tenantt\": \"acme\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CanonicalJson.fromJson(json, DeliveryOrder.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .satisfies(e -> assertThat(((UnrecognizedPropertyException) e).getPropertyName()).isEqualTo("tenantt"));
    }

    @Test
    void newMapper_shouldBeIndependentOfTheSharedOne() {
        assertThat(CanonicalJson.newMapper()).isNotSameAs(CanonicalJson.newMapper());
        assertThat(CanonicalJson.newMapper().getRegisteredModuleIds()).isNotEmpty();
    }
}
