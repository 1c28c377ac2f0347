package io.lastmilehub.model.testing;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DangerousGoods;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Dimensions;
import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.Priority;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.TemperatureRange;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.model.VehicleType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Fully populated, valid canonical documents for tests: every field set, including the ones that are hard to
 * round-trip (characters XML escapes, non-ASCII, fractional seconds, decimals with trailing zeros).
 */
public final class ModelFixtures {

    /** The tenant every fixture belongs to. */
    public static final String TENANT = "acme";

    private static final Instant DAY = Instant.parse("2025-03-14T06:00:00Z");

    private ModelFixtures() {
    }

    /** A delivery order with every field set. */
    public static DeliveryOrder deliveryOrder() {
        return DeliveryOrder.builder()
                .id("ord-7f3a")
                .tenant(TENANT)
                .source(SourceRef.builder().system("sap-erp-prod").messageId("0000000000481516")
                        .receivedAt(Instant.parse("2025-03-13T17:45:12.345Z")).build())
                .references(ExternalReferences.builder().erpDelivery("80004711").erpSalesOrder("1000815")
                        .customerPo("PO-2025-77").shopOrder("#1001").trackingNumber("1Z999AA10123456784").build())
                .type(OrderType.DELIVERY)
                .priority(Priority.HIGH)
                .depotId("BER-1")
                .shipTo(shipTo())
                .timeWindow(TimeWindow.builder().start(DAY.plusSeconds(3 * 3600)).end(DAY.plusSeconds(6 * 3600))
                        .zoneId("Europe/Berlin").build())
                .timeWindow(TimeWindow.builder().start(DAY.plusSeconds(10 * 3600)).end(DAY.plusSeconds(12 * 3600))
                        .zoneId("Europe/Berlin").build())
                .serviceTimeSeconds(300)
                .parcel(fridge())
                .parcel(Parcel.builder().id("10").description("Ice packs").quantity(3).weightKg(1.5).build())
                .requiredSkill("cold-chain")
                .requiredSkill("two-person-lift")
                .cashOnDelivery(Money.builder().amount(new BigDecimal("129.90")).currency("EUR").build())
                .podRequirements(PodRequirements.builder().signature(true).photo(true).pin(true).scan(true)
                        .minimumAge(18).build())
                .instructions("Ring twice & use the \"back door\" <gate code 1234>")
                .status(DeliveryStatus.RECEIVED)
                .build();
    }

    /** The ship-to of {@link #deliveryOrder()}. */
    public static Party shipTo() {
        return Party.builder()
                .name("Erika Mustermann")
                .company("Muster & Söhne GmbH")
                .address(Address.builder().line1("Friedrichstraße 43").line2("3. OG").postalCode("10117")
                        .city("Berlin").region("BE").countryCode("DE").build())
                .location(GeoPoint.builder().latitude(52.5065).longitude(13.3904).build())
                .contact(Contact.builder().name("Erika Mustermann").phone("+49301234567")
                        .email("erika@example.com").build())
                .build();
    }

    private static Parcel fridge() {
        return Parcel.builder()
                .id("00340434161234567890")
                .barcode("00340434161234567890")
                .description("Medical fridge")
                .quantity(1)
                .weightKg(42.5)
                .volumeM3(0.702)
                .dimensions(Dimensions.builder().lengthCm(60).widthCm(65).heightCm(180).build())
                .pallets(0.5)
                .temperatureRange(TemperatureRange.builder().minCelsius(2).maxCelsius(8).build())
                .dangerousGoods(DangerousGoods.builder().unNumber("UN3481").hazardClass("9").packingGroup("II")
                        .build())
                .build();
    }

    /** A plan with one route of two stops, one unassigned order and its cost. */
    public static Plan plan() {
        return Plan.builder()
                .id("plan-2025-03-14-BER-1")
                .tenant(TENANT)
                .depotId("BER-1")
                .createdAt(DAY.minusSeconds(600))
                .route(route())
                .unassignedEntry(Unassigned.builder().orderId("ord-9c1d").reasonCode(UnassignedReason.NO_COORDINATES)
                        .reason("Address could not be geocoded").build())
                .cost(costSummary())
                .build();
    }

    private static Route route() {
        return Route.builder()
                .vehicleId("B-LM-101")
                .vehicleType(VehicleType.VAN)
                .depotId("BER-1")
                .driverId("drv-17")
                .start(DAY.plusSeconds(2 * 3600))
                .end(DAY.plusSeconds(8 * 3600))
                .stop(Stop.builder().sequence(1).orderId("ord-7f3a").type(StopType.DELIVERY)
                        .location(GeoPoint.builder().latitude(52.5065).longitude(13.3904).build())
                        .eta(DAY.plusSeconds(3 * 3600)).departure(DAY.plusSeconds(3 * 3600 + 300))
                        .distanceMeters(8200).durationSeconds(1300).cost(9.75).co2Grams(1640).build())
                .stop(Stop.builder().sequence(2).orderId("ord-21be").type(StopType.PICKUP)
                        .location(GeoPoint.builder().latitude(52.4862).longitude(13.4312).build())
                        .eta(DAY.plusSeconds(4 * 3600)).departure(DAY.plusSeconds(4 * 3600 + 180))
                        .distanceMeters(5100).durationSeconds(900).cost(6.2).co2Grams(1020).build())
                .distanceMeters(24700)
                .durationSeconds(6 * 3600)
                .cost(58.4)
                .co2Grams(4940)
                .build();
    }

    /** The cost summary of {@link #plan()}. */
    public static CostSummary costSummary() {
        return CostSummary.builder()
                .planId("plan-2025-03-14-BER-1")
                .tenant(TENANT)
                .depotId("BER-1")
                .currency("EUR")
                .totalCost(58.4)
                .fixedCost(20)
                .distanceCost(12.35)
                .timeCost(21.6)
                .energyCost(4.45)
                .distanceMeters(24700)
                .durationSeconds(6 * 3600)
                .co2Grams(4940)
                .vehicles(1)
                .ordersPlanned(2)
                .ordersUnassigned(1)
                .costPerOrder(29.2)
                .co2GramsPerOrder(2470)
                .build();
    }

    /** A failed attempt with its reason, place and references. */
    public static DeliveryStatusEvent deliveryStatusEvent() {
        return DeliveryStatusEvent.builder()
                .eventId("evt-0192")
                .tenant(TENANT)
                .orderId("ord-7f3a")
                .status(DeliveryStatus.FAILED_ATTEMPT)
                .reasonCode(ReasonCode.RECIPIENT_ABSENT)
                .reason("Nobody opened; card left")
                .occurredAt(DAY.plusSeconds(3 * 3600 + 120))
                .location(GeoPoint.builder().latitude(52.5066).longitude(13.3902).build())
                .planId("plan-2025-03-14-BER-1")
                .vehicleId("B-LM-101")
                .references(ExternalReferences.builder().erpDelivery("80004711").shopOrder("#1001").build())
                .source(SourceRef.builder().system("sap-erp-prod").messageId("0000000000481516").build())
                .build();
    }

    /** A proof of delivery with every kind of evidence. */
    public static ProofOfDelivery proofOfDelivery() {
        return ProofOfDelivery.builder()
                .id("pod-55e0")
                .tenant(TENANT)
                .orderId("ord-7f3a")
                .deliveredAt(DAY.plusSeconds(10 * 3600 + 900))
                .location(GeoPoint.builder().latitude(52.5065).longitude(13.3904).build())
                .driverId("drv-17")
                .recipientName("E. Mustermann")
                .signature(document("image/png", 20480, 'a'))
                .photo(document("image/jpeg", 512000, 'b'))
                .photo(document("image/jpeg", 498211, 'c'))
                .pinVerified(true)
                .scannedBarcode("00340434161234567890")
                .ageVerified(true)
                .biometricVerified(false)
                .lockerId("locker-BER-0042")
                .lockerCompartment("B12")
                .build();
    }

    private static DocumentRef document(String mediaType, long size, char hexDigit) {
        return DocumentRef.builder().sha256(String.valueOf(hexDigit).repeat(64)).mediaType(mediaType)
                .sizeBytes(size).build();
    }

    /** A position with every sensor value. */
    public static TrackingPosition trackingPosition() {
        return TrackingPosition.builder()
                .tenant(TENANT)
                .deviceId("861234567890123")
                .vehicleId("B-LM-101")
                .time(Instant.parse("2025-03-14T09:03:21.250Z"))
                .location(GeoPoint.builder().latitude(52.50642).longitude(13.39051).build())
                .speedKmh(31.5)
                .headingDeg(274.0)
                .accuracyMeters(4.8)
                .altitudeMeters(38.0)
                .batteryPercent(87.0)
                .temperatureCelsius(4.2)
                .build();
    }
}
