package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * What happens at a stop of a route.
 */
@XmlEnum
@XmlType(name = "StopType")
public enum StopType {
    /** Goods are delivered. */
    DELIVERY,
    /** Goods are picked up. */
    PICKUP,
    /** Goods are put into a parcel locker. */
    LOCKER,
    /** Driver break. */
    BREAK
}
