package io.lastmilehub.hub.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the path settings an integrator may leave empty: an empty value means none, and a value that names nothing
 * on disk stops the start-up with one line {@code <key>: <value>: <reason>}.
 */
public final class ConfiguredPaths {

    private ConfiguredPaths() {
    }

    /**
     * The directories of a comma-separated setting; blank entries are skipped.
     *
     * @throws InvalidSettingException when an entry is not a directory
     */
    public static List<Path> directories(String key, String value) {
        return entries(value).stream().map(entry -> directory(key, entry)).toList();
    }

    /**
     * The existing directory this setting names.
     *
     * @throws InvalidSettingException when it is not a directory
     */
    public static Path directory(String key, String value) {
        Path path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new InvalidSettingException(key, value, Files.exists(path) ? "is not a directory"
                    : "no such directory (relative to " + Path.of("").toAbsolutePath() + ")");
        }
        return path;
    }

    /**
     * The existing, readable file this setting names.
     *
     * @throws InvalidSettingException when it is not a readable file
     */
    public static Path file(String key, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidSettingException(key, path.toString(), Files.exists(path) ? "is not a file"
                    : "no such file (relative to " + Path.of("").toAbsolutePath() + ")");
        }
        if (!Files.isReadable(path)) {
            throw new InvalidSettingException(key, path.toString(), "cannot be read");
        }
        return path;
    }

    private static List<String> entries(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
