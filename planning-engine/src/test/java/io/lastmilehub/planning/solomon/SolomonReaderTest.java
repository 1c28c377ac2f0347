package io.lastmilehub.planning.solomon;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolomonReaderTest {

    private final SolomonReader reader = new SolomonReader();

    @Test
    void whenReadingC101_itShouldFindFleetDepotAndAHundredCustomers() throws IOException {
        SolomonInstance instance;
        try (InputStream in = getClass().getResourceAsStream("/solomon/C101.txt")) {
            instance = reader.read(in);
        }
        assertThat(instance.name()).isEqualTo("C101");
        assertThat(instance.vehicleCount()).isEqualTo(25);
        assertThat(instance.vehicleCapacity()).isEqualTo(200);
        assertThat(instance.depot()).isEqualTo(new SolomonNode(0, 40, 50, 0, 0, 1236, 0));
        assertThat(instance.customers()).hasSize(100);
        assertThat(instance.customers().get(0)).isEqualTo(new SolomonNode(1, 45, 68, 10, 912, 967, 90));
        assertThat(instance.customers().get(99)).isEqualTo(new SolomonNode(100, 55, 85, 20, 647, 726, 90));
        assertThat(instance.customers()).extracting(SolomonNode::demand).allSatisfy(d -> assertThat(d).isPositive());
    }

    @Test
    void whenMeasuring_itShouldUseEuclideanDistance() {
        assertThat(new SolomonNode(1, 0, 0, 0, 0, 0, 0).distanceTo(new SolomonNode(2, 3, 4, 0, 0, 0, 0)))
                .isEqualTo(5);
    }

    @Test
    void whenARowIsShort_itShouldNameIt() {
        String text = "X1\r\n\r\nVEHICLE\r\nNUMBER CAPACITY\r\n 2 10\r\n\r\nCUSTOMER\r\nCUST NO. ...\r\n"
                + " 0 0 0 0 0 100 0\r\n 1 1 1 1 0 100\r\n";
        assertThatThrownBy(() -> reader.read(new StringReader(text))).isInstanceOf(SolomonFormatException.class)
                .hasMessageContaining("6 columns");
    }

    @Test
    void whenASectionIsMissingOrANumberIsNotOne_itShouldSaySo() {
        assertThatThrownBy(() -> reader.read(new StringReader("X1\nCUSTOMER\nheader\n0 0 0 0 0 1 0\n")))
                .isInstanceOf(SolomonFormatException.class).hasMessageContaining("VEHICLE");
        assertThatThrownBy(() -> reader.read(new StringReader("X1\nVEHICLE\nNUMBER CAPACITY\n2 ten\n")))
                .isInstanceOf(SolomonFormatException.class).hasMessageContaining("capacity 'ten'");
        assertThatThrownBy(() -> reader.read(new StringReader("")))
                .isInstanceOf(SolomonFormatException.class).hasMessageContaining("empty");
    }

    @Test
    void whenTheFirstNodeIsNotTheDepot_itShouldBeRejected() {
        String text = "X1\nVEHICLE\nNUMBER CAPACITY\n2 10\nCUSTOMER\nheader\n1 0 0 1 0 100 0\n";
        assertThatThrownBy(() -> reader.read(new StringReader(text))).isInstanceOf(SolomonFormatException.class)
                .hasMessageContaining("depot");
    }
}
