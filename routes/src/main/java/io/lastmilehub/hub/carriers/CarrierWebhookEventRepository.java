package io.lastmilehub.hub.carriers;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CarrierWebhookEventRepository
        extends JpaRepository<CarrierWebhookEventEntity, CarrierWebhookEventEntity.Key> {
}
