package io.lastmilehub.hub.notify;

import io.lastmilehub.pod.OneTimeCode;

/**
 * The codes issued for the customer on one status event, to be told in its notifications.
 *
 * @param pin        the PIN/OTP for the driver at the door, or {@code null}
 * @param lockerId   the locker the goods were deposited in, or {@code null}
 * @param lockerCode the code that opens it, or {@code null}
 */
record IssuedCodes(OneTimeCode pin, String lockerId, OneTimeCode lockerCode) {

    static final IssuedCodes NONE = new IssuedCodes(null, null, null);

    boolean any() {
        return pin != null || lockerCode != null;
    }
}
