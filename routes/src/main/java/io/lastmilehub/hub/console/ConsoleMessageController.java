package io.lastmilehub.hub.console;

import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messagelog.LoggedMessageView;
import io.lastmilehub.hub.messagelog.LoggedPayload;
import io.lastmilehub.hub.messagelog.MessageFilter;
import io.lastmilehub.hub.messagelog.MessageSearch;
import io.lastmilehub.hub.messagelog.OrderTimeline;
import io.lastmilehub.hub.messagelog.TimelineItem;
import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The console's message log pages, rendered on the server behind the tenant's credentials (HTTP Basic, the tenant id
 * and one of its keys): a search by business key listing the messages found, each linked to its payload and to the
 * timelines of the orders it names; one message with its payload; and an order's timeline. Links stay under
 * {@code /console/}, where the browser sends the credentials it logged in with.
 */
@RestController
public class ConsoleMessageController {

    private static final int PAGE_LIMIT = 200;

    private final MessageSearch search;
    private final OrderTimeline timeline;

    public ConsoleMessageController(MessageSearch search, OrderTimeline timeline) {
        this.search = search;
        this.timeline = timeline;
    }

    @GetMapping(path = "/console/messages", produces = MediaType.TEXT_HTML_VALUE)
    public String messages(@RequestParam(required = false) String key, Authentication caller) {
        String form = "<form method=\"get\" action=\"/console/messages\"><label>Business key <input id=\"key\" "
                + "name=\"key\" value=\"" + Html.text(key) + "\" placeholder=\"DOCNUM, delivery, PO, ISA13, tracking "
                + "number, order id...\"></label> <button id=\"search\" type=\"submit\">Search</button></form>";
        if (key == null || key.isBlank()) {
            return page("Message log", caller, form);
        }
        List<LoggedMessageView> found = search.byKey(caller.getName(), key, MessageFilter.NONE, PAGE_LIMIT);
        String rows = found.stream().map(ConsoleMessageController::row).collect(Collectors.joining());
        return page("Message log", caller, form + "<p id=\"summary\">" + found.size() + " message(s) with key "
                + Html.text(key) + "</p><table id=\"messages\"><thead><tr><th>Time</th><th>Direction</th><th>Format</th>"
                + "<th>Partner</th><th>Size</th><th>Outcome</th><th>Keys</th><th>Orders</th></tr></thead><tbody>"
                + rows + "</tbody></table>");
    }

    @GetMapping(path = "/console/orders/{orderId}", produces = MediaType.TEXT_HTML_VALUE)
    public String order(@PathVariable String orderId, Authentication caller) {
        String rows = timeline.of(caller.getName(), orderId).stream().map(item -> "<tr data-kind=\""
                + Html.text(item.kind()) + "\"><td>" + Html.text(item.at()) + "</td><td>" + Html.text(item.kind()) + "</td><td>"
                + Html.text(item.what()) + "</td><td class=\"outcome\">" + Html.text(item.outcome()) + "</td><td>"
                + reference(item) + "</td></tr>").collect(Collectors.joining());
        return page("Order " + orderId, caller, "<table id=\"timeline\"><thead><tr><th>Time</th><th>What</th>"
                + "<th>Detail</th><th>Outcome</th><th>Reference</th></tr></thead><tbody>" + rows
                + "</tbody></table>");
    }

    @GetMapping(path = "/console/messages/{id}", produces = MediaType.TEXT_HTML_VALUE)
    public String message(@PathVariable String id, Authentication caller) {
        LoggedPayload logged = search.byId(caller.getName(), id)
                .orElseThrow(() -> new NotFoundException("message", id));
        String payload = logged.payload() == null ? "<p id=\"payload\">The payload is no longer kept.</p>"
                : "<pre id=\"payload\">" + Html.text(logged.payload()) + "</pre>";
        return page("Message " + id, caller, "<table><tbody>" + row(logged.message()) + "</tbody></table><p>"
                + Html.text(logged.contentType()) + "</p>" + payload);
    }

    private static String page(String title, Authentication caller, String body) {
        return ConsolePage.render(title, caller.getName(), "messages", body);
    }

    private static String row(LoggedMessageView message) {
        String keys = message.keys().stream().filter(k -> k.type() != KeyType.ORDER_ID)
                .map(k -> Html.text(k.type() + " " + k.value())).collect(Collectors.joining("<br>"));
        String orders = message.keys().stream().filter(k -> k.type() == KeyType.ORDER_ID)
                .map(k -> "<a class=\"order\" href=\"/console/orders/" + path(k.value()) + "\">" + Html.text(k.value())
                        + "</a>").collect(Collectors.joining("<br>"));
        return "<tr data-id=\"" + Html.text(message.id()) + "\"><td><a href=\"/console/messages/" + path(message.id())
                + "\">" + Html.text(message.loggedAt()) + "</a></td><td>" + message.direction() + "</td><td>"
                + Html.text(message.format()) + "</td><td>" + Html.text(message.partner()) + "</td><td>" + message.size()
                + "</td><td class=\"outcome\">" + message.outcome() + "</td><td>" + keys + "</td><td>" + orders
                + "</td></tr>";
    }

    private static String reference(TimelineItem item) {
        if (item.reference() != null && item.reference().startsWith("log-")) {
            return "<a href=\"/console/messages/" + path(item.reference()) + "\">" + Html.text(item.reference()) + "</a>";
        }
        return Html.text(item.reference());
    }

    private static String path(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
