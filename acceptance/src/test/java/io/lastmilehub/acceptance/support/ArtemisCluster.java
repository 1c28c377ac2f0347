package io.lastmilehub.acceptance.support;

import io.lastmilehub.acceptance.support.ArtemisBroker.Grouping;
import io.lastmilehub.acceptance.support.ArtemisBroker.Ha;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The production set-up of docs/production-deployment.md on this machine: two live brokers in a symmetric cluster
 * (static connectors, ON_DEMAND load balancing, redistribution at once), {@code first} deciding where message groups
 * go (grouping handler LOCAL) and {@code second} asking it (REMOTE), and a backup replicating {@code second}, which
 * takes over when {@code second} dies. The first is a replicating primary too, without a backup: only brokers with a
 * replication policy answer a backup's quorum vote, and without its vote the backup never activated (seen here).
 */
public final class ArtemisCluster implements AutoCloseable {

    private final ArtemisBroker first;
    private final ArtemisBroker second;
    private final ArtemisBroker backup;

    private ArtemisCluster(ArtemisBroker first, ArtemisBroker second, ArtemisBroker backup) {
        this.first = first;
        this.second = second;
        this.backup = backup;
    }

    /** Creates the three brokers with {@code artemis create} and starts them: the live ones, then the backup. */
    public static ArtemisCluster start() {
        int a = FreePorts.next();
        int b = FreePorts.next();
        int c = FreePorts.next();
        // artemis create takes a JVM's start each: the three run at once.
        CompletableFuture<ArtemisBroker> liveA = CompletableFuture.supplyAsync(() ->
                ArtemisBroker.create("live-a", a, List.of(b, c), Grouping.LOCAL, Ha.REPLICATED_LIVE, "a"));
        CompletableFuture<ArtemisBroker> liveB = CompletableFuture.supplyAsync(() ->
                ArtemisBroker.create("live-b", b, List.of(a, c), Grouping.REMOTE, Ha.REPLICATED_LIVE, "b"));
        CompletableFuture<ArtemisBroker> backupB = CompletableFuture.supplyAsync(() ->
                ArtemisBroker.create("backup-b", c, List.of(a, b), Grouping.REMOTE, Ha.REPLICATED_BACKUP, "b"));
        ArtemisCluster cluster = new ArtemisCluster(liveA.join(), liveB.join(), backupB.join());
        cluster.first.start();
        cluster.second.start();
        cluster.backup.start();
        return cluster;
    }

    /**
     * The high-availability URL a hub is given in {@code spring.artemis.broker-url}, naming the live brokers with
     * {@code preferred} first; the client learns the backup from the cluster's topology.
     */
    public String hubUrl(boolean preferSecond) {
        ArtemisBroker head = preferSecond ? second : first;
        ArtemisBroker tail = preferSecond ? first : second;
        return "(tcp://127.0.0.1:" + head.port() + ",tcp://127.0.0.1:" + tail.port()
                + ")?ha=true&reconnectAttempts=-1&retryInterval=500";
    }

    /** A plain JMS connection to the first broker only, which the tests never kill. */
    public Connection connectToFirst() throws JMSException {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + first.port())
                .createConnection(ArtemisBroker.USER, ArtemisBroker.PASSWORD);
    }

    public ArtemisBroker second() {
        return second;
    }

    public ArtemisBroker backup() {
        return backup;
    }

    @Override
    public void close() {
        backup.close();
        second.close();
        first.close();
    }
}
