package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Closes each carrier's manifest at its cut-off ({@code cut-off.cron} in {@code cut-off.zone}), on a scheduler
 * thread of its own. Every hub instance schedules them; one closes each manifest ({@link ScheduledJob#CARRIER_CUT_OFF},
 * a lock per carrier), and shipments are claimed by one manifest only in any case. A failed cut-off is logged; its
 * orders wait for the next one.
 */
@Component
public class CarrierCutOffs implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierCutOffs.class);

    private final CarrierRegistry carriers;
    private final CarrierManifests manifests;
    private final OncePerTick ticks;
    private ThreadPoolTaskScheduler scheduler;

    public CarrierCutOffs(CarrierRegistry carriers, CarrierManifests manifests, OncePerTick ticks) {
        this.carriers = carriers;
        this.manifests = manifests;
        this.ticks = ticks;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("carrier-cut-off-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.initialize();
        for (Carrier carrier : carriers.all()) {
            CarrierConfig.CutOff cutOff = carrier.config().cutOff();
            scheduler.schedule(() -> cutOff(carrier), new CronTrigger(cutOff.cron(), cutOff.zone()));
            LOG.info("Carrier {} ({}): manifest closes at '{}' {}", carrier.id(), carrier.tenant(), cutOff.cron(),
                    cutOff.zone());
        }
    }

    private void cutOff(Carrier carrier) {
        try {
            ticks.run(ScheduledJob.CARRIER_CUT_OFF, () -> manifests.close(carrier, "schedule"), carrier.id());
        } catch (RuntimeException e) {
            LOG.error("Cut-off of carrier {} failed; its orders wait for the next one", carrier.id(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
