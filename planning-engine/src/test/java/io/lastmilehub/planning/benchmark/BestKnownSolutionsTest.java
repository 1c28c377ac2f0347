package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BestKnownSolutionsTest {

    @Test
    void whenReadingTheSharedFormat_itShouldFindInstancesWhateverTheirCase() {
        BestKnownSolutions table = BestKnownSolutions.read(new StringReader("""
                instance,customers,vehicles,distance,ref,source
                C101,100,10,828.94,RT,sintef-2026
                R111,100,10,1096.72,,vroom-2018

                c1_2_1,200,20,2704.5678,GH,rogalski-2024
                """));

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.of("c101")).contains(new BestKnown("C101", 10, 828.94));
        assertThat(table.of("C1_2_1")).contains(new BestKnown("c1_2_1", 20, 2704.5678));
        assertThat(table.of("R999")).isEmpty();
    }

    @Test
    void whenColumnsAreReordered_itShouldFindThemByName() {
        BestKnownSolutions table = BestKnownSolutions.read(new StringReader("distance,vehicles,instance\n591.56,3,C201\n"));
        assertThat(table.of("C201")).contains(new BestKnown("C201", 3, 591.56));
    }

    @Test
    void whenAColumnIsMissing_itShouldSayWhich() {
        assertThatThrownBy(() -> BestKnownSolutions.read(new StringReader("instance,vehicles\nC101,10\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'distance'");
    }

    @Test
    void whenAValueIsNotANumber_itShouldNameTheLine() {
        assertThatThrownBy(() -> BestKnownSolutions.read(new StringReader(
                "instance,vehicles,distance\nC101,ten,828.94\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }
}
