package io.lastmilehub.hub.testsupport;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

/**
 * A partner's SFTP server on loopback (Apache MINA SSHD): one user with a password, its home a temporary directory,
 * a host key that survives a restart on the same port, so that the hub's known_hosts entry stays valid.
 */
public final class EmbeddedSftpServer implements AutoCloseable {

    public static final String USER = "hub";
    public static final String PASSWORD = "s3cret-sftp";

    private final Path home;
    private final Path hostKey;
    private SshServer server;
    private int port;

    public EmbeddedSftpServer() {
        try {
            home = Files.createTempDirectory("sftp-home");
            hostKey = Files.createTempDirectory("sftp-key").resolve("host.ser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** Starts the server, on the port it had before if it ran already. */
    public void start() {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(home));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getPort();
    }

    /** Stops the server: connections to its port are refused until {@link #start()}. */
    public void stop() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The user's home directory, as the server's file system. */
    public Path home() {
        return home;
    }

    /** Writes a known_hosts file that names this server's host key. */
    public Path knownHosts(Path file) {
        try {
            KeyPair key = server.getKeyPairProvider().loadKeys(null).iterator().next();
            return Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key.getPublic())
                    + "\n");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
