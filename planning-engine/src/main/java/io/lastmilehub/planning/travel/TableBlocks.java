package io.lastmilehub.planning.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The requests that cover a square table of {@code size} locations when one request may hold at most
 * {@code maxTableSize} locations (OSRM's {@code --max-table-size}). A table that fits is one request. A larger one is
 * cut into chunks of half that size, and each pair of chunks is one request over both together: it gives the two
 * blocks between them both ways (and each chunk's own block, again). That is k(k-1)/2 requests for k chunks, half the
 * k² of asking each chunk-to-chunk block alone with OSRM's {@code sources} and {@code destinations}, and every request
 * stays within the limit whether a server counts locations or sources times destinations (current OSRM, at most the
 * square of the limit). 300 locations at 100: six chunks, 15 requests.
 */
final class TableBlocks {

    private TableBlocks() {
    }

    /** The location numbers of each request, in ascending order; maxTableSize is at least 2. */
    static List<int[]> of(int size, int maxTableSize) {
        if (size <= maxTableSize) {
            return List.of(IntStream.range(0, size).toArray());
        }
        int chunk = maxTableSize / 2;
        int chunks = (size + chunk - 1) / chunk;
        List<int[]> requests = new ArrayList<>();
        for (int first = 0; first < chunks; first++) {
            for (int second = first + 1; second < chunks; second++) {
                requests.add(IntStream.concat(range(first, chunk, size), range(second, chunk, size)).toArray());
            }
        }
        return requests;
    }

    private static IntStream range(int chunk, int chunkSize, int size) {
        return IntStream.range(chunk * chunkSize, Math.min(size, (chunk + 1) * chunkSize));
    }
}
