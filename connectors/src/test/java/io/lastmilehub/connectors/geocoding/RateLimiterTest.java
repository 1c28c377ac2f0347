package io.lastmilehub.connectors.geocoding;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    /** A clock that only moves when a caller sleeps or the test says so. */
    private final AtomicLong now = new AtomicLong(-5_000_000_000L);
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    private RateLimiter limiter(Duration interval) {
        return new RateLimiter(interval, now::get, duration -> {
            waits.add(duration);
            now.addAndGet(duration.toNanos());
        });
    }

    @Test
    void whenFirstCall_itShouldNotWait() throws InterruptedException {
        limiter(SECOND).acquire();

        assertThat(waits).isEmpty();
    }

    @Test
    void whenCalledAgainAtOnce_itShouldWaitTheWholeInterval() throws InterruptedException {
        RateLimiter limiter = limiter(SECOND);

        limiter.acquire();
        limiter.acquire();

        assertThat(waits).containsExactly(SECOND);
    }

    @Test
    void whenPartOfTheIntervalHasPassed_itShouldWaitOnlyForTheRest() throws InterruptedException {
        RateLimiter limiter = limiter(SECOND);

        limiter.acquire();
        now.addAndGet(Duration.ofMillis(300).toNanos());
        limiter.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void whenTheIntervalHasPassed_itShouldNotWait() throws InterruptedException {
        RateLimiter limiter = limiter(SECOND);

        limiter.acquire();
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        limiter.acquire();

        assertThat(waits).isEmpty();
    }

    @Test
    void whenIntervalIsZero_itShouldNeverWait() throws InterruptedException {
        RateLimiter limiter = limiter(Duration.ZERO);

        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void whenManyThreadsCallAtTheSameInstant_itShouldGiveEachItsOwnSlot() throws Exception {
        int callers = 8;
        // the clock stands still: every caller reserves at the same instant and must get a later slot than the last
        RateLimiter limiter = new RateLimiter(SECOND, now::get, waits::add);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    limiter.acquire();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(waits).containsExactlyInAnyOrder(
                SECOND, SECOND.multipliedBy(2), SECOND.multipliedBy(3), SECOND.multipliedBy(4),
                SECOND.multipliedBy(5), SECOND.multipliedBy(6), SECOND.multipliedBy(7));
    }

    @Test
    void whenInterruptedWhileWaiting_itShouldPassTheInterruptOn() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(SECOND, now::get, duration -> {
            throw new InterruptedException("stop");
        });
        limiter.acquire();

        assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
    }

    @Test
    void whenIntervalIsNegative_itShouldRefuseIt() {
        assertThatThrownBy(() -> limiter(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("minInterval:");
    }
}
