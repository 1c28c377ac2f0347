package io.lastmilehub.hub.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderEtaRepository extends JpaRepository<OrderEtaEntity, String> {
}
