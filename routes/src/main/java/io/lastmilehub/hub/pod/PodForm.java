package io.lastmilehub.hub.pod;

import java.time.Instant;
import java.util.List;

/**
 * The fields of a proof-of-delivery submission (multipart form, beside the photo and signature files).
 *
 * @param deliveredAt       when it was delivered; now when left out
 * @param driverId          who delivered
 * @param latitude          where the driver was
 * @param longitude         where the driver was
 * @param recipientName     the name the recipient gave
 * @param pin               the PIN/OTP the recipient gave
 * @param scans             barcodes scanned at the door
 * @param ageVerified       the device checked the recipient's age and it sufficed
 * @param biometricVerified the device verified the recipient biometrically (the result only, never the data)
 * @param lockerId          the parcel locker the goods were put into
 * @param lockerCompartment the compartment of that locker
 */
public record PodForm(Instant deliveredAt, String driverId, Double latitude, Double longitude, String recipientName,
                      String pin, List<String> scans, Boolean ageVerified, Boolean biometricVerified,
                      String lockerId, String lockerCompartment) {
}
