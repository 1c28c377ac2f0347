package io.lastmilehub.hub.security;

/** The devices that may connect to the broker over MQTT: each logs in with its id and secret. */
public interface DeviceCredentials {

    /** Whether a device with this id is bound and this is its secret. */
    boolean verify(String deviceId, String secret);
}
