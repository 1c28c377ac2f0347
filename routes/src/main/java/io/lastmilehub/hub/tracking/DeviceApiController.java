package io.lastmilehub.hub.tracking;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The caller's tenant binds its devices to its vehicles (beside those in the configuration). */
@RestController
@RequestMapping("/api/v1/devices")
public class DeviceApiController {

    private final DeviceRegistry devices;

    public DeviceApiController(DeviceRegistry devices) {
        this.devices = devices;
    }

    @GetMapping
    public List<DeviceView> list(Authentication caller) {
        return devices.list(caller.getName());
    }

    @PostMapping
    public ResponseEntity<DeviceView> bind(@RequestBody DeviceView device, Authentication caller) {
        DeviceView bound = devices.bind(caller.getName(), device);
        return ResponseEntity.created(URI.create("/api/v1/devices/" + bound.id())).body(bound);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> unbind(@PathVariable String id, Authentication caller) {
        devices.unbind(caller.getName(), id);
        return ResponseEntity.noContent().build();
    }
}
