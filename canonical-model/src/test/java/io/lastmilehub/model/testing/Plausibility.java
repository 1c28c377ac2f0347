package io.lastmilehub.model.testing;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ModelValidator;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.TrackingPosition;
import org.assertj.core.api.SoftAssertions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shared base check for everything that produces canonical documents (mappers, decoders, the planner), in the
 * spirit of Traccar's protocol tests: whatever a test decodes must look like real data, not merely satisfy the
 * constraints. Each {@code assertPlausible} first requires the document to satisfy its Jakarta Validation
 * constraints, then checks what the constraints cannot: ids not blank, coordinates in range and not 0/0, times
 * between 2000 and 2100, amounts and sizes finite and non-negative, stops in order. All problems are reported at
 * once, each described by its field path.
 */
public final class Plausibility {

    /** Earliest plausible time of anything the hub handles. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** Latest plausible time; later ones are typos or unit mix-ups (milliseconds read as seconds). */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final double MAX_SPEED_KMH = 300;

    private Plausibility() {
    }

    /** Asserts that an order is valid and plausible. */
    public static void assertPlausible(DeliveryOrder order) {
        SoftAssertions.assertSoftly(softly -> new Checker(softly).order(order, "order"));
    }

    /** Asserts that every order of a batch is valid and plausible; paths name the order by its index. */
    public static void assertAllPlausible(List<DeliveryOrder> orders) {
        SoftAssertions.assertSoftly(softly -> {
            Checker checker = new Checker(softly);
            for (int i = 0; i < orders.size(); i++) {
                checker.order(orders.get(i), "orders[" + i + "]");
            }
        });
    }

    /** Asserts that a plan is valid and plausible: stops numbered from 1, ETAs never going back. */
    public static void assertPlausible(Plan plan) {
        SoftAssertions.assertSoftly(softly -> new Checker(softly).plan(plan));
    }

    /** Asserts that a cost summary is valid and plausible. */
    public static void assertPlausible(CostSummary cost) {
        SoftAssertions.assertSoftly(softly -> new Checker(softly).cost(cost, "cost"));
    }

    /** Asserts that a status event is valid and plausible; failed attempts and exceptions need a reason. */
    public static void assertPlausible(DeliveryStatusEvent event) {
        SoftAssertions.assertSoftly(softly -> new Checker(softly).statusEvent(event));
    }

    /** Asserts that a proof of delivery is valid and plausible. */
    public static void assertPlausible(ProofOfDelivery pod) {
        SoftAssertions.assertSoftly(softly -> new Checker(softly).proofOfDelivery(pod));
    }

    /** Asserts that a position is valid and plausible: a real fix, a sane speed, heading and battery level. */
    public static void assertPlausible(TrackingPosition position) {
        SoftAssertions.assertSoftly(softly -> new Checker(softly).trackingPosition(position));
    }

    /** The checks, each reporting into one set of soft assertions. */
    private static final class Checker {

        private final SoftAssertions softly;

        Checker(SoftAssertions softly) {
            this.softly = softly;
        }

        void order(DeliveryOrder order, String path) {
            softly.assertThat(order).as(path).isNotNull();
            if (order == null) {
                return;
            }
            constraints(order, path);
            text(order.getSchemaVersion(), path + ".schemaVersion");
            text(order.getTenant(), path + ".tenant");
            source(order.getSource(), path + ".source");
            shipTo(order.getShipTo(), path + ".shipTo");
            softly.assertThat(order.getServiceTimeSeconds()).as(path + ".serviceTimeSeconds").isNotNegative();
            for (int i = 0; i < order.getTimeWindows().size(); i++) {
                timeWindow(order.getTimeWindows().get(i), path + ".timeWindows[" + i + "]");
            }
            for (int i = 0; i < order.getParcels().size(); i++) {
                parcel(order.getParcels().get(i), path + ".parcels[" + i + "]");
            }
            cashOnDelivery(order.getCashOnDelivery(), path + ".cashOnDelivery");
        }

        private void source(SourceRef source, String path) {
            softly.assertThat(source).as(path).isNotNull();
            if (source != null) {
                text(source.getSystem(), path + ".system");
                text(source.getMessageId(), path + ".messageId");
                optionalTime(source.getReceivedAt(), path + ".receivedAt");
            }
        }

        private void shipTo(Party shipTo, String path) {
            softly.assertThat(shipTo).as(path).isNotNull();
            if (shipTo == null) {
                return;
            }
            softly.assertThat(shipTo.getAddress() != null || shipTo.getLocation() != null)
                    .as(path + " has an address or a location").isTrue();
            address(shipTo.getAddress(), path + ".address");
            optionalPoint(shipTo.getLocation(), path + ".location");
        }

        private void address(Address address, String path) {
            if (address == null) {
                return;
            }
            text(address.getLine1(), path + ".line1");
            text(address.getCity(), path + ".city");
            softly.assertThat(address.getCountryCode()).as(path + ".countryCode")
                    .matches("[A-Z]{2}").isIn(COUNTRIES);
        }

        private void timeWindow(TimeWindow window, String path) {
            time(window.getStart(), path + ".start");
            time(window.getEnd(), path + ".end");
            if (window.getStart() != null && window.getEnd() != null) {
                softly.assertThat(window.getEnd()).as(path + ".end").isAfterOrEqualTo(window.getStart());
            }
        }

        private void parcel(Parcel parcel, String path) {
            text(parcel.getId(), path + ".id");
            softly.assertThat(parcel.getQuantity()).as(path + ".quantity").isGreaterThanOrEqualTo(1);
            size(parcel.getWeightKg(), path + ".weightKg");
            size(parcel.getVolumeM3(), path + ".volumeM3");
            size(parcel.getPallets(), path + ".pallets");
            if (parcel.getDimensions() != null) {
                size(parcel.getDimensions().getLengthCm(), path + ".dimensions.lengthCm");
                size(parcel.getDimensions().getWidthCm(), path + ".dimensions.widthCm");
                size(parcel.getDimensions().getHeightCm(), path + ".dimensions.heightCm");
            }
        }

        private void cashOnDelivery(Money money, String path) {
            if (money == null) {
                return;
            }
            softly.assertThat(money.getAmount()).as(path + ".amount").isNotNull();
            if (money.getAmount() != null) {
                softly.assertThat(money.getAmount()).as(path + ".amount").isGreaterThan(BigDecimal.ZERO);
            }
            currency(money.getCurrency(), path + ".currency");
        }

        void plan(Plan plan) {
            softly.assertThat(plan).as("plan").isNotNull();
            if (plan == null) {
                return;
            }
            constraints(plan, "plan");
            text(plan.getTenant(), "plan.tenant");
            text(plan.getDepotId(), "plan.depotId");
            optionalTime(plan.getCreatedAt(), "plan.createdAt");
            for (int i = 0; i < plan.getRoutes().size(); i++) {
                route(plan.getRoutes().get(i), "plan.routes[" + i + "]");
            }
            unassignedNotRouted(plan);
            if (plan.getCost() != null) {
                cost(plan.getCost(), "plan.cost");
            }
        }

        private void route(Route route, String path) {
            text(route.getVehicleId(), path + ".vehicleId");
            optionalTime(route.getStart(), path + ".start");
            optionalTime(route.getEnd(), path + ".end");
            size(route.getDistanceMeters(), path + ".distanceMeters");
            size(route.getCost(), path + ".cost");
            size(route.getCo2Grams(), path + ".co2Grams");
            Instant previous = route.getStart();
            for (int i = 0; i < route.getStops().size(); i++) {
                Stop stop = route.getStops().get(i);
                String stopPath = path + ".stops[" + i + "]";
                stop(stop, stopPath);
                softly.assertThat(stop.getSequence()).as(stopPath + ".sequence").isEqualTo(i + 1);
                if (stop.getEta() != null) {
                    if (previous != null) {
                        softly.assertThat(stop.getEta()).as(stopPath + ".eta").isAfterOrEqualTo(previous);
                    }
                    previous = stop.getDeparture() != null ? stop.getDeparture() : stop.getEta();
                }
            }
            if (route.getEnd() != null && previous != null) {
                softly.assertThat(route.getEnd()).as(path + ".end").isAfterOrEqualTo(previous);
            }
        }

        private void stop(Stop stop, String path) {
            optionalTime(stop.getEta(), path + ".eta");
            optionalTime(stop.getDeparture(), path + ".departure");
            if (stop.getEta() != null && stop.getDeparture() != null) {
                softly.assertThat(stop.getDeparture()).as(path + ".departure").isAfterOrEqualTo(stop.getEta());
            }
            optionalPoint(stop.getLocation(), path + ".location");
            size(stop.getDistanceMeters(), path + ".distanceMeters");
            size(stop.getCost(), path + ".cost");
            size(stop.getCo2Grams(), path + ".co2Grams");
        }

        private void unassignedNotRouted(Plan plan) {
            Set<String> routed = plan.getRoutes().stream().flatMap(route -> route.getStops().stream())
                    .map(Stop::getOrderId).filter(Objects::nonNull).collect(Collectors.toSet());
            softly.assertThat(plan.getUnassigned()).as("plan.unassigned orders that are also on a route")
                    .noneMatch(unassigned -> routed.contains(unassigned.getOrderId()));
        }

        void cost(CostSummary cost, String path) {
            constraints(cost, path);
            size(cost.getTotalCost(), path + ".totalCost");
            size(cost.getFixedCost(), path + ".fixedCost");
            size(cost.getDistanceCost(), path + ".distanceCost");
            size(cost.getTimeCost(), path + ".timeCost");
            size(cost.getEnergyCost(), path + ".energyCost");
            size(cost.getDistanceMeters(), path + ".distanceMeters");
            size(cost.getCo2Grams(), path + ".co2Grams");
            if (cost.getCurrency() != null) {
                currency(cost.getCurrency(), path + ".currency");
            }
        }

        void statusEvent(DeliveryStatusEvent event) {
            softly.assertThat(event).as("event").isNotNull();
            if (event == null) {
                return;
            }
            constraints(event, "event");
            text(event.getEventId(), "event.eventId");
            text(event.getTenant(), "event.tenant");
            text(event.getOrderId(), "event.orderId");
            softly.assertThat(event.getStatus()).as("event.status").isNotNull();
            time(event.getOccurredAt(), "event.occurredAt");
            optionalPoint(event.getLocation(), "event.location");
            if (event.getStatus() == DeliveryStatus.FAILED_ATTEMPT || event.getStatus() == DeliveryStatus.EXCEPTION) {
                softly.assertThat(event.getReasonCode() != null || isText(event.getReason()))
                        .as("event.reasonCode or event.reason for status %s", event.getStatus()).isTrue();
            }
        }

        void proofOfDelivery(ProofOfDelivery pod) {
            softly.assertThat(pod).as("pod").isNotNull();
            if (pod == null) {
                return;
            }
            constraints(pod, "pod");
            text(pod.getTenant(), "pod.tenant");
            text(pod.getOrderId(), "pod.orderId");
            time(pod.getDeliveredAt(), "pod.deliveredAt");
            optionalPoint(pod.getLocation(), "pod.location");
        }

        void trackingPosition(TrackingPosition position) {
            softly.assertThat(position).as("position").isNotNull();
            if (position == null) {
                return;
            }
            constraints(position, "position");
            text(position.getDeviceId(), "position.deviceId");
            time(position.getTime(), "position.time");
            softly.assertThat(position.getLocation()).as("position.location").isNotNull();
            optionalPoint(position.getLocation(), "position.location");
            if (position.getSpeedKmh() != null) {
                softly.assertThat(position.getSpeedKmh()).as("position.speedKmh").isBetween(0.0, MAX_SPEED_KMH);
            }
            if (position.getHeadingDeg() != null) {
                softly.assertThat(position.getHeadingDeg()).as("position.headingDeg").isBetween(0.0, 360.0);
            }
            if (position.getBatteryPercent() != null) {
                softly.assertThat(position.getBatteryPercent()).as("position.batteryPercent").isBetween(0.0, 100.0);
            }
        }

        private void constraints(Object document, String path) {
            softly.assertThat(ModelValidator.violationsOf(document)).as("%s constraint violations", path).isEmpty();
        }

        private void text(String value, String path) {
            softly.assertThat(value).as(path).isNotBlank();
        }

        private void time(Instant time, String path) {
            softly.assertThat(time).as(path).isNotNull();
            optionalTime(time, path);
        }

        private void optionalTime(Instant time, String path) {
            if (time != null) {
                softly.assertThat(time).as(path).isAfterOrEqualTo(EARLIEST).isBefore(LATEST);
            }
        }

        private void optionalPoint(GeoPoint point, String path) {
            if (point == null) {
                return;
            }
            softly.assertThat(point.getLatitude()).as(path + ".latitude").isBetween(-90.0, 90.0);
            softly.assertThat(point.getLongitude()).as(path + ".longitude").isBetween(-180.0, 180.0);
            // 0/0 is where a missing fix lands, never a delivery address.
            softly.assertThat(point.getLatitude() == 0 && point.getLongitude() == 0).as(path + " is 0/0").isFalse();
        }

        private void size(double value, String path) {
            softly.assertThat(value).as(path).isFinite().isGreaterThanOrEqualTo(0.0);
        }

        private void currency(String code, String path) {
            softly.assertThat(code).as(path).isNotNull().matches("[A-Z]{3}");
            if (code != null && code.matches("[A-Z]{3}")) {
                softly.assertThatCode(() -> Currency.getInstance(code)).as(path + " is ISO 4217")
                        .doesNotThrowAnyException();
            }
        }

        private static boolean isText(String value) {
            return value != null && !value.isBlank();
        }
    }
}
