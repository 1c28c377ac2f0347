package io.lastmilehub.tracking;

/**
 * {@code nmea}: NMEA 0183 sentences a device or its gateway posts as they come off the GNSS receiver
 * ({@link NmeaProtocolDecoder}), with the device's credentials (HTTP Basic), since the sentences name no device.
 */
public final class NmeaProtocol implements DeviceProtocol {

    @Override
    public String protocol() {
        return "nmea";
    }

    @Override
    public Authentication authentication() {
        return Authentication.DEVICE_CREDENTIALS;
    }

    @Override
    public ProtocolDecoder decoder(String knownDevice) {
        return new NmeaProtocolDecoder(knownDevice);
    }
}
