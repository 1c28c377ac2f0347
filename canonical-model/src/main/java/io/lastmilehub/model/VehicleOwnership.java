package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Whose vehicle it is.
 */
@XmlEnum
@XmlType(name = "VehicleOwnership")
public enum VehicleOwnership {
    /** The tenant's own fleet. */
    OWN,
    /** A contractor (subcontracted driver with own vehicle), paid per stop or per route. */
    CONTRACTOR
}
