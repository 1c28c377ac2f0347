package io.lastmilehub.hub.console;

import io.lastmilehub.hub.tracking.DevicePositions;
import io.lastmilehub.hub.tracking.DeviceRegistry;
import io.lastmilehub.hub.tracking.DeviceView;
import io.lastmilehub.model.TrackingPosition;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The devices page: each device of the tenant, the vehicle it rides in, and where it was last. */
@RestController
public class ConsoleDeviceController {

    private final DeviceRegistry devices;
    private final DevicePositions positions;

    public ConsoleDeviceController(DeviceRegistry devices, DevicePositions positions) {
        this.devices = devices;
        this.positions = positions;
    }

    @GetMapping(path = "/console/devices", produces = ConsoleController.HTML)
    public String devices(Authentication caller) {
        List<DeviceView> list = devices.list(caller.getName());
        StringBuilder body = new StringBuilder("<p>Last positions are the newest any hub instance accepted.</p>");
        if (list.isEmpty()) {
            body.append("<p class=\"empty\">No devices.</p>");
        } else {
            body.append("<table id=\"devices\"><thead><tr><th>Device</th><th>Vehicle</th><th>Driver</th>")
                    .append("<th>Bound in</th><th>Last position</th><th>At</th></tr></thead><tbody>");
            list.forEach(device -> body.append(row(device, positions.lastOf(caller.getName(), device.id()))));
            body.append("</tbody></table>");
        }
        return ConsolePage.render("Devices", caller.getName(), "devices", body.toString());
    }

    private static String row(DeviceView device, Optional<TrackingPosition> last) {
        String where = last.map(p -> String.format(Locale.ROOT, "%.5f, %.5f", p.getLocation().getLatitude(),
                p.getLocation().getLongitude())).orElse("none yet");
        return "<tr data-id=\"" + Html.text(device.id()) + "\"><td>" + Html.text(device.id()) + "</td><td>"
                + Html.text(device.vehicleId()) + "</td><td>" + Html.text(device.driverId()) + "</td><td>"
                + Html.text(device.boundIn()) + "</td><td class=\"position\">" + where + "</td><td>"
                + Html.text(last.map(TrackingPosition::getTime).orElse(null)) + "</td></tr>";
    }
}
