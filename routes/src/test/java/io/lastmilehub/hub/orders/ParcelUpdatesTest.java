package io.lastmilehub.hub.orders;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.ExternalReferences;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.when;

/**
 * A warehouse file's updates have their orders looked up before any of them is stored: a lookup (a query) after a
 * store has Hibernate go through everything stored so far, which made a 10,000-row file take 116 s.
 */
class ParcelUpdatesTest {

    private final ParcelUpdateRepository updates = mock(ParcelUpdateRepository.class);
    private final OrderByReference finder = mock(OrderByReference.class);
    private final EntityManager entityManager = mock(EntityManager.class);
    private final ParcelUpdates parcels = new ParcelUpdates(updates, mock(OrderRepository.class), finder,
            mock(OrderDocuments.class), mock(StatusRecorder.class), JsonMapper.builder().findAndAddModules().build(),
            Clock.systemUTC(), entityManager);

    @Test
    void whenAFileHasManyUpdates_everyOrderShouldBeLookedUpBeforeAnyUpdateIsStored() {
        when(finder.find(any(), any(), any())).thenReturn(Optional.empty());
        when(entityManager.getFlushMode()).thenReturn(FlushModeType.AUTO);
        List<ParcelUpdate> received = IntStream.range(0, 3).mapToObj(i -> new ParcelUpdate(
                ExternalReferences.builder().erpDelivery("8000123" + i).build(), List.of(), 0)).toList();

        parcels.accept("demo", "msg-1", received, Instant.parse("2026-11-20T15:02:00Z"));

        InOrder order = inOrder(finder, updates, entityManager);
        order.verify(finder, times(3)).find(any(), any(), any());
        order.verify(entityManager).setFlushMode(FlushModeType.AUTO);
        order.verify(updates, times(3)).save(any());
    }
}
