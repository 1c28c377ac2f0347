package io.lastmilehub.pod;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.ReasonCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a driver's submission into the canonical {@link ProofOfDelivery}, enforcing the order's
 * {@link PodRequirements}: a delivery missing a required proof is refused with each missing item named. A
 * locker deposit needs no signature or PIN (the locker's one-time code replaces them) but can never take
 * age-restricted goods.
 */
public final class PodAssembler {

    private final DocumentStore store;
    private final PinVerifier pins;

    /** An assembler checking documents against the store and PINs with the verifier. */
    public PodAssembler(DocumentStore store, PinVerifier pins) {
        this.store = store;
        this.pins = pins;
    }

    /**
     * Checks a submission against its order and builds the proof.
     *
     * @param expectedPin the PIN/OTP sent to the customer, or {@code null} when none was sent
     * @throws PodRefusedException naming every missing or failed proof
     */
    public ProofOfDelivery assemble(DeliveryOrder order, PodSubmission submission, String expectedPin)
            throws PodRefusedException {
        if (order.getId() != null && !order.getId().equals(submission.orderId())) {
            throw new IllegalArgumentException("submission for " + submission.orderId() + ", order " + order.getId());
        }
        PodRequirements required = order.getPodRequirements() != null ? order.getPodRequirements()
                : PodRequirements.builder().build();
        boolean locker = submission.lockerId() != null;
        List<String> missing = new ArrayList<>();
        checkDocuments(required, submission, locker, missing);
        Boolean pinVerified = checkPin(required, submission, expectedPin, locker, missing);
        ScanResult scan = ScanResult.match(order, submission.scannedBarcodes());
        if (required.isScan() && !scan.complete()) {
            missing.add(describe(scan));
        }
        Boolean ageVerified = checkAge(required.getMinimumAge(), submission, locker, missing);
        if (!missing.isEmpty()) {
            boolean ageFailed = missing.stream().anyMatch(item -> item.startsWith("age check"));
            throw new PodRefusedException(missing, ageFailed ? ReasonCode.AGE_CHECK_FAILED : ReasonCode.OTHER);
        }
        return proof(order, submission, pinVerified, scan, ageVerified);
    }

    private void checkDocuments(PodRequirements required, PodSubmission submission, boolean locker,
                                List<String> missing) {
        if (required.isSignature() && !locker && !stored(submission.signature())) {
            missing.add(submission.signature() == null ? "signature" : "signature: image not stored");
        }
        if (required.isPhoto() && submission.photos().isEmpty()) {
            missing.add("photo");
        }
        submission.photos().stream().filter(photo -> !stored(photo))
                .forEach(photo -> missing.add("photo: " + photo.getSha256() + " not stored"));
    }

    private Boolean checkPin(PodRequirements required, PodSubmission submission, String expectedPin,
                             boolean locker, List<String> missing) {
        boolean needed = required.isPin() && !locker;
        if (submission.pin() == null) {
            if (needed) {
                missing.add("pin");
            }
            return null;
        }
        PinVerifier.Outcome outcome = pins.verify(submission.orderId(), expectedPin, submission.pin());
        if (needed && outcome == PinVerifier.Outcome.WRONG) {
            missing.add("pin: wrong, " + pins.attemptsLeft(submission.orderId()) + " attempts left");
        } else if (needed && outcome == PinVerifier.Outcome.LOCKED) {
            missing.add("pin: locked after too many wrong attempts");
        }
        return outcome == PinVerifier.Outcome.VERIFIED;
    }

    private static Boolean checkAge(int minimumAge, PodSubmission submission, boolean locker, List<String> missing) {
        if (minimumAge <= 0) {
            return null;
        }
        if (locker) {
            missing.add("age check: goods for " + minimumAge + "+ cannot go into a locker");
            return false;
        }
        LocalDate today = submission.deliveredAt().atZone(ZoneOffset.UTC).toLocalDate();
        boolean oldEnough = submission.recipientDateOfBirth() != null
                ? AgeCheck.isOldEnough(submission.recipientDateOfBirth(), minimumAge, today)
                : Boolean.TRUE.equals(submission.ageVerifiedOnDevice());
        if (!oldEnough) {
            missing.add("age check: recipient not shown to be " + minimumAge + "+");
        }
        return oldEnough;
    }

    private static String describe(ScanResult scan) {
        String text = "scan:";
        if (!scan.missing().isEmpty()) {
            text += " not scanned " + scan.missing();
        }
        if (!scan.extra().isEmpty()) {
            text += " not of this order " + scan.extra();
        }
        return text;
    }

    private boolean stored(DocumentRef document) {
        return document != null && store.contains(document.getSha256());
    }

    private static ProofOfDelivery proof(DeliveryOrder order, PodSubmission submission, Boolean pinVerified,
                                         ScanResult scan, Boolean ageVerified) {
        String key = order.getTenant() + "|" + submission.orderId() + "|" + submission.deliveredAt();
        return ProofOfDelivery.builder()
                .id("pod-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)))
                .tenant(order.getTenant())
                .orderId(submission.orderId())
                .deliveredAt(submission.deliveredAt())
                .location(submission.location())
                .driverId(submission.driverId())
                .recipientName(submission.recipientName())
                .signature(submission.signature())
                .photos(submission.photos())
                .pinVerified(pinVerified)
                .scannedBarcodes(scan.matched())
                .ageVerified(ageVerified)
                .biometricVerified(submission.biometricVerified())
                .lockerId(submission.lockerId())
                .build();
    }
}
