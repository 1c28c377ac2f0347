package io.lastmilehub.hub.console;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The console's front page, which says what each page is for, and its one style sheet, both from the jar. */
@RestController
public class ConsoleController {

    static final String HTML = "text/html;charset=UTF-8";
    private static final Resource STYLE = new ClassPathResource("console/console.css");
    private static final Map<String, String> PURPOSES = Map.of(
            "messages", "every message in and out, found by any business key, and an order's timeline",
            "dead-letters", "messages that could not be processed: look, replay, edit and replay, discard",
            "plans", "the newest plans with a map of their routes",
            "devices", "the tracking devices, their vehicles and where each was last",
            "configuration", "trading partners, carriers and route templates, read-only",
            "dashboard", "delivery KPIs and today's routes");

    @GetMapping(path = "/console/", produces = HTML)
    public String index(Authentication caller) {
        StringBuilder body = new StringBuilder("<ul class=\"index\">");
        for (ConsolePage.Link link : ConsolePage.NAV) {
            body.append("<li><a href=\"").append(link.href()).append("\">").append(link.label()).append("</a>: ")
                    .append(Html.text(PURPOSES.get(link.id()))).append("</li>");
        }
        return ConsolePage.render("Console", caller.getName(), null, body.append("</ul>").toString());
    }

    @GetMapping(path = "/console/console.css", produces = "text/css")
    public Resource style() {
        return STYLE;
    }
}
