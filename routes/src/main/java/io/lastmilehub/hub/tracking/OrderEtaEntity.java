package io.lastmilehub.hub.tracking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** The newest live ETA of an order, with the vehicle's position it was computed from; written by {@link EtaStore}. */
@Entity
@Table(name = "order_eta")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrderEtaEntity {

    @Id
    private String orderId;
    private String tenant;
    private String planId;
    private String vehicleId;
    private int stopSequence;
    /** How many stops the vehicle still serves before this one. */
    private int stopsBefore;
    private Instant plannedEta;
    private Instant eta;
    private double vehicleLat;
    private double vehicleLon;
    private Instant positionTime;
}
