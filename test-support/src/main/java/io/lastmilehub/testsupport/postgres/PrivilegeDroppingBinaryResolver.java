package io.lastmilehub.testsupport.postgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Gives zonky its usual PostgreSQL binaries, except that {@code initdb} and {@code pg_ctl} give up root first.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}) so that a compromised server cannot
 * take over the machine. Zonky's own workaround, {@code unshare -U}, needs user namespaces, which Docker's default
 * seccomp profile and many CI sandboxes forbid, and zonky has no option to switch users. It does let us supply the
 * binary archive, though, so this resolver rewrites the archive zonky would have used: the real {@code bin/initdb}
 * and {@code bin/pg_ctl} are renamed to {@code *.real}, and small shell scripts take their place that, when started
 * as root, run the real program through {@code setpriv} as the {@link UnprivilegedAccount}. The {@code postgres}
 * server binary, {@code lib} and {@code share} stay where they were, so everything still finds its libraries, and
 * {@code initdb} and {@code pg_ctl} start the {@code postgres} next to them, already as the unprivileged user.
 *
 * <p>The rewritten archive is cached in {@code cacheDirectory}, keyed by the digest of the original archive and the
 * account; zonky then extracts it once and reuses the extracted files, as it always does. It is stored without
 * compression: compressing 57 MB in Java takes several seconds, storing it about one.
 *
 * @param account        who PostgreSQL runs as
 * @param cacheDirectory where the rewritten archive is kept between JVMs
 */
record PrivilegeDroppingBinaryResolver(UnprivilegedAccount account, Path cacheDirectory) implements PgBinaryResolver {

    private static final Set<String> WRAPPED_PROGRAMS = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String REAL_SUFFIX = ".real";
    private static final int EXECUTABLE_FILE_MODE = 0100755;

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = in.readAllBytes();
        }
        Path rewritten = cacheDirectory.resolve(
                "postgres-" + sha256(original) + "-" + account.user() + "-" + account.group() + ".txz");
        if (!Files.isRegularFile(rewritten)) {
            writeAtomically(original, rewritten);
        }
        return Files.newInputStream(rewritten);
    }

    /** Concurrent JVMs may both rewrite; each moves a complete, identical file into place. */
    private void writeAtomically(byte[] original, Path target) throws IOException {
        Files.createDirectories(cacheDirectory);
        Path temporary = Files.createTempFile(cacheDirectory, "rewriting-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                rewrite(original, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void rewrite(byte[] original, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(original)));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, uncompressed()))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            // The cast keeps this compiling against commons-compress before 1.25, where getNextEntry is untyped.
            for (TarArchiveEntry entry = (TarArchiveEntry) in.getNextEntry(); entry != null;
                 entry = (TarArchiveEntry) in.getNextEntry()) {
                copyEntry(in, entry, out);
            }
        }
    }

    private void copyEntry(TarArchiveInputStream in, TarArchiveEntry entry, TarArchiveOutputStream out)
            throws IOException {
        String name = entry.getName();
        boolean wrapped = WRAPPED_PROGRAMS.contains(name);
        if (wrapped) {
            entry.setName(name + REAL_SUFFIX);
        }
        out.putArchiveEntry(entry);
        in.transferTo(out);
        out.closeArchiveEntry();
        if (wrapped) {
            addWrapper(out, name, entry);
        }
    }

    /** Takes the real program's time stamp and owner so that the archive, and so zonky's cache key, is stable. */
    private void addWrapper(TarArchiveOutputStream out, String name, TarArchiveEntry real) throws IOException {
        byte[] script = wrapperScript().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(EXECUTABLE_FILE_MODE);
        entry.setSize(script.length);
        entry.setModTime(real.getModTime());
        entry.setUserName(real.getUserName());
        entry.setGroupName(real.getGroupName());
        out.putArchiveEntry(entry);
        out.write(script);
        out.closeArchiveEntry();
    }

    /** Only root has to, and can, switch user; anybody else runs the real program directly. */
    private String wrapperScript() {
        return "#!/bin/sh\n"
                + "# PostgreSQL refuses to run as root; see " + getClass().getName() + ".\n"
                + "if [ \"$(id -u)\" = 0 ]; then\n"
                + "  exec setpriv --reuid=" + account.user() + " --regid=" + account.group()
                + " --clear-groups -- \"$0" + REAL_SUFFIX + "\" \"$@\"\n"
                + "fi\n"
                + "exec \"$0" + REAL_SUFFIX + "\" \"$@\"\n";
    }

    private static LZMA2Options uncompressed() throws IOException {
        LZMA2Options options = new LZMA2Options();
        options.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        return options;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform supports SHA-256", e);
        }
    }
}
