package io.lastmilehub.hub.notify;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface NotificationRepository extends JpaRepository<NotificationEntity, String> {

    boolean existsByEventId(String eventId);

    List<NotificationEntity> findByTenantAndOrderIdOrderByCreatedAt(String tenant, String orderId);

    /**
     * Claims a notification for a send by one message: 1 when it won it (or holds it already: the same message
     * delivered again), 0 when it was sent already or another message holds it (until that claim lapses).
     */
    @Modifying
    @Query("update NotificationEntity n set n.claimedBy = :message, n.claimedUntil = :until where n.id = :id"
            + " and n.status <> 'SENT' and (n.claimedUntil is null or n.claimedUntil < :now"
            + " or n.claimedBy = :message)")
    int claim(@Param("id") String id, @Param("message") String message, @Param("now") Instant now,
              @Param("until") Instant until);

    /** Notifications still QUEUED since before {@code queuedBefore} and not sent again since {@code resentBefore}. */
    @Query("select n.id from NotificationEntity n where n.status = 'QUEUED' and n.payload is not null"
            + " and n.createdAt < :queuedBefore and (n.resentAt is null or n.resentAt < :resentBefore)"
            + " order by n.createdAt")
    List<String> stranded(@Param("queuedBefore") Instant queuedBefore, @Param("resentBefore") Instant resentBefore,
                          Pageable page);
}
