package io.lastmilehub.connectors.support.carrierstatus;

import io.lastmilehub.connectors.spi.InboundMapper;

/**
 * A mapper of a carrier's tracking messages: its format name, the status codes it maps by (the format's own, extended
 * by the tenant's) and the zones its local scan times are read in.
 */
public abstract class CarrierStatusMapper implements InboundMapper {

    /** The carrier's status codes and what each means. */
    protected final StatusCodeTable statuses;
    /** Reads a scan time at its place. */
    protected final ScanTimes times;
    private final String format;

    protected CarrierStatusMapper(String format, StatusCodeTable statuses, ScanTimes times) {
        this.format = format;
        this.statuses = statuses;
        this.times = times;
    }

    @Override
    public String format() {
        return format;
    }
}
