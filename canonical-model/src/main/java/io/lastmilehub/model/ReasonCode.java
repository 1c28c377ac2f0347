package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Why a delivery is in its status, for statuses that need one.
 */
@XmlEnum
@XmlType(name = "ReasonCode")
public enum ReasonCode {
    /** The address could not be located. */
    ADDRESS_NOT_FOUND,
    /** The address matches several places. */
    AMBIGUOUS_ADDRESS,
    /** Nobody was there to receive it. */
    RECIPIENT_ABSENT,
    /** The recipient refused the goods. */
    REFUSED,
    /** The goods were damaged. */
    DAMAGED,
    /** The address is wrong. */
    WRONG_ADDRESS,
    /** The site could not be entered. */
    ACCESS_DENIED,
    /** The recipient could not prove the minimum age. */
    AGE_CHECK_FAILED,
    /** The delivery runs late against its window. */
    DELAYED,
    /** A cold-chain parcel left its temperature range. */
    TEMPERATURE_EXCURSION,
    /** The vehicle broke down. */
    VEHICLE_BREAKDOWN,
    /** Weather stopped the delivery. */
    WEATHER,
    /** The customer asked for it. */
    CUSTOMER_REQUEST,
    /** See the reason text. */
    OTHER
}
