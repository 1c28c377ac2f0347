package io.lastmilehub.hub.tracking;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Commits the database writes of accepted positions in groups (group commit): the writes of the reports that arrive
 * while a commit is under way wait for the next one, which takes them all in one transaction. A report is answered
 * only after its writes committed, as before; but a database commit (a file write on the embedded H2, a round trip and
 * a WAL flush on PostgreSQL) is made once per group instead of twice per position, which bounded what 16 devices could
 * report to the rate of single commits (docs/performance.md, "Positions").
 * <p>
 * One writer thread runs the groups. When a group fails, each of its writes is tried again in a transaction of its own,
 * so that a write that cannot commit fails only its own report. Before the start and after the stop (whose last step
 * commits what is still waiting), writes commit in their caller's thread.
 */
@Component
public class PositionWrites implements SmartLifecycle {

    /** The most writes of one group: enough for every device of a busy instance, short enough to commit quickly. */
    static final int MAX_GROUP = 256;
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    /** After the web server and the device routes stop (a lower phase stops later), so their last reports commit. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 8192;

    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    public PositionWrites(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /** Runs the writes in a transaction, possibly shared with other reports' writes; returns once committed. */
    public void commit(Runnable writes) {
        if (writer == null) {
            transactions.executeWithoutResult(status -> writes.run());
            return;
        }
        Pending pending = new Pending(writes);
        waiting.add(pending);
        pending.await(this);
    }

    /** How many writes wait for the writer to take them. */
    int waiting() {
        return waiting.size();
    }

    private void writeGroups() {
        List<Pending> group = new ArrayList<>();
        while (writer == Thread.currentThread()) {
            try {
                Pending first = waiting.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    group.add(first);
                    waiting.drainTo(group, MAX_GROUP - 1);
                    write(group);
                    group.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<Pending> group) {
        try {
            transactions.executeWithoutResult(status -> group.forEach(pending -> pending.writes.run()));
            group.forEach(Pending::committed);
        } catch (RuntimeException groupFailed) {
            group.forEach(this::writeAlone);
        }
    }

    private void writeAlone(Pending pending) {
        try {
            transactions.executeWithoutResult(status -> pending.writes.run());
            pending.committed();
        } catch (RuntimeException e) {
            pending.failed(e);
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::writeGroups, "position-writes");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(this::writeAlone);
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Writes waiting for their group's commit, and their caller waiting for the outcome. */
    private static final class Pending {

        private final Runnable writes;
        private final CompletableFuture<Void> outcome = new CompletableFuture<>();

        Pending(Runnable writes) {
            this.writes = writes;
        }

        void committed() {
            outcome.complete(null);
        }

        void failed(RuntimeException e) {
            outcome.completeExceptionally(e);
        }

        /**
         * Waits for the commit; writes the writer stopped before taking (it stopped meanwhile) are committed here,
         * in the caller's thread.
         */
        void await(PositionWrites writes) {
            while (true) {
                try {
                    outcome.get(IDLE_POLL.toMillis() * 5, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException stillWaiting) {
                    if (writes.writer == null && writes.waiting.remove(this)) {
                        writes.writeAlone(this);
                    }
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException failure ? failure
                            : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the position was being stored", e);
                }
            }
        }
    }
}
