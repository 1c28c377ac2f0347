package io.lastmilehub.hub.pod;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parcel-locker system asks whether a customer's pickup code opens a compartment (with the tenant's API key).
 * The code travels in the body, not the path, so it stays out of access logs.
 */
@RestController
public class LockerController {

    /** What the locker read from the customer. */
    public record Redemption(String code) {
    }

    private final LockerPickups pickups;

    public LockerController(LockerPickups pickups) {
        this.pickups = pickups;
    }

    /** 200 with the order: open it; 404: no such code at this locker; 409: used or expired. */
    @PostMapping("/api/v1/lockers/{lockerId}/redeem")
    public LockerPickups.Pickup redeem(@PathVariable String lockerId, @RequestBody Redemption redemption,
                                       Authentication caller) {
        return pickups.redeem(caller.getName(), lockerId, redemption.code());
    }
}
