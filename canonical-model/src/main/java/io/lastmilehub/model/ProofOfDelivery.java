package io.lastmilehub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.time.Instant;
import java.util.List;

/**
 * What proves a delivery: who took it, when, where, and the evidence collected.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "proofOfDelivery")
@XmlType(name = "ProofOfDelivery")
public class ProofOfDelivery {

    /** Version of the canonical schema this document follows; see {@link SchemaVersion}. */
    @XmlAttribute
    @Builder.Default
    String schemaVersion = SchemaVersion.CURRENT;

    /** POD id. */
    @Size(max = 100)
    String id;

    /** Tenant. */
    @NotBlank
    @Size(max = 100)
    String tenant;

    /** The order. */
    @NotBlank
    @Size(max = 100)
    String orderId;

    /** When it was delivered. */
    @NotNull
    Instant deliveredAt;

    /** Where the driver was. */
    @Valid
    GeoPoint location;

    /** Driver who delivered. */
    @Size(max = 100)
    String driverId;

    /** Name the recipient gave. */
    @Size(max = 200)
    String recipientName;

    /** Signature image. */
    @Valid
    DocumentRef signature;

    /** Photos of the delivered goods. */
    @Valid
    @XmlElementWrapper(name = "photos")
    @XmlElement(name = "photo")
    @Singular
    List<DocumentRef> photos;

    /** The recipient gave the right PIN/OTP. */
    Boolean pinVerified;

    /** Barcodes scanned at the door. */
    @XmlElementWrapper(name = "scannedBarcodes")
    @XmlElement(name = "barcode")
    @Singular
    List<String> scannedBarcodes;

    /** The recipient's age was checked and sufficient. */
    Boolean ageVerified;

    /** The device verified the recipient biometrically (result only, never raw data). */
    Boolean biometricVerified;

    /** Parcel locker the goods were put into. */
    @Size(max = 100)
    String lockerId;

    /** Compartment of that locker, as the locker names it (e.g. B12). */
    @Size(max = 20)
    String lockerCompartment;

    @AssertTrue(message = "a compartment needs its lockerId")
    @JsonIgnore
    private boolean isCompartmentOfALocker() {
        return lockerCompartment == null || lockerId != null;
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<DocumentRef> getPhotos() {
        return photos == null ? List.of() : photos;
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<String> getScannedBarcodes() {
        return scannedBarcodes == null ? List.of() : scannedBarcodes;
    }

    /** Builds ProofOfDeliverys that satisfy their constraints. */
    public static class ProofOfDeliveryBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public ProofOfDelivery build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
