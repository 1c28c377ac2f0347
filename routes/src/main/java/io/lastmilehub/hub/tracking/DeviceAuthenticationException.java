package io.lastmilehub.hub.tracking;

/** A report of a device that has a secret, without it or with a wrong one (HTTP 401). */
public class DeviceAuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeviceAuthenticationException() {
        super("this device has a secret: send it as the query parameter '" + NamedDeviceRequest.SECRET
                + "' or as HTTP Basic with the device id as user");
    }
}
