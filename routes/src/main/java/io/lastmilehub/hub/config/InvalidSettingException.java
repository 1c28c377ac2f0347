package io.lastmilehub.hub.config;

/** A setting that cannot work as given; its message is the one line {@code <key>: <value>: <reason>}. */
public class InvalidSettingException extends IllegalStateException {

    public InvalidSettingException(String key, String value, String reason) {
        super(key + ": '" + value + "': " + reason);
    }
}
