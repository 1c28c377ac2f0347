package io.lastmilehub.connectors.sap.idoc;

/**
 * A field of a fixed-width IDoc record: its name as SAP's data dictionary spells it and its width in characters.
 *
 * @param name  field name, e.g. {@code VBELN}
 * @param width width in characters
 */
public record FixedField(String name, int width) {

    public FixedField {
        if (width < 1) {
            throw new IllegalArgumentException(name + ": width must be positive");
        }
    }
}
