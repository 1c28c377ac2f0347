package io.lastmilehub.benchmarks.intake;

/**
 * One load step on the hub: what was accepted (202s), what the intake stage took in over the same time, what it
 * left waiting at the end, and the hub's CPU time per accepted order.
 */
record HubStep(ClosedLoop.Throughput accepted, double receivedPerSecond, long backlog, double cpuMillisPerOrder) {

    double receivedShare() {
        return receivedPerSecond / accepted.rate();
    }
}
