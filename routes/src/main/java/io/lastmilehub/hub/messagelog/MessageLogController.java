package io.lastmilehub.hub.messagelog;

import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The caller's message log (docs/message-log.md) and the timeline of each of its orders. */
@RestController
public class MessageLogController {

    private static final int MAX_LIMIT = 500;

    private final MessageSearch search;
    private final OrderTimeline timeline;

    public MessageLogController(MessageSearch search, OrderTimeline timeline) {
        this.search = search;
        this.timeline = timeline;
    }

    /**
     * The messages in and out that carry a business key of this value, of any type (IDoc DOCNUM, ERP delivery or
     * sales order, customer PO, shop order, ISA13, GS06, UNB 0020, tracking number, order, plan or device id), newest
     * first; {@code from} inclusive, {@code to} exclusive; {@code limit} at most 500.
     */
    @GetMapping("/api/v1/messages")
    public List<LoggedMessageView> search(@RequestParam String key,
                                          @RequestParam(required = false) Direction direction,
                                          @RequestParam(required = false) String format,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                          @RequestParam(defaultValue = "100") int limit, Authentication caller) {
        return search.byKey(caller.getName(), key, new MessageFilter(direction, format, from, to),
                Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /** One logged message with its payload as text (left out once the retention has passed). */
    @GetMapping("/api/v1/messages/{id}")
    public LoggedPayload message(@PathVariable String id, Authentication caller) {
        return search.byId(caller.getName(), id).orElseThrow(() -> new NotFoundException("message", id));
    }

    /**
     * Everything that happened to the order, oldest first: its source message and mapping, planning, dispatch, every
     * status event, its ETA, the POD, and each IDoc, EDI document, webhook, e-mail or SMS sent about it with its
     * acknowledgement or outcome.
     */
    @GetMapping("/api/v1/orders/{orderId}/timeline")
    public List<TimelineItem> timeline(@PathVariable String orderId, Authentication caller) {
        return timeline.of(caller.getName(), orderId);
    }
}
