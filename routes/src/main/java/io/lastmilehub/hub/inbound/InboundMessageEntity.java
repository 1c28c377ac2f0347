package io.lastmilehub.hub.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A message the hub accepted, byte for byte, with the ids of the orders it created. */
@Entity
@Table(name = "inbound_message")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InboundMessageEntity {

    @Id
    private String id;
    private String tenant;
    private String format;
    private String sourceSystem;
    private String sourceMessageId;
    private String payloadSha256;
    private byte[] payload;
    private Instant receivedAt;
    /** Comma-separated: order ids never contain commas. */
    @Column(name = "order_ids")
    private String orderIdList;

    public InboundMessageEntity(String id, String tenant, String format, byte[] payload, String payloadSha256) {
        this.id = id;
        this.tenant = tenant;
        this.format = format;
        this.payload = payload;
        this.payloadSha256 = payloadSha256;
    }

    public List<String> orderIds() {
        return orderIdList.isEmpty() ? List.of() : Arrays.asList(orderIdList.split(","));
    }

    public void setOrderIds(List<String> ids) {
        this.orderIdList = String.join(",", ids);
    }
}
