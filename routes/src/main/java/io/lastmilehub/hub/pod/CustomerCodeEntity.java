package io.lastmilehub.hub.pod;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/** A code issued to a customer (PIN or parcel-locker pickup code), kept as its hash. */
@Entity
@Table(name = "customer_code")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerCodeEntity {

    /** What a code is for. */
    public enum Kind {
        /** The PIN/OTP the recipient gives the driver at the door. */
        PIN,
        /** The code that opens the parcel locker the goods were deposited in. */
        LOCKER
    }

    @Id
    private String id;
    private String tenant;
    private String orderId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String codeHash;
    private String lockerId;
    private String lockerCompartment;
    private String eventId;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;
    private int wrongAttempts;

    public CustomerCodeEntity(String id, String tenant, String orderId, Kind kind, String codeHash, String eventId,
                              Instant issuedAt, Instant expiresAt) {
        this.id = id;
        this.tenant = tenant;
        this.orderId = orderId;
        this.kind = kind;
        this.codeHash = codeHash;
        this.eventId = eventId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }
}
