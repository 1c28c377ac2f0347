package io.lastmilehub.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** A number no double holds (1e999 in JSON or YAML, read as infinity) and NaN are refused naming their field. */
class FiniteNumbersTest {

    private static final String REASON = "must be a finite number";

    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NaN})
    void whenAFleetFigureIsNotFinite_itShouldNameItsPathFromTheVehicle(double figure) {
        VehicleCosts costs = VehicleCosts.builder().perKm(figure).currency("EUR").buildUnvalidated();
        Vehicle.VehicleBuilder vehicle = Vehicle.builder().id("van-1").type(VehicleType.VAN).depotId("BER-1")
                .capacity(Capacity.builder().weightKg(800).build()).speedKmh(figure).costs(costs);

        assertThatThrownBy(vehicle::build)
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .asInstanceOf(list(ModelViolation.class))
                .contains(new ModelViolation("speedKmh", REASON), new ModelViolation("costs.perKm", REASON));
    }

    @Test
    void whenAMeasurementWithoutBoundsIsInfinite_itShouldBeRefused() {
        TrackingPosition.TrackingPositionBuilder position = TrackingPosition.builder().deviceId("phone-1")
                .time(Instant.parse("2026-12-06T10:00:00Z")).location(GeoPoint.builder().latitude(52.5).longitude(13.4).build())
                .headingDeg(Double.NEGATIVE_INFINITY);

        assertThatThrownBy(position::build)
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .isEqualTo(List.of(new ModelViolation("headingDeg", REASON)));
    }

    @Test
    void whenAFieldHasAnUpperBound_itsBoundsShouldGiveTheReasons() {
        assertThatThrownBy(() -> Parcel.builder().id("1").quantity(1).weightKg(Double.NaN).build())
                .asInstanceOf(type(InvalidModelException.class))
                .extracting(InvalidModelException::getViolations)
                .asInstanceOf(list(ModelViolation.class))
                .containsExactlyInAnyOrder(new ModelViolation("weightKg", "must be greater than or equal to 0"),
                        new ModelViolation("weightKg", "must be less than or equal to 100000"));
    }

    @Test
    void everyModelClassWithANumberShouldRefuseTheOnesThatAreNotFinite() throws Exception {
        List<Class<?>> withNumbers = modelClasses().stream()
                .filter(type -> Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.getType() == double.class || field.getType() == Double.class))
                .toList();

        assertThat(withNumbers).isNotEmpty().allSatisfy(type -> assertThat(type)
                .as(type.getSimpleName()).hasAnnotation(FiniteNumbers.class));
    }

    private static List<Class<?>> modelClasses() throws URISyntaxException {
        File directory = new File(Objects.requireNonNull(Vehicle.class.getResource("Vehicle.class")).toURI())
                .getParentFile();
        return Arrays.stream(Objects.requireNonNull(directory.list((dir, name) -> name.endsWith(".class")
                        && !name.contains("$"))))
                .map(name -> load("io.lastmilehub.model." + name.replace(".class", "")))
                .<Class<?>>map(type -> type)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
