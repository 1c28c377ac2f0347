package io.lastmilehub.hub.tracking;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderEtaRepository extends JpaRepository<OrderEtaEntity, String> {
}
