package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.pod.OneTimeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo tenant's texts from config/notifications/demo.yaml, rendered as the notifications render them. */
class NotificationTemplatesTest {

    private static final Instant AT = Instant.parse("2030-06-03T12:00:00Z");
    private static final DeliveryOrder ORDER = DeliveryOrder.builder().id("ord-1").tenant("demo")
            .source(SourceRef.builder().system("shop").messageId("m-1").build())
            .references(ExternalReferences.builder().shopOrder("SHOP-1001").build())
            .shipTo(Party.builder().name("A. Lovelace")
                    .address(Address.builder().line1("150 Elgin St").city("Ottawa").postalCode("K1P 1J1")
                            .countryCode("CA").build())
                    .contact(Contact.builder().name("Ada Lovelace").email("ada@example.com").build()).build())
            .timeWindow(TimeWindow.builder().start(Instant.parse("2030-06-03T18:00:00Z"))
                    .end(Instant.parse("2030-06-03T20:00:00Z")).build())
            .build();

    private final NotificationTemplates templates = new NotificationTemplates(properties("../config",
            "notifications/demo.yaml"));

    @Test
    void whenAPinWasIssued_theTextShouldGiveItWithTheWindowInTheTenantsZone() {
        OneTimeCode pin = new OneTimeCode("482913", "hash", Instant.parse("2030-06-04T16:00:00Z"));

        NotificationTemplates.Rendered email = render(NotificationKind.OUT_FOR_DELIVERY, Channel.EMAIL,
                new IssuedCodes(pin, null, null));

        assertThat(email.subject()).isEqualTo("Your delivery SHOP-1001 is on its way");
        assertThat(email.body()).isEqualTo("""
                Hello Ada Lovelace,

                your delivery SHOP-1001 is on its way to 150 Elgin St, K1P 1J1 Ottawa and arrives between 14:00 \
                and 16:00.
                Please give the driver this PIN: 482913 (valid until Jun 4, 2030 12:00).""");
    }

    @Test
    void whenNoCodeOrTrackingLinkExists_theirSentencesShouldBeLeftOut() {
        NotificationTemplates.Rendered sms = render(NotificationKind.OUT_FOR_DELIVERY, Channel.SMS, IssuedCodes.NONE);

        assertThat(sms.subject()).isNull();
        assertThat(sms.body()).isEqualTo("Delivery SHOP-1001 is on its way, 14:00-16:00.");
    }

    @Test
    void whenTheOrderHasATrackingLink_theTextsShouldGiveIt() {
        String link = "https://hub.example.com/track/tok-1";

        assertThat(render(NotificationKind.OUT_FOR_DELIVERY, Channel.EMAIL, IssuedCodes.NONE, link).body())
                .endsWith("Follow it here: " + link);
        assertThat(render(NotificationKind.OUT_FOR_DELIVERY, Channel.SMS, IssuedCodes.NONE, link).body())
                .isEqualTo("Delivery SHOP-1001 is on its way, 14:00-16:00. Follow it: " + link);
    }

    @Test
    void whenTheVehicleArrivesAtAnOrderHandedOverAgainstAPin_theSmsShouldSayToHaveItReady() {
        DeliveryOrder withPin = ORDER.toBuilder().podRequirements(PodRequirements.builder().pin(true).build())
                .build();

        assertThat(render(withPin, NotificationKind.ARRIVING, Channel.SMS, IssuedCodes.NONE, null).body())
                .isEqualTo("Your delivery SHOP-1001 arrives in a few minutes. Have your PIN ready.");
        assertThat(render(NotificationKind.ARRIVING, Channel.SMS, IssuedCodes.NONE).body())
                .isEqualTo("Your delivery SHOP-1001 arrives in a few minutes.");
    }

    @Test
    void whenDepositedInALocker_theDeliveredTextShouldGiveThePickupCode() {
        OneTimeCode code = new OneTimeCode("Zm9vYmFyYmF6cXV4cXV1eA", "hash", Instant.parse("2030-06-06T16:00:00Z"));

        NotificationTemplates.Rendered sms = render(NotificationKind.DELIVERED, Channel.SMS,
                new IssuedCodes(null, "locker-7", code));

        assertThat(sms.body()).isEqualTo("Delivery SHOP-1001 is in locker locker-7. Pickup code "
                + "Zm9vYmFyYmF6cXV4cXV1eA, valid until Jun 6, 2030 12:00.");
    }

    @Test
    void whenTheTenantHasNoTextForTheChannel_nothingShouldBeRendered() {
        assertThat(templates.render("demo", NotificationKind.ARRIVING, Channel.EMAIL, Map.of())).isEmpty();
        assertThat(templates.render("other", NotificationKind.ARRIVING, Channel.SMS, Map.of())).isEmpty();
    }

    @Test
    void whenATemplatesFileNamesAnUnknownChannel_theHubShouldNotStart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "templates:\n  DELIVERED:\n    fax:\n      body: hi\n");

        assertThatThrownBy(() -> new NotificationTemplates(properties(dir.toString(), "broken.yaml")))
                .hasMessageContaining("broken.yaml: DELIVERED.fax: unknown channel");
    }

    private NotificationTemplates.Rendered render(NotificationKind kind, Channel channel, IssuedCodes codes) {
        return render(kind, channel, codes, null);
    }

    private NotificationTemplates.Rendered render(NotificationKind kind, Channel channel, IssuedCodes codes,
                                                  String trackingUrl) {
        return render(ORDER, kind, channel, codes, trackingUrl);
    }

    private NotificationTemplates.Rendered render(DeliveryOrder order, NotificationKind kind, Channel channel,
                                                  IssuedCodes codes, String trackingUrl) {
        DeliveryStatusEvent event = DeliveryStatusEvent.builder().eventId("evt-1").tenant("demo").orderId("ord-1")
                .status(DeliveryStatus.valueOf(kind.name())).occurredAt(AT).build();
        return templates.render("demo", kind, channel, MessageVariables.of(event, order, codes,
                trackingUrl, templates.style("demo"))).orElseThrow();
    }

    private static HubProperties properties(String configDir, String templatesFile) {
        HubProperties.Tenant demo = new HubProperties.Tenant(List.of(), null, null, null, null, List.of(), null,
                new HubProperties.Notifications(templatesFile, null, null, null), null, null, null);
        return new HubProperties("./data", configDir, Map.of("demo", demo), null, null, null, null);
    }
}
