package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * What the stop does with the goods.
 */
@XmlEnum
@XmlType(name = "OrderType")
public enum OrderType {
    /** Goods go to the customer. */
    DELIVERY,
    /** Goods are collected from the address. */
    PICKUP,
    /** Goods come back from the customer to the depot. */
    RETURN
}
