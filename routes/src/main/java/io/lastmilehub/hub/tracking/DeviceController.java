package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.web.RawBody;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where phones, trackers and telematics platforms report over HTTP (serve it over TLS), one endpoint for every
 * registered device protocol, the body read as sent whatever its Content-Type ({@link DeviceReports} says how each
 * protocol's device is known). Device reports on {@code /devices/<protocol>} are answered by
 * {@link DeviceReportFilter} before they reach Spring MVC; this mapping describes them in the OpenAPI description
 * and answers the tenants' platforms on {@code /api/v1/telematics/<protocol>}.
 */
@RestController
public class DeviceController {

    private final DeviceReports reports;

    public DeviceController(DeviceReports reports) {
        this.reports = reports;
    }

    /** @param tenant the caller under {@code /api/**} (its chain demands the tenant's key); null under /devices */
    @RequestMapping(path = {"/devices/{protocol}", "/api/v1/telematics/{protocol}"},
            method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<Object> report(@PathVariable String protocol, HttpServletRequest request, RawBody body,
                                         @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                         String authorization, Authentication tenant) {
        return reports.report(protocol, request.getQueryString(), body, authorization,
                tenant == null ? null : tenant.getName());
    }
}
