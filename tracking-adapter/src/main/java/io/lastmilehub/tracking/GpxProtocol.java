package io.lastmilehub.tracking;

/**
 * {@code gpx}: a GPX file of a device's track, a batch of positions uploaded after the fact or by a logger
 * ({@link GpxProtocolDecoder}), with the device's credentials (HTTP Basic): a GPX file names no device the hub knows.
 */
public final class GpxProtocol implements DeviceProtocol {

    @Override
    public String protocol() {
        return "gpx";
    }

    @Override
    public Authentication authentication() {
        return Authentication.DEVICE_CREDENTIALS;
    }

    @Override
    public ProtocolDecoder decoder(String knownDevice) {
        return new GpxProtocolDecoder(knownDevice);
    }
}
