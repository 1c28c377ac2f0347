package io.lastmilehub.hub.scheduling;

import net.javacrumbs.shedlock.core.LockConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;

class ScheduledJobTest {

    /** ShedLock refuses a lock held at least longer than at most: the job's tick failed and its work never ran. */
    @ParameterizedTest
    @EnumSource(ScheduledJob.class)
    void everyJobsLockTimesAreOnesShedLockTakes(ScheduledJob job) {
        assertThatCode(() -> new LockConfiguration(Instant.now(), job.lockName(), job.lockAtMostFor(),
                job.lockAtLeastFor())).doesNotThrowAnyException();
    }
}
