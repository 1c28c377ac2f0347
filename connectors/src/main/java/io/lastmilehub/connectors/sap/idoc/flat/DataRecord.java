package io.lastmilehub.connectors.sap.idoc.flat;

import java.util.Map;

/**
 * One data record of a flat IDoc, its SDATA already split into fields.
 *
 * @param type   segment type, e.g. E1EDL24
 * @param number SEGNUM, 0 when blank
 * @param parent PSGNUM, 0 at the top level
 * @param line   line of the record in the file, from 1
 * @param fields the fields of its SDATA
 */
record DataRecord(String type, int number, int parent, int line, Map<String, String> fields) {
}
