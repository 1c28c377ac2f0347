package io.lastmilehub.hub.orders;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
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

/** One entry of an order's status history. */
@Entity
@Table(name = "status_event")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StatusEventEntity extends AssignedIdEntity {

    @Id
    private String id;
    private String tenant;
    private String orderId;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    @Enumerated(EnumType.STRING)
    private ReasonCode reasonCode;
    private String reason;
    private String planId;
    private Instant occurredAt;
    /** Whether this entry only notes something that happened, the status staying as it was. */
    private boolean note;

    public StatusEventEntity(String id, String tenant, String orderId, DeliveryStatus status, Instant occurredAt) {
        this.id = id;
        this.tenant = tenant;
        this.orderId = orderId;
        this.status = status;
        this.occurredAt = occurredAt;
    }
}
