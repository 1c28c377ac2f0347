package io.lastmilehub.hub.carriers;

/** The formats a manifest can be sent in, with the message type, file extension and media type of each. */
public enum ManifestFormat {
    X12_856("856", "x12", "application/edi-x12"),
    EDIFACT_IFTMIN("IFTMIN", "edi", "application/edifact"),
    CSV("CSV", "csv", "text/csv; charset=UTF-8"),
    JSON("JSON", "json", "application/json");

    private final String messageType;
    private final String extension;
    private final String mediaType;

    ManifestFormat(String messageType, String extension, String mediaType) {
        this.messageType = messageType;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The {@code LastMileMessageType} header. */
    public String messageType() {
        return messageType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
