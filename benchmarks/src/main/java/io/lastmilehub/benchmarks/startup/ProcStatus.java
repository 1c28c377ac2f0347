package io.lastmilehub.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads Linux's /proc: the resident set size of a process and the load average. */
final class ProcStatus {

    private ProcStatus() {
    }

    /** VmRSS of the process, in MiB. */
    static double rssMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .mapToDouble(kilobytes -> Long.parseLong(kilobytes) / 1024.0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no VmRSS for process " + pid));
    }

    /** The 1, 5 and 15 minute load averages as /proc/loadavg shows them. */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
