package io.lastmilehub.hub.tracking;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The group commit (of the accepted positions' rows), on a real (in-memory H2) database and its transactions. */
class GroupCommitIT {

    private final AtomicInteger commits = new AtomicInteger();
    /** The size of each group the writer was given. */
    private final List<Integer> groups = new CopyOnWriteArrayList<>();
    /** The item whose write holds its transaction open until released. */
    private volatile Held held = new Held(-1, new CountDownLatch(0), new CountDownLatch(0));
    private final ExecutorService callers = Executors.newFixedThreadPool(20);
    private JdbcTemplate jdbc;
    private GroupCommit<Integer> writes;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:position-writes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(h2);
        jdbc.execute("CREATE TABLE written (id INT PRIMARY KEY)");
        DataSourceTransactionManager counting = new DataSourceTransactionManager(h2) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                commits.incrementAndGet();
                super.doCommit(status);
            }
        };
        writes = new GroupCommit<>("test-writes", new TransactionTemplate(counting), this::writeGroup);
        writes.start();
    }

    @AfterEach
    void stop() {
        writes.stop();
        callers.shutdownNow();
    }

    @Test
    void writesArrivingDuringACommitShareTheNextOneAndEachCallerReturnsOnceItsWriteCommitted() throws Exception {
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        CompletableFuture<Void> first = writingUntil(0, letFirstCommit);
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int id = 1; id <= 15; id++) {
            int row = id;
            others.add(commitAsync(row));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> writes.waiting() == 15);
        assertThat(rows()).isZero(); // nothing committed yet: the first write's transaction is still open

        letFirstCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        assertThat(rows()).isEqualTo(16);
        assertThat(commits).hasValue(2);
        assertThat(groups).containsExactly(1, 15); // the writer is given each group whole

    }

    @Test
    void aWriteThatCannotCommitFailsOnlyItsOwnCaller() throws Exception {
        jdbc.update("INSERT INTO written (id) VALUES (7)");
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        CompletableFuture<Void> first = writingUntil(1, letFirstCommit);
        CompletableFuture<Void> before = commitAsync(2);
        CompletableFuture<Void> duplicate = commitAsync(7);
        CompletableFuture<Void> after = commitAsync(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> writes.waiting() == 3);

        letFirstCommit.countDown();

        first.get(10, TimeUnit.SECONDS);
        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForList("SELECT id FROM written ORDER BY id", Integer.class)).containsExactly(1, 2, 3, 7);
    }

    @Test
    void afterTheStopWritesCommitInTheCallersThread() {
        writes.stop();

        writes.commit(5);

        assertThat(rows()).isEqualTo(1);
        assertThat(commits).hasValue(1);
    }

    /** A write in the writer's open transaction, which commits once released; returns when it is being written. */
    private CompletableFuture<Void> writingUntil(int id, CountDownLatch release) throws InterruptedException {
        held = new Held(id, new CountDownLatch(1), release);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> writes.commit(id), callers);
        assertThat(held.writing().await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private void writeGroup(List<Integer> group) {
        groups.add(group.size());
        for (int id : group) {
            insert(id);
            if (id == held.id()) {
                held.writing().countDown();
                awaitRelease(held.release());
            }
        }
    }

    private record Held(int id, CountDownLatch writing, CountDownLatch release) {
    }

    /** A report's thread committing a write (threads of their own: each blocks until its group commits). */
    private CompletableFuture<Void> commitAsync(int id) {
        return CompletableFuture.runAsync(() -> writes.commit(id), callers);
    }

    private void insert(int id) {
        jdbc.update("INSERT INTO written (id) VALUES (?)", id);
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM written", Integer.class);
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
