package io.lastmilehub.connectors.sap.idoc.flat;

/**
 * Segment definitions to segment types: a flat file names each record by its definition, the type with E2 for E1 and
 * a three-digit version after it ({@code E2EDK01003} for E1EDK01, version 003); version 000 has no suffix
 * ({@code E2EDK14}). SAP's own segment types are seven characters long, so a ten-character definition ending in
 * three digits carries a version. Files that already name segment types pass unchanged.
 */
final class SegmentNames {

    private static final int TYPE_LENGTH = 7;
    private static final int VERSION_LENGTH = 3;

    private SegmentNames() {
    }

    /** The segment type of a definition name, e.g. E1EDL20 for E2EDL20004. */
    static String type(String definition) {
        if (!definition.startsWith("E2")) {
            return definition;
        }
        String type = "E1" + definition.substring(2);
        boolean versioned = type.length() == TYPE_LENGTH + VERSION_LENGTH
                && type.substring(TYPE_LENGTH).chars().allMatch(Character::isDigit);
        return versioned ? type.substring(0, TYPE_LENGTH) : type;
    }
}
