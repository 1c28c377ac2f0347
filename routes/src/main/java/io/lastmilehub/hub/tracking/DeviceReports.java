package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.security.BasicCredentials;
import io.lastmilehub.hub.web.ApiError;
import io.lastmilehub.hub.web.RawBody;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceProtocol;
import io.lastmilehub.tracking.DeviceProtocols;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Takes a device protocol's request and answers it, whichever way it came in ({@link DeviceController} for tenants'
 * platforms, {@link DeviceReportFilter} for devices). How a message's device is known is the protocol's
 * {@link DeviceProtocol.Authentication}:
 * <ul>
 *   <li>{@code NAMED_IN_MESSAGE} on {@code /devices/<protocol>}, GET (fields in the query string) or POST (form or
 *   JSON body): only bound devices are accepted; a device with a secret must present it, as the query parameter
 *   {@code secret} of the server URL the app is given or as HTTP Basic (see {@link NamedDeviceRequest}).</li>
 *   <li>{@code DEVICE_CREDENTIALS} on {@code /devices/<protocol>}: HTTP Basic with the device id as user and the
 *   device's secret as password; the position is that device's whatever id it carries.</li>
 *   <li>{@code TENANT_STREAM} on {@code /api/v1/telematics/<protocol>}: a tenant's platform streaming many devices,
 *   authenticated with the tenant's API key; every device must be bound to that tenant.</li>
 * </ul>
 */
@Component
public class DeviceReports {

    private final TrackingService tracking;
    private final DeviceRegistry registry;
    private final DeviceProtocols protocols;

    public DeviceReports(TrackingService tracking, DeviceRegistry registry, DeviceProtocols protocols) {
        this.tracking = tracking;
        this.registry = registry;
        this.protocols = protocols;
    }

    /**
     * @param protocol      the protocol's name from the path
     * @param query         the request's query string, or null
     * @param body          the body as sent
     * @param authorization the Authorization header, or null
     * @param tenant        the tenant whose API key authenticated the request, or null on {@code /devices}
     * @return the answer: 200 (with the protocol's acknowledgement, if it has one), or the hub's error
     */
    public ResponseEntity<Object> report(String protocol, String query, RawBody body, String authorization,
                                         String tenant) {
        Optional<DeviceProtocol> found = protocols.find(protocol)
                .filter(p -> (p.authentication() == DeviceProtocol.Authentication.TENANT_STREAM) == (tenant != null));
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", "no device protocol '"
                    + protocol + "' here; known: " + String.join(", ", protocols.names()), List.of(), null));
        }
        DeviceProtocol device = found.get();
        ResponseEntity<Object> answer = switch (device.authentication()) {
            case NAMED_IN_MESSAGE -> named(device, query, body, authorization);
            case DEVICE_CREDENTIALS -> withCredentials(device, body, authorization);
            case TENANT_STREAM -> streamed(device, tenant, body);
        };
        return answer.getStatusCode().is2xxSuccessful() && device.acknowledgement() != null
                ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(device.acknowledgement()) : answer;
    }

    private ResponseEntity<Object> named(DeviceProtocol protocol, String query, RawBody body, String authorization) {
        NamedDeviceRequest named = NamedDeviceRequest.of(query,
                body.isBlank() ? null : body.text(), authorization);
        if (named.message().isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("query", "no position in the request"));
        }
        return answer(() -> tracking.acceptNamed(protocol, named));
    }

    private ResponseEntity<Object> withCredentials(DeviceProtocol protocol, RawBody body, String authorization) {
        Optional<DeviceBindings.Binding> device = BasicCredentials.of(authorization)
                .flatMap(credentials -> registry.authenticate(credentials.user(), credentials.password()));
        if (device.isEmpty()) {
            return unauthorized("HTTP Basic with a bound device's id and secret is required");
        }
        if (body.isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("body", "no " + protocol.protocol()
                    + " message"));
        }
        return answer(() -> tracking.acceptFrom(device.get(), protocol.protocol(), body.text()));
    }

    private ResponseEntity<Object> streamed(DeviceProtocol protocol, String tenant, RawBody body) {
        if (body.isBlank()) {
            return ResponseEntity.badRequest().body(ApiError.badRequest("body", "no " + protocol.protocol()
                    + " messages"));
        }
        return answer(() -> tracking.acceptStream(protocol, tenant, body.text()));
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
