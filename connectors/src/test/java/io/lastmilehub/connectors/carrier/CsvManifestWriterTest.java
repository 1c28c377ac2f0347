package io.lastmilehub.connectors.carrier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvManifestWriterTest {

    private static final List<CsvColumn> COLUMNS = List.of(
            new CsvColumn("Consignment", ManifestField.ORDER_ID),
            new CsvColumn("Tracking", ManifestField.TRACKING_NUMBER),
            new CsvColumn("Receiver", ManifestField.RECIPIENT_NAME),
            new CsvColumn("Postcode", ManifestField.POSTAL_CODE),
            new CsvColumn("Pieces", ManifestField.PIECES),
            new CsvColumn("Kg", ManifestField.WEIGHT_KG),
            new CsvColumn("COD", ManifestField.COD_AMOUNT),
            new CsvColumn("Note", ManifestField.INSTRUCTIONS));

    @Test
    void whenAManifestIsWritten_eachOrderIsOneRowInTheCarriersColumns() throws IOException {
        String csv = new String(new CsvManifestWriter(COLUMNS, ',').write(SampleManifest.of()),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("Consignment,Tracking,Receiver,Postcode,Pieces,Kg,COD,Note\r\n"
                + "ord-1001,2JD541813301000870900,Ana Martin,K1N 9C3,2,6.75,,\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("Tracking")).isEmpty();
        assertThat(rows.get(1).get("COD")).isEqualTo("49.90");
        assertThat(rows.get(1).get("Note")).isEqualTo("Leave at the back door, \"red\" one");
    }

    @Test
    void aCarrierMayAskForSemicolons() {
        String csv = new String(new CsvManifestWriter(COLUMNS.subList(0, 2), ';').write(SampleManifest.of()),
                StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("Consignment;Tracking\r\nord-1001;2JD541813301000870900\r\nord-1002;\r\n");
    }

    @Test
    void fieldsAreNamedInTheYamlInCamelCase() {
        assertThat(ManifestField.TRACKING_NUMBER.yamlName()).isEqualTo("trackingNumber");
        assertThat(ManifestField.byYamlName("postalCode")).contains(ManifestField.POSTAL_CODE);
        assertThat(ManifestField.byYamlName("postcode")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new CsvManifestWriter(List.of(), ',')).hasMessageContaining("at least one column");
    }
}
