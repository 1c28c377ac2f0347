package io.lastmilehub.planning.travel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableBlocksTest {

    @Test
    void whenTheTableFits_itShouldBeOneRequestOfEveryLocation() {
        assertThat(TableBlocks.of(100, 100)).singleElement()
                .satisfies(request -> assertThat(request).hasSize(100).startsWith(0).endsWith(99));
    }

    @Test
    void whenTheTableIsLarger_eachPairOfHalfSizeChunksShouldBeOneRequestCoveringEveryCell() {
        for (int[] sizeAndLimit : new int[][] {{300, 100}, {101, 100}, {23, 6}, {10, 7}, {5, 2}}) {
            int size = sizeAndLimit[0];
            int limit = sizeAndLimit[1];
            List<int[]> requests = TableBlocks.of(size, limit);

            int chunks = (size + limit / 2 - 1) / (limit / 2);
            assertThat(requests).as("%d at %d", size, limit).hasSize(chunks * (chunks - 1) / 2)
                    .allMatch(request -> request.length <= limit);
            boolean[][] covered = new boolean[size][size];
            for (int[] request : requests) {
                assertThat(request).isSorted().doesNotHaveDuplicates();
                Arrays.stream(request).forEach(from -> Arrays.stream(request).forEach(to -> covered[from][to] = true));
            }
            assertThat(Arrays.stream(covered)).as("%d at %d", size, limit)
                    .allSatisfy(row -> assertThat(row).containsOnly(true));
        }
        assertThat(TableBlocks.of(300, 100)).hasSize(15);
    }
}
