package io.lastmilehub.connectors.spi;

/**
 * A tenant's setting of an inbound format that cannot work as given. The hub reports it at start-up with the full
 * key, {@code lastmile.tenants.<tenant>.connectors.<format>.<setting>}, so the hub does not start with it.
 */
public class InvalidConnectorSettingException extends RuntimeException {

    private final String setting;
    private final String value;
    private final String reason;

    /**
     * @param setting the setting's name, as the format declares it
     * @param value   the value as written
     * @param reason  why it cannot work, e.g. "not a time zone id such as Europe/Berlin"
     */
    public InvalidConnectorSettingException(String setting, String value, String reason) {
        super(setting + ": '" + value + "': " + reason);
        this.setting = setting;
        this.value = value;
        this.reason = reason;
    }

    public String getSetting() {
        return setting;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
