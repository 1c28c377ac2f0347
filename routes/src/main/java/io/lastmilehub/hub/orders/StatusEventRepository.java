package io.lastmilehub.hub.orders;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface StatusEventRepository extends JpaRepository<StatusEventEntity, String> {

    List<StatusEventEntity> findByOrderIdOrderByOccurredAt(String orderId);
}
