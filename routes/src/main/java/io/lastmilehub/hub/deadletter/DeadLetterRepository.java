package io.lastmilehub.hub.deadletter;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface DeadLetterRepository extends JpaRepository<DeadLetterEntity, String> {

    List<DeadLetterEntity> findByTenantOrderByCreatedAtDesc(String tenant, Pageable page);

    Optional<DeadLetterEntity> findByIdAndTenant(String id, String tenant);
}
