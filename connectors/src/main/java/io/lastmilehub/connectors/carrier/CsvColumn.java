package io.lastmilehub.connectors.carrier;

/**
 * One column of a CSV manifest.
 *
 * @param header the carrier's column name, written in the header row
 * @param field  what the column holds
 */
public record CsvColumn(String header, ManifestField field) {
}
