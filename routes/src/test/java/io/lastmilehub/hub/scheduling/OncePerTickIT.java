package io.lastmilehub.hub.scheduling;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two hub instances on one database, each with its own ShedLock provider: the hub's own {@link OncePerTick} and a
 * second one made here, as another instance would. Each test locks a subject of its own, so that no test (nor the
 * hub's own timers) holds another's row.
 */
class OncePerTickIT extends HubIntegrationTest {

    @Autowired
    private OncePerTick thisInstance;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void whenTwoInstancesFireTheSameTick_theWorkShouldRunOnce() throws Exception {
        OncePerTick otherInstance = new OncePerTick(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build()));
        String depot = "race-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        };

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() ->
                thisInstance.run(ScheduledJob.PLAN_CUT_OFF, work, "it", depot));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        boolean second = otherInstance.run(ScheduledJob.PLAN_CUT_OFF, work, "it", depot);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void whenAnotherInstanceFiresTheTickJustAfterTheWorkEnded_itShouldNotRunItAgain() {
        OncePerTick otherInstance = new OncePerTick(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build()));
        String depot = "late-clock-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        assertThat(thisInstance.run(ScheduledJob.PLAN_CUT_OFF, runs::incrementAndGet, "it", depot)).isTrue();
        assertThat(otherInstance.run(ScheduledJob.PLAN_CUT_OFF, runs::incrementAndGet, "it", depot)).isFalse();

        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Integer.class,
                ScheduledJob.PLAN_CUT_OFF.lockName("it", depot))).isOne();
    }

    @Test
    void whenTheWorkFails_theErrorShouldReachTheCallerAndTheTickCountAsRun() {
        String carrier = "failing-" + UUID.randomUUID();

        assertThatThrownBy(() -> thisInstance.run(ScheduledJob.CARRIER_CUT_OFF, () -> {
            throw new IllegalStateException("carrier down");
        }, carrier)).isInstanceOf(IllegalStateException.class).hasMessage("carrier down");

        assertThat(thisInstance.run(ScheduledJob.CARRIER_CUT_OFF, () -> { }, carrier)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
