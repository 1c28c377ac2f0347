package io.lastmilehub.tracking;

/** {@code flespi}: a tenant's flespi HTTP stream, and JSON trackers over MQTT ({@link FlespiProtocolDecoder}). */
public final class FlespiProtocol implements DeviceProtocol {

    @Override
    public String protocol() {
        return "flespi";
    }

    @Override
    public Authentication authentication() {
        return Authentication.TENANT_STREAM;
    }

    @Override
    public ProtocolDecoder decoder(String knownDevice) {
        return new FlespiProtocolDecoder(knownDevice);
    }
}
