package io.lastmilehub.hub.planning;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PlanRequestRepository extends JpaRepository<PlanRequestEntity, String> {

    Optional<PlanRequestEntity> findByIdAndTenant(String id, String tenant);

    Optional<PlanRequestEntity> findByDedupeKey(String dedupeKey);

    List<PlanRequestEntity> findByTenantOrderByRequestedAtDesc(String tenant, Pageable page);

    List<PlanRequestEntity> findByTenantAndDepotIdOrderByRequestedAtDesc(String tenant, String depotId,
                                                                         Pageable page);

    boolean existsByTenantAndDepotIdAndPlanningDateAndState(String tenant, String depotId, LocalDate planningDate,
                                                            PlanRequestEntity.State state);

    /** The search's progress, written while the request runs; a bulk update, so the running attempt is not loaded. */
    @Modifying
    @Query("update PlanRequestEntity r set r.iterations = :iterations, r.bestCost = :bestCost, "
            + "r.bestVehicles = :vehicles, r.bestUnassigned = :unassigned, r.progressAt = :at "
            + "where r.id = :id and r.state = io.lastmilehub.hub.planning.PlanRequestEntity.State.RUNNING")
    int recordProgress(String id, int iterations, double bestCost, int vehicles, int unassigned, Instant at);
}
