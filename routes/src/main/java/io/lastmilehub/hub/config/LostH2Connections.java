package io.lastmilehub.hub.config;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.util.Set;

/**
 * Drops a pooled connection that H2 reports lost, as Hikari drops one by itself on the SQL states of a lost
 * connection (08xxx, and PostgreSQL's 57P01 after a restart): H2 names these with error codes of its own. Without it,
 * a hub on an H2 server that was restarted went on failing with "Database is already closed" for as long as requests
 * kept the dead connections busy (a pool tests a connection only after it sat idle). Set as {@code
 * spring.datasource.hikari.exception-override-class-name}; every other exception is left to Hikari's own rules.
 */
public class LostH2Connections implements SQLExceptionOverride {

    /** H2's ErrorCode.CONNECTION_BROKEN_1, DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    private static final Set<Integer> LOST = Set.of(90067, 90098, 90121);

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return LOST.contains(failure.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
