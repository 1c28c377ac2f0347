package io.lastmilehub.hub.notify;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface NotificationRepository extends JpaRepository<NotificationEntity, String> {

    boolean existsByEventId(String eventId);

    List<NotificationEntity> findByTenantAndOrderIdOrderByCreatedAt(String tenant, String orderId);

    /** Notifications still QUEUED since before {@code queuedBefore} and not sent again since {@code resentBefore}. */
    @Query("select n.id from NotificationEntity n where n.status = 'QUEUED' and n.payload is not null"
            + " and n.createdAt < :queuedBefore and (n.resentAt is null or n.resentAt < :resentBefore)"
            + " order by n.createdAt")
    List<String> stranded(@Param("queuedBefore") Instant queuedBefore, @Param("resentBefore") Instant resentBefore,
                          Pageable page);
}
