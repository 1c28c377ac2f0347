package io.lastmilehub.pod;

import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.GeoPoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * @param lockerCompartment    the compartment of that locker, or {@code null}
 */
public record PodSubmission(String orderId, String driverId, Instant deliveredAt, GeoPoint location,
                            String recipientName, DocumentRef signature, List<DocumentRef> photos, String pin,
                            List<String> scannedBarcodes, LocalDate recipientDateOfBirth,
                            Boolean ageVerifiedOnDevice, Boolean biometricVerified, String lockerId,
                            String lockerCompartment) {

    /** Checks the required fields and copies the lists. */
    public PodSubmission {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        photos = photos == null ? List.of() : List.copyOf(photos);
        scannedBarcodes = scannedBarcodes == null ? List.of() : List.copyOf(scannedBarcodes);
    }

    /** Builds submissions field by field; order id and delivery time are required. */
    public static final class Builder {

        private final String orderId;
        private final Instant deliveredAt;
        private String driverId;
        private GeoPoint location;
        private String recipientName;
        private DocumentRef signature;
        private final List<DocumentRef> photos = new ArrayList<>();
        private String pin;
        private List<String> scannedBarcodes = List.of();
        private LocalDate recipientDateOfBirth;
        private Boolean ageVerifiedOnDevice;
        private Boolean biometricVerified;
        private String lockerId;
        private String lockerCompartment;

        /** A builder for a delivery of an order at a time. */
        public Builder(String orderId, Instant deliveredAt) {
            this.orderId = orderId;
            this.deliveredAt = deliveredAt;
        }

        public Builder driverId(String value) {
            this.driverId = value;
            return this;
        }

        public Builder location(GeoPoint value) {
            this.location = value;
            return this;
        }

        public Builder recipientName(String value) {
            this.recipientName = value;
            return this;
        }

        public Builder signature(DocumentRef value) {
            this.signature = value;
            return this;
        }

        public Builder photo(DocumentRef value) {
            this.photos.add(value);
            return this;
        }

        public Builder pin(String value) {
            this.pin = value;
            return this;
        }

        public Builder scannedBarcodes(List<String> value) {
            this.scannedBarcodes = value;
            return this;
        }

        public Builder recipientDateOfBirth(LocalDate value) {
            this.recipientDateOfBirth = value;
            return this;
        }

        public Builder ageVerifiedOnDevice(Boolean value) {
            this.ageVerifiedOnDevice = value;
            return this;
        }

        public Builder biometricVerified(Boolean value) {
            this.biometricVerified = value;
            return this;
        }

        public Builder lockerId(String value) {
            this.lockerId = value;
            return this;
        }

        public Builder lockerCompartment(String value) {
            this.lockerCompartment = value;
            return this;
        }

        /** The submission. */
        public PodSubmission build() {
            return new PodSubmission(orderId, driverId, deliveredAt, location, recipientName, signature, photos, pin,
                    scannedBarcodes, recipientDateOfBirth, ageVerifiedOnDevice, biometricVerified, lockerId,
                    lockerCompartment);
        }
    }
}
