package io.lastmilehub.model;

import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The builders refuse to build what breaks a constraint and say which field and why.
 */
class BuilderValidationTest {

    private static final String COUNTRY_REASON = "must be an ISO 3166-1 alpha-2 code such as DE or US";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void whenTheTenantIsMissingOrBlank_itShouldNameTheTenant(String tenant) {
        assertThatThrownBy(() -> ModelFixtures.deliveryOrder().toBuilder().tenant(tenant).build())
                .hasMessage("DeliveryOrder is invalid: tenant: must not be blank")
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("tenant", "must not be blank")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "DEU", "Germany", "D"})
    void whenTheCountryIsNotAnUpperCaseAlpha2Code_itShouldNameTheCountryCode(String country) {
        assertThatThrownBy(() -> ModelFixtures.shipTo().getAddress().toBuilder().countryCode(country).build())
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("countryCode", COUNTRY_REASON)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, 1e300, 100_001})
    void whenAWeightIsBeyondAnyTruck_itShouldNameTheWeight(double weightKg) {
        assertThatThrownBy(() -> Parcel.builder().id("1").quantity(1).weightKg(weightKg).build())
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("weightKg", "must be less than or equal to 100000")));
    }

    @Test
    void whenANestedValueIsInvalid_itShouldNameItsPathFromTheOrder() {
        Address unchecked = ModelFixtures.shipTo().getAddress().toBuilder().countryCode("Germany").buildUnvalidated();
        Party shipTo = ModelFixtures.shipTo().toBuilder().address(unchecked).buildUnvalidated();

        assertThatThrownBy(() -> ModelFixtures.deliveryOrder().toBuilder().shipTo(shipTo).build())
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("shipTo.address.countryCode", COUNTRY_REASON)));
    }

    @Test
    void whenATimeWindowEndsBeforeItStarts_itShouldSayWhich() {
        TimeWindow.TimeWindowBuilder backwards = TimeWindow.builder()
                .start(Instant.parse("2025-03-14T12:00:00Z")).end(Instant.parse("2025-03-14T09:00:00Z"));

        assertThatThrownBy(backwards::build)
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("ordered", "end must not be before start")));
        assertThatThrownBy(() -> ModelFixtures.deliveryOrder().toBuilder().clearTimeWindows()
                .timeWindow(backwards.buildUnvalidated()).build())
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(
                        new ModelViolation("timeWindows[0].ordered", "end must not be before start")));
    }

    @Test
    void whenAProofNamesACompartmentButNoLocker_itShouldSaySo() {
        assertThatThrownBy(() -> ModelFixtures.proofOfDelivery().toBuilder().lockerId(null).build())
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("compartmentOfALocker", "a compartment needs its lockerId")));
    }

    @Test
    void whenSeveralFieldsAreInvalid_itShouldNameEachSortedByPath() {
        DeliveryOrder.DeliveryOrderBuilder order = ModelFixtures.deliveryOrder().toBuilder()
                .tenant(null)
                .source(null)
                .parcel(Parcel.builder().id("3").quantity(0).weightKg(-1).buildUnvalidated());

        assertThatThrownBy(order::build)
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(
                        new ModelViolation("parcels[2].quantity", "must be greater than or equal to 1"),
                        new ModelViolation("parcels[2].weightKg", "must be greater than or equal to 0"),
                        new ModelViolation("source", "must not be null"),
                        new ModelViolation("tenant", "must not be blank")));
    }

    @Test
    void whenEverythingIsValid_itShouldBuild() {
        assertThat(ModelFixtures.deliveryOrder().totalWeightKg()).isEqualTo(44.0);
        assertThat(ModelValidator.violationsOf(ModelFixtures.plan())).isEmpty();
    }
}
