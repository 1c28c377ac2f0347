package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.security.BasicCredentials;
import io.lastmilehub.hub.web.ApiError;
import io.lastmilehub.hub.web.RawBody;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * Where phones and trackers report over HTTP (serve it over TLS), the body read as sent whatever its Content-Type:
 * <ul>
 *   <li>{@code /devices/osmand}: the OsmAnd protocol as the Traccar Client and OsmAnd apps send it, a GET with the
 *   fields in the query string or a POST with them in a form or JSON body. Only bound devices are accepted; a device
 *   with a secret (every device bound through the API) must present it, as the query parameter {@code secret} of the
 *   server URL the app is given or as HTTP Basic (see {@link OsmAndRequest}).</li>
 *   <li>{@code /devices/owntracks}: the OwnTracks app in HTTP mode, HTTP Basic with the device id as user and the
 *   device's secret as password; the position is the device's whatever {@code tid} it carries.</li>
 *   <li>{@code /api/v1/telematics/flespi}: a tenant's flespi HTTP stream (arrays of messages of many devices),
 *   authenticated with the tenant's API key; every {@code ident} must be a device bound to that tenant.</li>
 * </ul>
 */
@RestController
public class DeviceController {

    private final TrackingService tracking;
    private final DeviceRegistry registry;

    public DeviceController(TrackingService tracking, DeviceRegistry registry) {
        this.tracking = tracking;
        this.registry = registry;
    }

    @RequestMapping(path = "/devices/osmand", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<Object> osmAnd(HttpServletRequest request, RawBody body,
                                         @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                         String authorization) {
        OsmAndRequest osmAnd = OsmAndRequest.of(request.getQueryString(), body.isBlank() ? null : body.text(),
                authorization);
        if (osmAnd.message().isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("query", "no position in the request"));
        }
        return answer(() -> tracking.acceptOsmAnd(osmAnd));
    }

    /** OwnTracks expects a JSON array back (the friends' positions it should show); it gets none. */
    @PostMapping(path = "/devices/owntracks", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Object> ownTracks(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                            String authorization, RawBody body) {
        Optional<DeviceBindings.Binding> device = BasicCredentials.of(authorization)
                .flatMap(credentials -> registry.authenticate(credentials.user(), credentials.password()));
        if (device.isEmpty()) {
            return unauthorized("HTTP Basic with a bound device's id and secret is required");
        }
        if (body.isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("body", "no OwnTracks message"));
        }
        ResponseEntity<Object> answer = answer(() -> tracking.acceptFrom(device.get(), "owntracks", body.text()));
        return answer.getStatusCode().is2xxSuccessful() ? ResponseEntity.ok(List.of()) : answer;
    }

    @PostMapping(path = "/api/v1/telematics/flespi")
    public ResponseEntity<Object> flespi(RawBody body, Authentication caller) {
        if (body.isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("body", "no flespi messages"));
        }
        return answer(() -> tracking.acceptFlespi(caller.getName(), body.text()));
    }

    private static ResponseEntity<Object> unauthorized(String message) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LastMile Hub devices\"")
                .body(new ApiError("unauthorized", message, List.of(), null));
    }

    private static ResponseEntity<Object> answer(Intake intake) {
        try {
            intake.accept();
            return ResponseEntity.ok().build();
        } catch (DeviceBindings.UnknownDeviceException e) {
            return ResponseEntity.badRequest().body(new ApiError("unknown_device", e.getMessage(), List.of(), null));
        } catch (DeviceAuthenticationException e) {
            return unauthorized(e.getMessage());
        } catch (DecodeException e) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("body", e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface Intake {
        int accept() throws DecodeException, DeviceBindings.UnknownDeviceException, DeviceAuthenticationException;
    }
}
