package io.lastmilehub.hub.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

/** A plan as stored: its canonical JSON document, and the newer version that replaced it, if one did. */
@Entity
@Table(name = "delivery_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanEntity {

    @Id
    private String id;
    private String tenant;
    private String depotId;
    /** The day planned, in the depot's time zone. */
    private LocalDate planningDate;
    private Instant createdAt;
    private String document;
    private String supersededBy;

    public PlanEntity(String id, String tenant, String depotId, LocalDate planningDate, Instant createdAt,
                      String document) {
        this.id = id;
        this.tenant = tenant;
        this.depotId = depotId;
        this.planningDate = planningDate;
        this.createdAt = createdAt;
        this.document = document;
    }

    /** A newer version of this plan (a re-plan, inserted or dispatched orders) replaces it. */
    public void supersede(String newerPlanId) {
        this.supersededBy = newerPlanId;
    }
}
