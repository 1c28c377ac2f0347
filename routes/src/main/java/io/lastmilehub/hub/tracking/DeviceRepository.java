package io.lastmilehub.hub.tracking;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DeviceRepository extends JpaRepository<DeviceEntity, String> {

    List<DeviceEntity> findByTenantOrderById(String tenant);
}
