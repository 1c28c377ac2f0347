package io.lastmilehub.acceptance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fresh directory holding a copy of the repository's {@code config/} and nothing else: where a user starts the
 * hub. The hub makes its {@code ./data} (broker journal, database, inboxes) here.
 */
public final class RunDirectory {

    private RunDirectory() {
    }

    public static Path withShippedConfig() {
        try {
            Path directory = Files.createTempDirectory("lastmile-hub-run-");
            copyTree(Repository.config(), directory.resolve("config"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare a run directory", e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(source)) {
            entries = walk.toList();
        }
        for (Path entry : entries) {
            Path copy = target.resolve(source.relativize(entry).toString());
            if (Files.isDirectory(entry)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(entry, copy);
            }
        }
    }
}
