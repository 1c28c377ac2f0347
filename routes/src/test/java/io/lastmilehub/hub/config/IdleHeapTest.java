package io.lastmilehub.hub.config;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Runs in the test JVM itself, whose heap limits Surefire leaves to the JVM's defaults. */
class IdleHeapTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void whenNoHeapLimitWasGiven_freeHeapIsReturnedToTheOperatingSystem() {
        assumeThat(vm.getVMOption("MaxHeapSize").getOrigin()).isIn(VMOption.Origin.ERGONOMIC, VMOption.Origin.DEFAULT);
        assumeThat(vm.getVMOption("MaxHeapFreeRatio").getOrigin()).isEqualTo(VMOption.Origin.DEFAULT);

        new IdleHeap(new MemoryProperties(null, true)).onApplicationEvent(null);

        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("60000");
    }
}
