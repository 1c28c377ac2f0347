package io.lastmilehub.hub.planning;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PlanRepository extends JpaRepository<PlanEntity, String> {

    Optional<PlanEntity> findByIdAndTenant(String id, String tenant);

    List<PlanEntity> findByTenantOrderByCreatedAtDesc(String tenant, Pageable page);

    Optional<PlanEntity> findFirstByTenantAndDepotIdAndPlanningDateOrderByCreatedAtDesc(String tenant, String depotId,
                                                                                       LocalDate planningDate);
}
