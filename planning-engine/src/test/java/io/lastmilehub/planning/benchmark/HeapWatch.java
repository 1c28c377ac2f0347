package io.lastmilehub.planning.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Watches the heap during a run. Two figures: the largest used heap seen by sampling every
 * {@value #SAMPLE_MILLIS} ms (what was really live plus garbage not yet collected at that moment), and the sum of the
 * heap memory pools' peak usage since {@link #start()} (an upper bound: the pools may peak at different times).
 * Neither is exact; both are what the JVM's MemoryMXBean and memory pool beans report.
 */
public final class HeapWatch implements AutoCloseable {

    /** Sampling period. */
    static final long SAMPLE_MILLIS = 50;

    private volatile boolean running;
    private volatile long sampledPeak;
    private Thread sampler;

    /** Resets the pools' peaks and starts sampling on a daemon thread. */
    public HeapWatch start() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        running = true;
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        return this;
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            sampledPeak = Math.max(sampledPeak, used);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Largest sampled heap use, bytes. */
    public long sampledPeakBytes() {
        return sampledPeak;
    }

    /** Sum of the heap pools' peaks, bytes. */
    public long poolPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The heap limit (-Xmx), bytes. */
    public static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        if (sampler != null) {
            sampler.interrupt();
        }
    }
}
