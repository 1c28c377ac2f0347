package io.lastmilehub.hub.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A device as the device API shows and takes it.
 *
 * @param id        the identifier the device reports
 * @param vehicleId the vehicle of the tenant's fleet it rides in
 * @param driverId  the driver carrying it, if it is a phone
 * @param boundIn   {@code configuration} or {@code api} (ignored in a request)
 * @param secret    in a request: the device's password, or none to have the hub make one up; in the answer to a
 *                  binding: the password the hub made up, shown this once
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceView(String id, String vehicleId, String driverId, String boundIn, String secret) {
}
