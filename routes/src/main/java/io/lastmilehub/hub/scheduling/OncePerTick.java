package io.lastmilehub.hub.scheduling;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a tick of scheduled work on one hub instance only: the one that takes the job's ShedLock row; on the others
 * the tick does nothing. What a run throws is the caller's to handle, and frees the row like a run that ends.
 */
@Component
public class OncePerTick {

    private static final Logger LOG = LoggerFactory.getLogger(OncePerTick.class);

    private final LockingTaskExecutor executor;

    public OncePerTick(LockProvider locks) {
        this.executor = new DefaultLockingTaskExecutor(locks);
    }

    /**
     * Runs the work here unless another instance holds the job's row for what it works on.
     *
     * @param subject what the job works on (a tenant and depot, a carrier), none for a job over everything
     * @return whether the work ran here
     */
    public boolean run(ScheduledJob job, Runnable work, String... subject) {
        String name = job.lockName(subject);
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), name, job.lockAtMostFor(),
                job.lockAtLeastFor());
        boolean ran;
        try {
            ran = executor.executeWithLock(() -> {
                work.run();
                return null;
            }, lock).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException(checked); // a Runnable throws none
        }
        if (!ran) {
            LOG.debug("{}: this tick runs on another hub instance", name);
        }
        return ran;
    }
}
