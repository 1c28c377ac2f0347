package io.lastmilehub.hub.tracking;

import org.springframework.context.SmartLifecycle;
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
import java.util.function.Consumer;

/**
 * Commits items in groups (group commit): the items that arrive while a commit is under way wait for the next one,
 * which writes them all, in their order of arrival, in one transaction and with one call of the group's writer (so
 * that it can send each statement once for the group, as a JDBC batch). A caller returns only after its item
 * committed; but a database commit (a file write on the embedded H2, a round trip and a WAL flush on PostgreSQL) is
 * made once per group. The hub's accepted positions are written so ({@code TrackingBeans}): one commit for each
 * position bounded what 16 devices could report to the rate of single commits (docs/performance.md, "Positions").
 * <p>
 * One writer thread runs the groups, so that the items of one group are in one transaction. When a group fails, each
 * of its items is written again in a transaction of its own, so that an item that cannot commit fails only its own
 * caller. Before the start and after the stop (whose last step commits what is still waiting), items commit in their
 * caller's thread.
 *
 * @param <T> what is written
 */
public class GroupCommit<T> implements SmartLifecycle {

    /** The most items of one group: enough for every device of a busy instance, short enough to commit quickly. */
    static final int MAX_GROUP = 256;
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    /** After the web server and the device routes stop (a lower phase stops later), so their last reports commit. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 8192;

    private final String name;
    private final TransactionTemplate transactions;
    private final Consumer<List<T>> writer;
    private final BlockingQueue<Pending<T>> waiting = new LinkedBlockingQueue<>();
    private volatile Thread writerThread;

    /**
     * @param name         the writer thread's name
     * @param transactions the transactions the groups are written in
     * @param writer       writes a group's items, in the order given, in the transaction it is called in
     */
    public GroupCommit(String name, TransactionTemplate transactions, Consumer<List<T>> writer) {
        this.name = name;
        this.transactions = transactions;
        this.writer = writer;
    }

    /** Writes the item in a transaction, possibly shared with other callers' items; returns once committed. */
    public void commit(T item) {
        if (writerThread == null) {
            writeAlone(item);
            return;
        }
        Pending<T> pending = new Pending<>(item);
        waiting.add(pending);
        pending.await(this);
    }

    /** How many items wait for the writer to take them. */
    int waiting() {
        return waiting.size();
    }

    private void writeGroups() {
        List<Pending<T>> group = new ArrayList<>();
        while (writerThread == Thread.currentThread()) {
            try {
                Pending<T> first = waiting.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
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

    private void write(List<Pending<T>> group) {
        List<T> items = group.stream().map(pending -> pending.item).toList();
        try {
            transactions.executeWithoutResult(status -> writer.accept(items));
            group.forEach(Pending::committed);
        } catch (RuntimeException groupFailed) {
            group.forEach(this::writeAlone);
        }
    }

    private void writeAlone(Pending<T> pending) {
        try {
            writeAlone(pending.item);
            pending.committed();
        } catch (RuntimeException e) {
            pending.failed(e);
        }
    }

    private void writeAlone(T item) {
        transactions.executeWithoutResult(status -> writer.accept(List.of(item)));
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::writeGroups, name);
        thread.setDaemon(true);
        writerThread = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = writerThread;
        writerThread = null;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Pending<T>> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(this::writeAlone);
    }

    @Override
    public boolean isRunning() {
        return writerThread != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** An item waiting for its group's commit, and its caller waiting for the outcome. */
    private static final class Pending<T> {

        private final T item;
        private final CompletableFuture<Void> outcome = new CompletableFuture<>();

        Pending(T item) {
            this.item = item;
        }

        void committed() {
            outcome.complete(null);
        }

        void failed(RuntimeException e) {
            outcome.completeExceptionally(e);
        }

        /**
         * Waits for the commit; an item the writer stopped before taking (it stopped meanwhile) is committed here,
         * in the caller's thread.
         */
        void await(GroupCommit<T> commits) {
            while (true) {
                try {
                    outcome.get(IDLE_POLL.toMillis() * 5, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException stillWaiting) {
                    if (commits.writerThread == null && commits.waiting.remove(this)) {
                        commits.writeAlone(this);
                    }
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException failure ? failure
                            : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the commit", e);
                }
            }
        }
    }
}
