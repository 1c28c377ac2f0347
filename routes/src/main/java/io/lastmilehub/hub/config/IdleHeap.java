package io.lastmilehub.hub.config;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Keeps an idle hub small. Unless the operator gives {@code -Xmx}, the JVM lets the heap grow to a quarter of the
 * machine's memory, and G1 keeps what start-up committed (about 500 MB on a 24 GiB machine, mostly garbage left by
 * reading classes and configuration). Once the hub is ready, this collects that garbage once, off the main thread.
 * When the operator set no heap limits, it also has G1 return free heap to the operating system (free share at most
 * 30%, and a collection after a minute without one), through the JVM's manageable flags, as
 * {@code jcmd <pid> VM.set_flag} would; and it logs that no maximum is set, which only the command line can do.
 */
@Component
class IdleHeap implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(IdleHeap.class);

    /** Flags that bound the heap when given on the command line or in JAVA_TOOL_OPTIONS. */
    private static final List<String> HEAP_LIMITS = List.of("MaxHeapSize", "MaxRAMPercentage", "MaxRAM");

    private final MemoryProperties memory;
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    IdleHeap(MemoryProperties memory) {
        this.memory = memory;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (HEAP_LIMITS.stream().noneMatch(this::setByOperator)) {
            LOG.warn("No heap limit given to the JVM: it may grow the heap to {} MB (a quarter of the machine's "
                    + "memory). Start the hub with java -Xmx1g -jar ..., or set JAVA_TOOL_OPTIONS=-Xmx1g "
                    + "(docs/performance.md).", Runtime.getRuntime().maxMemory() >> 20);
            if (memory.returnIdleHeap()) {
                returnFreeHeap();
            }
        }
        if (memory.returnIdleHeap()) {
            Thread collector = new Thread(System::gc, "start-up-garbage");
            collector.setDaemon(true);
            collector.start();
        }
    }

    private boolean setByOperator(String flag) {
        VMOption.Origin origin = vm.getVMOption(flag).getOrigin();
        return origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC;
    }

    /** Lower bound first: the JVM refuses a MaxHeapFreeRatio below the current MinHeapFreeRatio. */
    private void returnFreeHeap() {
        setUnlessGiven("MinHeapFreeRatio", "10");
        setUnlessGiven("MaxHeapFreeRatio", "30");
        setUnlessGiven("G1PeriodicGCInterval", "60000");
    }

    private void setUnlessGiven(String flag, String value) {
        if (!setByOperator(flag)) {
            try {
                vm.setVMOption(flag, value);
            } catch (IllegalArgumentException notThisCollector) {
                LOG.debug("JVM flag {} not set: {}", flag, notThisCollector.getMessage());
            }
        }
    }
}
