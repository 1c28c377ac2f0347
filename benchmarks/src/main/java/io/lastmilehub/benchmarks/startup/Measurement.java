package io.lastmilehub.benchmarks.startup;

/**
 * What one start measured.
 *
 * @param readySeconds wall-clock seconds from starting the JVM to the first health answer with status UP
 * @param cpuSeconds   CPU seconds the process had used by then (less sensitive than wall-clock time to a busy machine)
 * @param rssMegabytes resident set size (VmRSS) once idle, a few seconds after ready
 */
record Measurement(double readySeconds, double cpuSeconds, double rssMegabytes) {
}
