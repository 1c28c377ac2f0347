package io.lastmilehub.hub.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

/** A plan as stored: its canonical JSON document. */
@Entity
@Table(name = "delivery_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class PlanEntity {

    @Id
    private String id;
    private String tenant;
    private String depotId;
    /** The day planned, in the depot's time zone. */
    private LocalDate planningDate;
    private Instant createdAt;
    private String document;
}
