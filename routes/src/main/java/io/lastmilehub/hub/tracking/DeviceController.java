package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.web.ApiError;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Where phones and trackers report: the OsmAnd protocol as the Traccar Client and OsmAnd apps send it, a GET with
 * the fields in the query string or a POST with them in a form or JSON body. Devices carry no API key (the apps can
 * only be given a URL), so only devices bound to a vehicle are accepted; serve it over TLS.
 */
@RestController
public class DeviceController {

    private final TrackingService tracking;

    public DeviceController(TrackingService tracking) {
        this.tracking = tracking;
    }

    @RequestMapping(path = "/devices/osmand", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<Object> osmAnd(HttpServletRequest request, @RequestBody(required = false) String body) {
        String message = body != null && !body.isBlank() ? body : request.getQueryString();
        if (message == null || message.isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("query", "no position in the request"));
        }
        try {
            tracking.acceptOsmAnd(message);
            return ResponseEntity.ok().build();
        } catch (DeviceBindings.UnknownDeviceException e) {
            return ResponseEntity.badRequest().body(new ApiError("unknown_device", e.getMessage(), List.of(), null));
        } catch (DecodeException e) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("query", e.getMessage()));
        }
    }
}
