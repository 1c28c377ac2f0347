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

    /** Checks the PIN the recipient gave against the one issued for the order (see {@link PinVerifier}). */
    @FunctionalInterface
    public interface PinCheck {

        /** The outcome for the PIN given. */
        PinVerifier.Result check(String givenPin);
    }

    private final DocumentStore store;

    /** An assembler checking documents against the store. */
    public PodAssembler(DocumentStore store) {
        this.store = store;
    }

    /**
     * Checks a submission against its order and builds the proof.
     *
     * @param pins checks the PIN/OTP the recipient gave, when the submission has one
     * @throws PodRefusedException naming every missing or failed proof
     */
    public ProofOfDelivery assemble(DeliveryOrder order, PodSubmission submission, PinCheck pins)
            throws PodRefusedException {
        if (order.getId() != null && !order.getId().equals(submission.orderId())) {
            throw new IllegalArgumentException("submission for " + submission.orderId() + ", order " + order.getId());
        }
        PodRequirements required = order.getPodRequirements() != null ? order.getPodRequirements()
                : PodRequirements.builder().build();
        boolean locker = submission.lockerId() != null;
        List<String> missing = new ArrayList<>();
        checkDocuments(required, submission, locker, missing);
        if (submission.lockerCompartment() != null && !locker) {
            missing.add("lockerCompartment: given without a lockerId");
        }
        Boolean pinVerified = checkPin(required, submission, pins, locker, missing);
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

    private static Boolean checkPin(PodRequirements required, PodSubmission submission, PinCheck pins,
                                    boolean locker, List<String> missing) {
        boolean needed = required.isPin() && !locker;
        if (submission.pin() == null) {
            if (needed) {
                missing.add("pin");
            }
            return null;
        }
        PinVerifier.Result result = pins.check(submission.pin());
        if (needed && result.outcome() != PinVerifier.Outcome.VERIFIED) {
            missing.add("pin: " + refusal(result));
        }
        return result.outcome() == PinVerifier.Outcome.VERIFIED;
    }

    private static String refusal(PinVerifier.Result result) {
        return switch (result.outcome()) {
            case WRONG -> "wrong, " + result.attemptsLeft() + " attempts left";
            case LOCKED -> "locked after too many wrong attempts";
            case EXPIRED -> "expired";
            case USED -> "already used";
            case NOT_ISSUED -> "none was issued for this order";
            case VERIFIED -> throw new IllegalArgumentException("not a refusal");
        };
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
                .lockerCompartment(submission.lockerCompartment())
                .build();
    }
}
