package io.lastmilehub.hub.pod;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** A proof of delivery as stored: its canonical JSON document. */
@Entity
@Table(name = "proof_of_delivery")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class ProofOfDeliveryEntity {

    @Id
    private String id;
    private String tenant;
    private String orderId;
    private String document;
    private Instant createdAt;
}
