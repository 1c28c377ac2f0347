package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.planning.PlanRequestEntity.Trigger;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import io.lastmilehub.model.Depot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans depots at their cut-offs ({@code lastmile.tenants.<t>.planning.cut-offs}): each is a cron task that queues a
 * plan request for the depot's day. Every hub instance schedules them; one runs each firing
 * ({@link ScheduledJob#PLAN_CUT_OFF}, a lock per depot), and the request is made once per cut-off time in any case.
 * The configuration is checked at start-up: an unknown depot or an unreadable cron expression stops the hub.
 */
@Component
@EnableScheduling
public class CutOffSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(CutOffSchedule.class);

    private final List<ScheduledCutOff> cutOffs;
    private final PlanRequests requests;
    private final OncePerTick ticks;
    private final Clock clock;

    public CutOffSchedule(HubProperties properties, FleetRegistry fleets, PlanRequests requests, OncePerTick ticks,
                          Clock clock) {
        this.cutOffs = cutOffsOf(properties, fleets);
        this.requests = requests;
        this.ticks = ticks;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (ScheduledCutOff cutOff : cutOffs) {
            registrar.addCronTask(new CronTask(() -> ticks.run(ScheduledJob.PLAN_CUT_OFF,
                    () -> fire(cutOff, clock.instant()), cutOff.tenant(), cutOff.depotId()),
                    new CronTrigger(cutOff.cron(), cutOff.zone())));
            LOG.info("Cut-off of {}/{}: {} ({}), plans {}", cutOff.tenant(), cutOff.depotId(), cutOff.cron(),
                    cutOff.zone(), cutOff.planDay());
        }
    }

    /** The cut-offs configured, in configuration order. */
    public List<ScheduledCutOff> cutOffs() {
        return cutOffs;
    }

    /**
     * What a cut-off does when it fires: a plan request for the depot's day.
     *
     * @return the request; empty when it was made already for this cut-off time
     */
    public Optional<PlanRequestView> fire(ScheduledCutOff cutOff, Instant firedAt) {
        ZonedDateTime scheduled = cutOff.scheduledTime(firedAt);
        Optional<PlanRequestView> made = requests.submitOnce(cutOff.dedupeKey(scheduled), cutOff.tenant(),
                new PlanCommand(cutOff.depotId(), cutOff.dayPlanned(scheduled)), Trigger.CUT_OFF,
                "cut-off " + cutOff.cron() + " " + cutOff.zone() + " at " + scheduled.toOffsetDateTime(),
                PlanChange.NONE);
        if (made.isEmpty()) {
            LOG.info("Cut-off of {}/{} at {}: requested already", cutOff.tenant(), cutOff.depotId(), scheduled);
        }
        return made;
    }

    private static List<ScheduledCutOff> cutOffsOf(HubProperties properties, FleetRegistry fleets) {
        List<ScheduledCutOff> all = new ArrayList<>();
        properties.tenants().forEach((tenant, settings) -> {
            List<HubProperties.CutOff> configured = settings.planning().cutOffs();
            for (int i = 0; i < configured.size(); i++) {
                String key = "lastmile.tenants." + tenant + ".planning.cut-offs[" + i + "]";
                all.add(cutOffOf(tenant, configured.get(i), fleets, key));
            }
        });
        return List.copyOf(all);
    }

    private static ScheduledCutOff cutOffOf(String tenant, HubProperties.CutOff configured, FleetRegistry fleets,
                                            String key) {
        Depot depot = fleets.fleetOf(tenant).depot(configured.depot()).orElseThrow(() -> new IllegalStateException(
                key + ".depot: unknown depot '" + configured.depot() + "'"));
        if (configured.cron() == null || configured.cron().isBlank()) {
            throw new IllegalStateException(key + ".cron: missing");
        }
        ZoneId zone = configured.zone() != null ? configured.zone() : ZoneId.of(depot.getZoneId());
        try {
            return new ScheduledCutOff(tenant, depot.getId(), configured.cron(), zone, configured.planDate());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ".cron: " + e.getMessage(), e);
        }
    }
}
