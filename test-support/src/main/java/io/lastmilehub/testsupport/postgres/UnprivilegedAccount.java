package io.lastmilehub.testsupport.postgres;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;

/**
 * The system account PostgreSQL runs as when the tests themselves run as root.
 *
 * <p>PostgreSQL refuses to run as root, so a root JVM has to hand the database to somebody else. {@code nobody}
 * exists on every common Linux distribution; its group is {@code nogroup} on Debian and Ubuntu and {@code nobody}
 * elsewhere. Nothing is created on the machine.
 *
 * @param user  login name, as understood by {@code setpriv --reuid}
 * @param group group name, as understood by {@code setpriv --regid}
 */
record UnprivilegedAccount(String user, String group) {

    private static final String USER = "nobody";
    private static final List<String> GROUP_CANDIDATES = List.of("nogroup", "nobody");

    /** Finds {@code nobody} and its group, failing with a clear message where they do not exist. */
    static UnprivilegedAccount nobody() {
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        try {
            lookup.lookupPrincipalByName(USER);
        } catch (IOException e) {
            throw new IllegalStateException("Running as root needs the user '" + USER + "' to run PostgreSQL as", e);
        }
        return new UnprivilegedAccount(USER, firstExistingGroup(lookup));
    }

    private static String firstExistingGroup(UserPrincipalLookupService lookup) {
        for (String candidate : GROUP_CANDIDATES) {
            try {
                lookup.lookupPrincipalByGroupName(candidate);
                return candidate;
            } catch (UserPrincipalNotFoundException e) {
                // try the next name
            } catch (IOException e) {
                throw new IllegalStateException("Could not look up the group '" + candidate + "'", e);
            }
        }
        throw new IllegalStateException("None of the groups " + GROUP_CANDIDATES + " exists");
    }

    /**
     * Creates an empty temporary directory (mode 700) owned by this account, because PostgreSQL insists on owning its
     * data directory. Root can still write into it, as zonky does with its {@code epg-lock} file.
     */
    Path createOwnedTempDirectory(String prefix) throws IOException {
        Path directory = Files.createTempDirectory(prefix);
        UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView attributes = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        attributes.setGroup(lookup.lookupPrincipalByGroupName(group));
        attributes.setOwner(lookup.lookupPrincipalByName(user));
        return directory;
    }
}
