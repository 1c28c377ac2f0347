package io.lastmilehub.hub.carriers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.io.Serializable;
import java.time.Instant;

/** A carrier webhook event applied, by the carrier's event id. */
@Entity
@Table(name = "carrier_webhook_event")
@IdClass(CarrierWebhookEventEntity.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class CarrierWebhookEventEntity {

    @Id
    private String carrierId;
    @Id
    private String eventId;
    private String orderId;
    private Instant receivedAt;

    /** The composite primary key. */
    public record Key(String carrierId, String eventId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
