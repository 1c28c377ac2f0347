package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.CarrierStatusCodes;
import io.lastmilehub.connectors.carrier.ManifestField;
import io.lastmilehub.hub.config.Fleet;
import org.springframework.scheduling.support.CronExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a carrier file beyond its types: what each format and section needs, that the cron expression parses, that
 * the vehicles are in the tenant's fleet. Each problem names the key as written in the file.
 */
final class CarrierValidator {

    private final List<String> problems = new ArrayList<>();

    /** The problems of one carrier, {@code key: reason} each; empty when it is fine. */
    static List<String> problems(CarrierConfig config, boolean tenantExists, Function<String, Fleet> fleets) {
        CarrierValidator validator = new CarrierValidator();
        validator.check(config, tenantExists, fleets);
        return validator.problems;
    }

    private void check(CarrierConfig config, boolean tenantExists, Function<String, Fleet> fleets) {
        if (required("tenant", config.tenant()) && !tenantExists) {
            problems.add("tenant: no tenant '" + config.tenant() + "' is configured (lastmile.tenants)");
        }
        carries(config, tenantExists ? fleets.apply(config.tenant()) : Fleet.EMPTY);
        if (present("cut-off", config.cutOff())) {
            if (required("cut-off.cron", config.cutOff().cron())) {
                try {
                    CronExpression.parse(config.cutOff().cron());
                } catch (IllegalArgumentException e) {
                    problems.add("cut-off.cron: " + e.getMessage());
                }
            }
            present("cut-off.zone", config.cutOff().zone());
        }
        if (present("manifest", config.manifest())) {
            manifest(config.manifest());
        }
        if (config.api() != null) {
            api(config.api());
        }
        if (config.webhook() != null) {
            webhook(config.webhook());
        }
    }

    private void carries(CarrierConfig config, Fleet fleet) {
        if (!present("carries", config.carries()) || config.carries().vehicleIds().isEmpty()) {
            problems.add("carries.vehicle-ids: missing");
            return;
        }
        List<String> vehicleIds = config.carries().vehicleIds();
        for (int i = 0; i < vehicleIds.size(); i++) {
            String vehicleId = vehicleIds.get(i);
            if (fleet.vehicles().stream().noneMatch(v -> v.getId().equals(vehicleId))) {
                problems.add("carries.vehicle-ids[" + i + "]: no vehicle '" + vehicleId + "' in the tenant's fleet");
            }
        }
    }

    private void manifest(CarrierConfig.Manifest manifest) {
        if (manifest.formats().isEmpty()) {
            problems.add("manifest.formats: missing");
        }
        required("manifest.endpoint", manifest.endpoint());
        if (manifest.formats().contains(ManifestFormat.X12_856) && present("manifest.x12", manifest.x12())) {
            required("manifest.x12.sender-id", manifest.x12().senderId());
            required("manifest.x12.receiver-id", manifest.x12().receiverId());
            required("manifest.x12.scac", manifest.x12().scac());
        }
        if (manifest.formats().contains(ManifestFormat.EDIFACT_IFTMIN)
                && present("manifest.edifact", manifest.edifact())) {
            required("manifest.edifact.sender-id", manifest.edifact().senderId());
            required("manifest.edifact.recipient-id", manifest.edifact().recipientId());
            required("manifest.edifact.carrier-code", manifest.edifact().carrierCode());
        }
        if (manifest.formats().contains(ManifestFormat.CSV) && present("manifest.csv", manifest.csv())) {
            csv(manifest.csv());
        }
    }

    private void csv(CarrierConfig.Csv csv) {
        if (csv.delimiter().length() != 1) {
            problems.add("manifest.csv.delimiter: must be one character, not '" + csv.delimiter() + "'");
        }
        if (csv.columns().isEmpty()) {
            problems.add("manifest.csv.columns: missing");
        }
        for (int i = 0; i < csv.columns().size(); i++) {
            CarrierConfig.Column column = csv.columns().get(i);
            required("manifest.csv.columns[" + i + "].header", column.header());
            if (required("manifest.csv.columns[" + i + "].field", column.field())
                    && ManifestField.byYamlName(column.field()).isEmpty()) {
                problems.add("manifest.csv.columns[" + i + "].field: unknown field '" + column.field() + "'");
            }
        }
    }

    private void api(CarrierConfig.Api api) {
        present("api.base-url", api.baseUrl());
        required("api.booking-path", api.bookingPath());
        if (present("api.response", api.response())) {
            required("api.response.tracking-number", api.response().trackingNumber());
        }
    }

    private void webhook(CarrierConfig.Webhook webhook) {
        required("webhook.secret", webhook.secret());
        if (present("webhook.fields", webhook.fields())) {
            required("webhook.fields.tracking-number", webhook.fields().trackingNumber());
            required("webhook.fields.status", webhook.fields().status());
        }
        if (webhook.statusCodes().isEmpty()) {
            problems.add("webhook.status-codes: missing");
        }
        try {
            new CarrierStatusCodes(webhook.statusCodes());
        } catch (IllegalArgumentException e) {
            problems.add("webhook.status-codes: " + e.getMessage());
        }
    }

    private boolean present(String key, Object value) {
        if (value == null) {
            problems.add(key + ": missing");
            return false;
        }
        return true;
    }

    private boolean required(String key, String value) {
        if (value == null || value.isBlank()) {
            problems.add(key + ": missing");
            return false;
        }
        return true;
    }
}
