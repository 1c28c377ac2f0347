package io.lastmilehub.hub.orders;

/** Where the public tracking page of a token is; the tracking page's settings know its base URL. */
public interface TrackingPageLinks {

    /** The public link of a tracking token. */
    String link(String token);
}
