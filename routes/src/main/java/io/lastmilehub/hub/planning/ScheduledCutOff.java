package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties.PlanDay;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A depot's cut-off as scheduled: when it fires and which day it plans.
 *
 * @param tenant  the tenant
 * @param depotId the depot planned
 * @param cron    the schedule, as configured
 * @param zone    the zone of the schedule and of the day planned
 * @param planDay the day planned, counted from the cut-off's day
 */
public record ScheduledCutOff(String tenant, String depotId, String cron, ZoneId zone, PlanDay planDay) {

    /** A cut-off that fires this much after its time (a busy scheduler, a slow start) still counts as that time. */
    static final Duration LATENESS = Duration.ofMinutes(10);

    /** @throws IllegalArgumentException when the cron expression cannot be read */
    public ScheduledCutOff {
        CronExpression.parse(cron);
    }

    /**
     * The scheduled time a firing at {@code firedAt} stands for: the same for every hub instance that fires it, so
     * that they make one request between them. A firing outside the schedule (by hand) stands for its own second.
     */
    public ZonedDateTime scheduledTime(Instant firedAt) {
        ZonedDateTime now = firedAt.atZone(zone);
        ZonedDateTime scheduled = CronExpression.parse(cron).next(now.minus(LATENESS));
        return scheduled != null && !scheduled.isAfter(now) ? scheduled : now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The day planned by the cut-off at this time. */
    public LocalDate dayPlanned(ZonedDateTime scheduled) {
        return planDay.after(scheduled.toLocalDate());
    }

    /** The same for every firing of one scheduled time, whichever instance fires it. */
    String dedupeKey(ZonedDateTime scheduled) {
        return "cut-off|" + tenant + "|" + depotId + "|" + scheduled.toInstant();
    }
}
