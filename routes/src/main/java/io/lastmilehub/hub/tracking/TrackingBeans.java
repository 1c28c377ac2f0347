package io.lastmilehub.hub.tracking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceProtocols;
import io.lastmilehub.tracking.PositionChain;
import io.lastmilehub.tracking.TrackingConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The tracking library's parts as beans (device bindings from the configuration, the standard handler chain) and
 * the device endpoint's filter.
 */
@Configuration
public class TrackingBeans {

    @Bean
    DeviceBindings deviceBindings(HubProperties properties) {
        DeviceBindings bindings = new DeviceBindings();
        properties.tenants().forEach((tenant, settings) -> settings.devices().forEach(device -> bindings.bind(
                new DeviceBindings.Binding(device.id(), tenant, device.vehicleId(), device.driverId()))));
        return bindings;
    }

    /** The device protocols registered in META-INF/services (tracking-adapter's {@code DeviceProtocol}). */
    @Bean
    DeviceProtocols deviceProtocols() {
        return DeviceProtocols.load();
    }

    @Bean
    PositionChain positionChain(Clock clock) {
        return PositionChain.standard(TrackingConfig.defaults(), clock);
    }

    /** The accepted positions' rows, written in groups: a JDBC batch per statement and one commit per group. */
    @Bean
    GroupCommit<AcceptedPosition> positionWrites(TransactionTemplate transactions, DevicePositions positions,
                                                 TelemetryRecorder telemetry) {
        return new GroupCommit<>("position-writes", transactions, group -> {
            positions.storeAll(group);
            telemetry.positionsAccepted(group);
        });
    }

    /**
     * After the body limit and the HTTP observation (both at the highest precedence), before Spring Security's
     * chains (order -100).
     */
    @Bean
    FilterRegistrationBean<DeviceReportFilter> deviceReportFilter(DeviceReports reports, ObjectMapper json) {
        FilterRegistrationBean<DeviceReportFilter> registration = new FilterRegistrationBean<>(
                new DeviceReportFilter(reports, json));
        registration.addUrlPatterns("/devices/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
