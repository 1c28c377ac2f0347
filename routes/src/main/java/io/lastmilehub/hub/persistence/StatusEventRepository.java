package io.lastmilehub.hub.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface StatusEventRepository extends JpaRepository<StatusEventEntity, String> {

    List<StatusEventEntity> findByOrderIdOrderByOccurredAt(String orderId);
}
