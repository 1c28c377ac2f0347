package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.CsvColumn;
import io.lastmilehub.connectors.carrier.CsvManifestWriter;
import io.lastmilehub.connectors.carrier.JsonManifestWriter;
import io.lastmilehub.connectors.carrier.Manifest;
import io.lastmilehub.connectors.carrier.ManifestField;
import io.lastmilehub.connectors.edifact.TransportInstructionBuilder;
import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.x12.ShipNoticeBuilder;
import org.springframework.stereotype.Component;

import java.util.List;

/** Writes a manifest in one of its carrier's formats; EDI control numbers are taken in the caller's transaction. */
@Component
public class ManifestRenderer {

    private final ControlNumbers numbers;

    public ManifestRenderer(ControlNumbers numbers) {
        this.numbers = numbers;
    }

    public byte[] render(Carrier carrier, Manifest manifest, ManifestFormat format) {
        CarrierConfig.Manifest settings = carrier.config().manifest();
        return switch (format) {
            case X12_856 -> new ShipNoticeBuilder(settings.x12().parties(), EdiSyntax.X12, settings.x12().scac(),
                    numbers)
                    .build(manifest.id(), manifest.closedAt(), manifest.orders());
            case EDIFACT_IFTMIN -> new TransportInstructionBuilder(settings.edifact().parties(), EdiSyntax.EDIFACT,
                    settings.edifact().carrierCode(), numbers).build(manifest.id(), manifest.closedAt(),
                    manifest.orders());
            case CSV -> csv(settings.csv()).write(manifest);
            case JSON -> JsonManifestWriter.write(manifest);
        };
    }

    private static CsvManifestWriter csv(CarrierConfig.Csv csv) {
        List<CsvColumn> columns = csv.columns().stream().map(c -> new CsvColumn(c.header(),
                ManifestField.byYamlName(c.field()).orElseThrow())).toList(); // checked at start-up
        return new CsvManifestWriter(columns, csv.delimiter().charAt(0));
    }
}
