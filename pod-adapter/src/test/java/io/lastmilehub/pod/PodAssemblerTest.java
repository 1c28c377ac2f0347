package io.lastmilehub.pod;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.MutableClock;
import io.lastmilehub.model.testing.Plausibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static io.lastmilehub.pod.PodFixtures.DELIVERED_AT;
import static io.lastmilehub.pod.PodFixtures.DOOR;
import static io.lastmilehub.pod.PodFixtures.allBarcodes;
import static io.lastmilehub.pod.PodFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PodAssemblerTest {

    private static final String PIN = "482913";
    private static final PodRequirements ALL = PodRequirements.builder().signature(true).photo(true).pin(true)
            .scan(true).minimumAge(18).build();
    private static final PodRequirements NONE = PodRequirements.builder().build();

    private final InMemoryDocumentStore store = new InMemoryDocumentStore();
    private final PodAssembler assembler = new PodAssembler(store);
    private final PinVerifier verifier = new PinVerifier(3, new MutableClock(DELIVERED_AT));
    private DocumentRef signature;
    private DocumentRef photo;

    @BeforeEach
    void storeDocuments() throws IOException {
        signature = store.put(new ByteArrayInputStream("signature".getBytes(StandardCharsets.UTF_8)), "image/png");
        photo = store.put(new ByteArrayInputStream("photo".getBytes(StandardCharsets.UTF_8)), "image/jpeg");
    }

    /** The order's PIN as the hub keeps it: valid for another hour, no wrong attempts yet. */
    private PodAssembler.PinCheck issuedPin(DeliveryOrder order) {
        PinVerifier.IssuedPin issued = new PinVerifier.IssuedPin(order.getId(), PinVerifier.hash(order.getId(), PIN),
                DELIVERED_AT.plusSeconds(3600), 0, false);
        return given -> verifier.verify(issued, given);
    }

    @Test
    void whenEveryRequiredProofIsThere_itShouldBuildTheProof() throws PodRefusedException {
        DeliveryOrder order = PodFixtures.order(ALL);
        PodSubmission full = submission(order.getId()).signature(signature).photo(photo).pin(PIN)
                .scannedBarcodes(allBarcodes()).recipientDateOfBirth(LocalDate.of(1990, 5, 1))
                .recipientName("Jana Novak").biometricVerified(true).build();

        ProofOfDelivery pod = assembler.assemble(order, full, issuedPin(order));

        Plausibility.assertPlausible(pod);
        assertThat(pod.getTenant()).isEqualTo(order.getTenant());
        assertThat(pod.getOrderId()).isEqualTo(order.getId());
        assertThat(pod.getDeliveredAt()).isEqualTo(DELIVERED_AT);
        assertThat(pod.getLocation()).isEqualTo(DOOR);
        assertThat(pod.getSignature()).isEqualTo(signature);
        assertThat(pod.getPhotos()).containsExactly(photo);
        assertThat(pod.getPinVerified()).isTrue();
        assertThat(pod.getAgeVerified()).isTrue();
        assertThat(pod.getBiometricVerified()).isTrue();
        assertThat(pod.getScannedBarcodes()).containsExactly("BC-1", "BC-2");
    }

    @Test
    void whenProofsAreMissing_itShouldRefuseNamingEachOne() {
        DeliveryOrder order = PodFixtures.order(ALL);

        PodRefusedException refused = catchThrowableOfType(PodRefusedException.class,
                () -> assembler.assemble(order, submission(order.getId()).scannedBarcodes(List.of("BC-1")).build(),
                        issuedPin(order)));

        assertThat(refused.missing()).containsExactly("signature", "photo", "pin", "scan: not scanned [BC-2]",
                "age check: recipient not shown to be 18+");
        assertThat(refused.reasonCode()).isEqualTo(ReasonCode.AGE_CHECK_FAILED);
        assertThat(refused).hasMessageStartingWith("delivery refused, proof missing: signature; photo; pin");
    }

    @Test
    void whenTheSignatureWasNeverStored_itShouldRefuse() {
        DeliveryOrder order = PodFixtures.order(NONE.toBuilder().signature(true).build());
        DocumentRef ghost = DocumentRef.builder().sha256("0".repeat(64)).mediaType("image/png").build();

        assertThatThrownBy(() -> assembler.assemble(order, submission(order.getId()).signature(ghost).build(),
                issuedPin(order)))
                .isInstanceOf(PodRefusedException.class).hasMessageContaining("signature: image not stored");
    }

    @Test
    void whenThePinIsWrong_itShouldRefuseWithTheAttemptsLeft() {
        DeliveryOrder order = PodFixtures.order(NONE.toBuilder().pin(true).build());

        assertThatThrownBy(() -> assembler.assemble(order, submission(order.getId()).pin("000000").build(),
                issuedPin(order)))
                .isInstanceOf(PodRefusedException.class).hasMessageContaining("pin: wrong, 2 attempts left");
    }

    @Test
    void whenNothingIsRequired_itShouldAcceptABareDelivery() throws PodRefusedException {
        DeliveryOrder order = PodFixtures.order(NONE);

        ProofOfDelivery pod = assembler.assemble(order, submission(order.getId()).build(), null);

        Plausibility.assertPlausible(pod);
        assertThat(pod.getPinVerified()).isNull();
        assertThat(pod.getAgeVerified()).isNull();
    }

    @Test
    void whenDepositedInALocker_signatureAndPinAreReplacedByTheLockerCode() throws PodRefusedException {
        DeliveryOrder order = PodFixtures.order(ALL.toBuilder().minimumAge(0).build());
        PodSubmission deposit = submission(order.getId()).photo(photo).scannedBarcodes(allBarcodes())
                .lockerId("locker-7").lockerCompartment("B12").build();

        ProofOfDelivery pod = assembler.assemble(order, deposit, issuedPin(order));

        assertThat(pod.getLockerId()).isEqualTo("locker-7");
        assertThat(pod.getLockerCompartment()).isEqualTo("B12");
    }

    @Test
    void whenAgeRestrictedGoodsGoToALocker_itShouldRefuse() {
        DeliveryOrder order = PodFixtures.order(NONE.toBuilder().minimumAge(18).build());

        assertThatThrownBy(() -> assembler.assemble(order, submission(order.getId()).lockerId("locker-7").build(),
                issuedPin(order))).isInstanceOf(PodRefusedException.class)
                .hasMessageContaining("age check: goods for 18+ cannot go into a locker");
    }

    @Test
    void whenTheDeviceCheckedTheAge_itShouldTakeItsResult() throws PodRefusedException {
        DeliveryOrder order = PodFixtures.order(NONE.toBuilder().minimumAge(18).build());

        ProofOfDelivery pod = assembler.assemble(order, submission(order.getId()).ageVerifiedOnDevice(true).build(),
                null);

        assertThat(pod.getAgeVerified()).isTrue();
    }

    @Test
    void whenRefused_itShouldBecomeAFailedAttempt() {
        DeliveryOrder order = PodFixtures.order(NONE.toBuilder().minimumAge(18).build());
        PodRefusedException refused = catchThrowableOfType(PodRefusedException.class,
                () -> assembler.assemble(order, submission(order.getId()).ageVerifiedOnDevice(false).build(), null));

        DeliveryStatusEvent event = FailedAttempts.refused(order, refused, DELIVERED_AT, DOOR);

        Plausibility.assertPlausible(event);
        assertThat(event.getStatus()).isEqualTo(DeliveryStatus.FAILED_ATTEMPT);
        assertThat(event.getReasonCode()).isEqualTo(ReasonCode.AGE_CHECK_FAILED);
        assertThat(event.getReason()).contains("age check");
        assertThat(event.getReferences()).isEqualTo(order.getReferences());
    }
}
