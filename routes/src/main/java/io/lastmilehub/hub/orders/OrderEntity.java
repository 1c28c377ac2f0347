package io.lastmilehub.hub.orders;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.pod.Tokens;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/** A canonical order as stored: the canonical JSON document plus the columns queries filter on. */
@Entity
@Table(name = "delivery_order")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrderEntity {

    @Id
    private String id;
    private String tenant;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    @Enumerated(EnumType.STRING)
    private ReasonCode statusReasonCode;
    private String depotId;
    /** The references parcel updates find the order by (see {@code ParcelUpdate}), copied from the document. */
    private String erpDelivery;
    private String erpSalesOrder;
    private String customerPo;
    private String shopOrder;
    private String inboundMessageId;
    private String document;
    private Instant createdAt;
    private Instant updatedAt;
    /** The token of the order's public tracking page; unguessable, unique. */
    private String trackingToken;
    @Version
    private long version;

    public OrderEntity(String id, String tenant, String inboundMessageId, Instant createdAt) {
        this.id = id;
        this.tenant = tenant;
        this.inboundMessageId = inboundMessageId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.trackingToken = Tokens.newToken();
    }
}
