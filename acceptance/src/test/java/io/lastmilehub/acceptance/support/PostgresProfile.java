package io.lastmilehub.acceptance.support;

import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;

/** The command-line arguments that run the hub as the README's production setup does: the postgres profile. */
public final class PostgresProfile {

    private PostgresProfile() {
    }

    /** The profile, and the connection of application-postgres.yaml to this PostgreSQL. */
    public static String[] on(EmbeddedPostgresServer postgres) {
        return new String[] {"--spring.profiles.active=postgres", "--LASTMILE_DB_URL=" + postgres.jdbcUrl(),
            "--LASTMILE_DB_USER=" + postgres.username(), "--LASTMILE_DB_PASSWORD=" + postgres.password()};
    }
}
