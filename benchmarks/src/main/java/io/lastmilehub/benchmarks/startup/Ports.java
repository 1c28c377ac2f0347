package io.lastmilehub.benchmarks.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Three ports that were free a moment ago: HTTP, the broker's acceptor and MQTT. */
public record Ports(int http, int broker, int mqtt) {

    static Ports free() {
        try (ServerSocket http = open(); ServerSocket broker = open(); ServerSocket mqtt = open()) {
            return new Ports(http.getLocalPort(), broker.getLocalPort(), mqtt.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocket open() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }
}
