package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * How urgent an order is; planning serves higher priorities first when not everything fits.
 */
@XmlEnum
@XmlType(name = "Priority")
public enum Priority {
    /** May slip to a later day. */
    LOW,
    /** The default. */
    NORMAL,
    /** Plan before normal orders. */
    HIGH,
    /** Plan first, same day. */
    URGENT
}
