package io.lastmilehub.tracking;

/** {@code osmand}: Traccar Client and OsmAnd, the device named in each request ({@link OsmAndProtocolDecoder}). */
public final class OsmAndProtocol implements DeviceProtocol {

    @Override
    public String protocol() {
        return "osmand";
    }

    @Override
    public Authentication authentication() {
        return Authentication.NAMED_IN_MESSAGE;
    }

    @Override
    public ProtocolDecoder decoder(String knownDevice) {
        return new OsmAndProtocolDecoder();
    }
}
