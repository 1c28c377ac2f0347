package io.lastmilehub.hub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.deadletter.DeadLetterActions;
import io.lastmilehub.hub.deadletter.DeadLetterEntity;
import io.lastmilehub.hub.deadletter.DeadLetterFilter;
import io.lastmilehub.hub.deadletter.DeadLetterState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The dead-letter pages: the list with its filters, one dead letter with its failure, headers and payload, and the
 * forms that replay (one or the ones ticked), edit and replay, or discard it. Each form posts here and lands back on
 * a page (303), so a reload never repeats an action. The actions are {@link DeadLetterActions}, as in the API.
 */
@RestController
public class ConsoleDeadLetterController {

    private static final String LIST = "/console/dead-letters";
    private static final int REASON_SHOWN = 160;

    private final DeadLetterActions actions;
    private final ObjectMapper json;

    public ConsoleDeadLetterController(DeadLetterActions actions, ObjectMapper json) {
        this.actions = actions;
        this.json = json;
    }

    @GetMapping(path = LIST, produces = ConsoleController.HTML)
    public String list(@RequestParam(required = false) String source, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String olderThan,
                       @RequestParam(required = false) String newerThan,
                       @RequestParam(required = false) String state, Authentication caller) {
        DeadLetterFilter filter = DeadLetterFilter.parse(source, reason, olderThan, newerThan, state,
                DeadLetterFilter.MAX_LIMIT);
        List<DeadLetterEntity> letters = actions.list(caller.getName(), filter);
        StringBuilder body = new StringBuilder(filters(source, reason, olderThan, newerThan, state));
        if (letters.isEmpty()) {
            body.append("<p class=\"empty\" id=\"no-dead-letters\">No dead letters match.</p>");
        } else {
            body.append("<form method=\"post\" action=\"").append(LIST).append("/replay\">")
                    .append("<table id=\"dead-letters\"><thead><tr><th></th><th>Dead letter</th><th>Source</th>")
                    .append("<th>Reason</th><th>Kept at</th><th>State</th><th>Replays</th></tr></thead><tbody>");
            letters.forEach(letter -> body.append(row(letter)));
            body.append("</tbody></table><p><button type=\"submit\" id=\"replay-selected\">Replay the ticked ones")
                    .append("</button></p></form>");
        }
        return ConsolePage.render("Dead letters", caller.getName(), "dead-letters", body.toString());
    }

    @GetMapping(path = LIST + "/{id}", produces = ConsoleController.HTML)
    public String detail(@PathVariable String id, Authentication caller) {
        DeadLetterEntity letter = actions.find(caller.getName(), id);
        StringBuilder body = new StringBuilder(facts(letter)).append("<h2>Headers</h2>").append(headers(letter))
                .append("<h2>Payload</h2>").append(payload("payload", letter.getPayload()));
        if (letter.getEditedPayload() != null) {
            body.append("<h2>Edited payload</h2><p>by <span id=\"edited-by\">").append(Html.text(letter.getEditedBy()))
                    .append("</span> at ").append(Html.text(letter.getEditedAt())).append("</p>")
                    .append(payload("edited-payload", letter.getEditedPayload()));
        }
        if (letter.getState() != DeadLetterState.DISCARDED) {
            body.append(actionForms(letter));
        }
        return ConsolePage.render("Dead letter " + letter.getId(), caller.getName(), "dead-letters",
                body.toString());
    }

    @PostMapping(LIST + "/{id}/replay")
    public ResponseEntity<Void> replay(@PathVariable String id, Authentication caller) {
        actions.replay(caller.getName(), id);
        return seeOther(LIST + "/" + Html.url(id));
    }

    @PostMapping(LIST + "/replay")
    public ResponseEntity<Void> replayTicked(@RequestParam(name = "ids", required = false) List<String> ids,
                                             Authentication caller) {
        actions.replay(caller.getName(), ids);
        return seeOther(LIST);
    }

    @PostMapping(LIST + "/{id}/edit-and-replay")
    public ResponseEntity<Void> editAndReplay(@PathVariable String id, @RequestParam String payload,
                                              Authentication caller) {
        DeadLetterEntity letter = actions.find(caller.getName(), id);
        actions.editAndReplay(caller.getName(), id, PayloadText.edited(payload, letter.getPayload()),
                caller.getName());
        return seeOther(LIST + "/" + Html.url(id));
    }

    @PostMapping(LIST + "/{id}/discard")
    public ResponseEntity<Void> discard(@PathVariable String id, @RequestParam(required = false) String reason,
                                        Authentication caller) {
        actions.discard(caller.getName(), id, reason, caller.getName());
        return seeOther(LIST + "/" + Html.url(id));
    }

    private static String filters(String source, String reason, String olderThan, String newerThan, String state) {
        StringBuilder form = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"" + LIST + "\">")
                .append(input("source", "Source (partner, format or route)", source))
                .append(input("reason", "Reason contains", reason))
                .append(input("olderThan", "Older than (e.g. 2h, 7d)", olderThan))
                .append(input("newerThan", "Newer than", newerThan))
                .append("<label>State<select name=\"state\">");
        for (String option : List.of("open", "replayed", "discarded", "all")) {
            boolean chosen = option.equalsIgnoreCase(state == null || state.isBlank() ? "open" : state);
            form.append("<option").append(chosen ? " selected" : "").append('>').append(option).append("</option>");
        }
        return form.append("</select></label><button type=\"submit\">Filter</button></form>").toString();
    }

    private static String input(String name, String label, String value) {
        return "<label>" + label + "<input name=\"" + name + "\" value=\"" + Html.text(value) + "\"></label>";
    }

    private static String row(DeadLetterEntity letter) {
        String id = Html.text(letter.getId());
        String reason = letter.getReason().length() > REASON_SHOWN
                ? letter.getReason().substring(0, REASON_SHOWN) + "…" : letter.getReason();
        return "<tr data-id=\"" + id + "\"><td><input type=\"checkbox\" name=\"ids\" value=\"" + id + "\"></td>"
                + "<td><a href=\"" + LIST + "/" + Html.url(letter.getId()) + "\">" + id + "</a></td>"
                + "<td>" + Html.text(letter.getSource()) + "</td><td>" + Html.text(reason) + "</td>"
                + "<td>" + Html.text(letter.getCreatedAt()) + "</td>"
                + "<td class=\"state-" + letter.getState() + "\">" + letter.getState() + "</td>"
                + "<td>" + letter.getReplayCount() + "</td></tr>";
    }

    private static String facts(DeadLetterEntity letter) {
        StringBuilder facts = new StringBuilder("<dl class=\"facts\">");
        fact(facts, "state", "State", letter.getState());
        fact(facts, "source", "Source", letter.getSource());
        fact(facts, "created-at", "Kept at", letter.getCreatedAt());
        fact(facts, "reason", "Failure", letter.getReason());
        fact(facts, "error-type", "Error type", letter.getErrorType());
        fact(facts, "route", "Route", letter.getRouteId());
        fact(facts, "endpoint", "Replays go to", letter.getEndpointUri());
        fact(facts, "replay-count", "Replays", letter.getReplayCount());
        fact(facts, "last-replayed-at", "Last replayed at", letter.getLastReplayedAt());
        fact(facts, "replay-outcome", "Last replay", letter.getReplayOutcome());
        fact(facts, "discarded", "Discarded", letter.getDiscardedAt() == null ? null
                : "by " + letter.getDiscardedBy() + " at " + letter.getDiscardedAt());
        fact(facts, "why-discarded", "Why", letter.getDiscardReason());
        return facts.append("</dl>").toString();
    }

    private static void fact(StringBuilder facts, String id, String label, Object value) {
        if (value != null) {
            facts.append("<dt>").append(label).append("</dt><dd id=\"").append(id).append("\">")
                    .append(Html.text(value)).append("</dd>");
        }
    }

    private String headers(DeadLetterEntity letter) {
        Map<String, String> headers;
        try {
            headers = json.readValue(letter.getHeaders(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            return "<pre id=\"headers\">" + Html.text(letter.getHeaders()) + "</pre>";
        }
        StringBuilder table = new StringBuilder("<table id=\"headers\"><tbody>");
        headers.forEach((name, value) -> table.append("<tr><th>").append(Html.text(name)).append("</th><td>")
                .append(Html.text(value)).append("</td></tr>"));
        return table.append("</tbody></table>").toString();
    }

    private static String payload(String id, byte[] payload) {
        return PayloadText.of(payload).map(text -> "<pre id=\"" + id + "\">" + Html.text(text) + "</pre>")
                .orElse("<p class=\"empty\" id=\"" + id + "\">" + (payload == null ? 0 : payload.length)
                        + " bytes that are not text</p>");
    }

    private static String actionForms(DeadLetterEntity letter) {
        String base = LIST + "/" + Html.url(letter.getId());
        StringBuilder forms = new StringBuilder("<h2>Actions</h2>")
                .append("<form class=\"action\" method=\"post\" action=\"").append(base).append("/replay\">")
                .append("<button type=\"submit\" id=\"replay\">Replay</button> sends the ")
                .append(letter.getEditedPayload() == null ? "original" : "edited").append(" payload again</form>");
        PayloadText.of(letter.payloadToReplay()).ifPresent(text -> forms
                .append("<form class=\"action\" method=\"post\" action=\"").append(base).append("/edit-and-replay\">")
                .append("<label for=\"edit\">Edit the payload, then replay it (the original is kept)</label>")
                .append("<textarea id=\"edit\" name=\"payload\" required spellcheck=\"false\">\n")
                .append(Html.text(text)).append("</textarea>")
                .append("<button type=\"submit\" id=\"edit-and-replay\">Replay the edited payload</button></form>"));
        if (letter.getState() == DeadLetterState.OPEN) {
            forms.append("<form class=\"action\" method=\"post\" action=\"").append(base).append("/discard\">")
                    .append("<label>Why discard it? <input id=\"discard-reason\" name=\"reason\" required ")
                    .append("maxlength=\"2000\"></label> <button type=\"submit\" id=\"discard\">Discard</button>")
                    .append("</form>");
        }
        return forms.toString();
    }

    private static ResponseEntity<Void> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }
}
