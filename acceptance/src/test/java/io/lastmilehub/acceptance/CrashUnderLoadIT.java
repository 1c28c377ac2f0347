package io.lastmilehub.acceptance;

/** {@link CrashUnderLoad} on the shipped default database: an H2 file in ./data, killed with the hub. */
class CrashUnderLoadIT extends CrashUnderLoad {

    @Override
    String database() {
        return "H2";
    }

    @Override
    String[] databaseArguments() {
        return new String[0];
    }
}
