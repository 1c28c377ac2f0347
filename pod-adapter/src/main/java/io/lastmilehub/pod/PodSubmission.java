package io.lastmilehub.pod;

import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.GeoPoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the driver's app submits as proof of one delivery. Documents are stored first (the store is
 * content-addressed, so a refused submission leaves nothing that could be confused with a proof) and referenced
 * here.
 *
 * @param orderId              the order delivered
 * @param driverId             who delivered
 * @param deliveredAt          when
 * @param location             where the driver was
 * @param recipientName        the name the recipient gave
 * @param signature            the signature image, or {@code null}
 * @param photos               photos of the delivered goods
 * @param pin                  the PIN/OTP the recipient gave, or {@code null}
 * @param scannedBarcodes      barcodes scanned at the door
 * @param recipientDateOfBirth from the ID document, for the age check; never stored
 * @param ageVerifiedOnDevice  the device's own age-check result, when it checked the ID itself
 * @param biometricVerified    the device's biometric verification result (never raw biometrics)
 * @param lockerId             the parcel locker the goods were put into, or {@code null}
 */
public record PodSubmission(String orderId, String driverId, Instant deliveredAt, GeoPoint location,
                            String recipientName, DocumentRef signature, List<DocumentRef> photos, String pin,
                            List<String> scannedBarcodes, LocalDate recipientDateOfBirth,
                            Boolean ageVerifiedOnDevice, Boolean biometricVerified, String lockerId) {

    /** Checks the required fields and copies the lists. */
    public PodSubmission {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        photos = photos == null ? List.of() : List.copyOf(photos);
        scannedBarcodes = scannedBarcodes == null ? List.of() : List.copyOf(scannedBarcodes);
    }
}
