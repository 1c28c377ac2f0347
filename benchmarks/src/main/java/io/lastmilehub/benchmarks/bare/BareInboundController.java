package io.lastmilehub.benchmarks.bare;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The raw HTTP baseline of the intake load harness: takes an order on the hub's inbound path and answers 202 with an
 * id, storing nothing, so that what the hub adds on top of Spring MVC on Tomcat shows.
 */
@RestController
public class BareInboundController {

    @PostMapping("/api/v1/inbound/canonical-json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> accept(@RequestBody byte[] order) {
        return Map.of("messageId", Integer.toHexString(order.length), "duplicate", false);
    }
}
