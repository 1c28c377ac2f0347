package io.lastmilehub.hub.notify;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NotificationRepository extends JpaRepository<NotificationEntity, String> {

    boolean existsByEventId(String eventId);

    List<NotificationEntity> findByTenantAndOrderIdOrderByCreatedAt(String tenant, String orderId);
}
