package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.connectors.support.edi.StatusCodeTable;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.Plausibility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class X12OutboundBuildersTest {

    private static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");
    private static final X12Parties PARTNER = new X12Parties("ZZ", "LASTMILEHUB", "ZZ", "MGCTLYST", "LASTMILEHUB",
            "MGCTLYST", "T");
    private static final StatusCodeTable CODES = new StatusCodeTable(Map.of("DELIVERED", "D1",
            "FAILED_ATTEMPT", "A7", "RECIPIENT_ABSENT", "A1"));

    private static DeliveryStatusEvent event(DeliveryStatus status, ReasonCode reason) {
        DeliveryStatusEvent event = DeliveryStatusEvent.builder().eventId("evt-1").tenant("acme").orderId("ord-42")
                .status(status).reasonCode(reason).occurredAt(Instant.parse("2026-11-20T15:04:00Z"))
                .references(ExternalReferences.builder().erpDelivery("75027674").customerPo("3297832").build())
                .build();
        Plausibility.assertPlausible(event);
        return event;
    }

    @Test
    void whenTheOrderIdIsLongerThanB10Allows_the214CarriesAStableShortReferenceOf30() throws Exception {
        String orderId = "ord-2026-11-20-acme-0000000000000000000042"; // 42 characters; B10-01 takes 30
        DeliveryStatusEvent event = event(DeliveryStatus.DELIVERED, null).toBuilder().orderId(orderId).build();
        ShipmentStatusBuilder builder = new ShipmentStatusBuilder(PARTNER, EdiSyntax.X12, "LMHB", CODES,
                Reparse.counting());

        String b10 = new String(builder.build(event, NOW), StandardCharsets.US_ASCII).split("~B10\\*")[1]
                .split("\\*")[0];

        assertThat(b10).hasSize(30).startsWith("ord-2026-11-20-acme-0").isNotEqualTo(orderId.substring(0, 30))
                .isEqualTo(new String(builder.build(event, NOW), StandardCharsets.US_ASCII)
                        .split("~B10\\*")[1].split("\\*")[0]);
    }

    @Test
    void whenAnOrderIsDelivered_the214CarriesAt7D1AndReparsesWithValidationOn() throws Exception {
        byte[] edi = new ShipmentStatusBuilder(PARTNER, EdiSyntax.X12, "LMHB", CODES, Reparse.counting())
                .build(event(DeliveryStatus.DELIVERED, null), NOW);

        assertThat(Reparse.strictly(edi)).containsExactly("ISA", "GS", "ST", "B10", "L11", "LX", "AT7", "SE", "GE",
                "IEA");
        assertThat(new String(edi, StandardCharsets.US_ASCII)).contains("GS*QM*LASTMILEHUB*MGCTLYST*20261121*0730*1*X"
                + "*004010~ST*214*0001~B10*ord-42*75027674*LMHB~L11*3297832*PO~LX*1~AT7*D1*NS***20261120*1504*UT~"
                + "SE*6*0001~GE*1*1~IEA*1*000000001~");
    }

    @Test
    void whenADeliveryFails_theReasonComesFromThePartnersTable() throws Exception {
        byte[] edi = new ShipmentStatusBuilder(PARTNER, EdiSyntax.X12, "LMHB", CODES, Reparse.counting())
                .build(event(DeliveryStatus.FAILED_ATTEMPT, ReasonCode.RECIPIENT_ABSENT), NOW);

        Reparse.strictly(edi);
        assertThat(new String(edi, StandardCharsets.US_ASCII)).contains("AT7*A7*A1***20261120*1504*UT~");
    }

    @Test
    void whenThePartnerHasNoCodeForAStatus_nothingIsBuilt() {
        ShipmentStatusBuilder builder = new ShipmentStatusBuilder(PARTNER, EdiSyntax.X12, "LMHB", CODES,
                Reparse.counting());

        assertThatThrownBy(() -> builder.build(event(DeliveryStatus.PLANNED, null), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PLANNED");
    }

    @Test
    void whenATenderIsAcceptedOrDeclined_the990ReparsesWithValidationOn() throws Exception {
        TenderResponseBuilder builder = new TenderResponseBuilder(PARTNER, EdiSyntax.X12, Reparse.counting());

        byte[] accept = builder.accept("SCAC", "75027674", NOW);
        byte[] decline = builder.decline("SCAC", "75027674", "no capacity in ZIP 53214 on 2016-07-29", NOW);

        assertThat(Reparse.strictly(accept)).containsExactly("ISA", "GS", "ST", "B1", "SE", "GE", "IEA");
        assertThat(new String(accept, StandardCharsets.US_ASCII)).contains("GS*GF*").contains(
                "ST*990*0001~B1*SCAC*75027674*20261121*A~SE*3*0001~");
        assertThat(Reparse.strictly(decline)).contains("K1");
        assertThat(new String(decline, StandardCharsets.US_ASCII)).contains(
                "B1*SCAC*75027674*20261121*D~K1*no capacity in ZIP 53214 on 20~SE*4*0002~");
    }

    @Test
    void whenAShipmentIsInvoiced_the210CarriesTheChargeInCentsAndReparsesWithValidationOn() throws Exception {
        FreightCharge charge = new FreightCharge("INV-2026-0001", "75027674", "3297832", 2482.06,
                new BigDecimal("557.21"), "USD", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 20));

        byte[] edi = new FreightInvoiceBuilder(PARTNER, EdiSyntax.X12, "LMHB", Reparse.counting()).build(charge, NOW);

        assertThat(Reparse.strictly(edi)).containsExactly("ISA", "GS", "ST", "B3", "C3", "N9", "LX", "L1", "L3", "SE",
                "GE", "IEA");
        assertThat(new String(edi, StandardCharsets.US_ASCII)).contains("GS*IM*").contains("ST*210*0001~"
                + "B3**INV-2026-0001*75027674*PP**20261121*55721**20261120*035*LMHB~C3*USD~N9*PO*3297832~LX*1~"
                + "L1*1*557.21*FR*55721~L3*2482*G***55721*******K~SE*8*0001~");
    }
}
