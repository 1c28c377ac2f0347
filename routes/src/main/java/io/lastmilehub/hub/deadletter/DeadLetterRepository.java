package io.lastmilehub.hub.deadletter;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

public interface DeadLetterRepository extends JpaRepository<DeadLetterEntity, String>,
        JpaSpecificationExecutor<DeadLetterEntity> {

    Optional<DeadLetterEntity> findByIdAndTenant(String id, String tenant);
}
