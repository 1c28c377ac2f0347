package io.lastmilehub.hub.messagelog;

import org.springframework.data.jpa.repository.JpaRepository;

/** Writes entries and sets their outcomes; reading is {@link MessageSearch}'s. */
public interface MessageLogRepository extends JpaRepository<MessageLogEntry, String> {
}
