package io.lastmilehub.hub.orders;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface StatusEventRepository extends JpaRepository<StatusEventEntity, String> {

    /** A query string, not one derived from the name: the intake asks it of every order (see InboundMessageRepository). */
    @Query("select e from StatusEventEntity e where e.orderId = :orderId order by e.occurredAt")
    List<StatusEventEntity> findByOrderIdOrderByOccurredAt(@Param("orderId") String orderId);
}
