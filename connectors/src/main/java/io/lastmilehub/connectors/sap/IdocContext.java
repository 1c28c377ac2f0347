package io.lastmilehub.connectors.sap;

import io.lastmilehub.model.SourceRef;

import java.time.ZoneId;

/**
 * What every order mapped from one IDoc shares.
 *
 * @param tenant     tenant the IDoc was received for
 * @param source     the sending system and DOCNUM
 * @param senderZone the zone of the sender's dates that carry none
 * @param times      reads SAP dates, times and time zones
 */
record IdocContext(String tenant, SourceRef source, ZoneId senderZone, SapTimes times) {
}
