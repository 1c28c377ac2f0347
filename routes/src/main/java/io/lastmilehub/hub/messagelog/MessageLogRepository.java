package io.lastmilehub.hub.messagelog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface MessageLogRepository extends JpaRepository<MessageLogEntry, String> {

    Optional<MessageLogEntry> findByIdAndTenant(String id, String tenant);
}
