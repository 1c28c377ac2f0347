package io.lastmilehub.hub.console;

import java.util.List;

/**
 * The console's shell: every page has the same head, style sheet and navigation, and names the tenant it shows. The
 * message log and order timeline pages ({@code /console/messages}, {@code /console/orders/{id}}) plug in here too.
 */
public final class ConsolePage {

    /** What the navigation links to, in its order. */
    static final List<Link> NAV = List.of(
            new Link("messages", "Messages", "/console/messages"),
            new Link("dead-letters", "Dead letters", "/console/dead-letters"),
            new Link("plans", "Plans", "/console/plans"),
            new Link("devices", "Devices", "/console/devices"),
            new Link("configuration", "Configuration", "/console/configuration"),
            new Link("dashboard", "Dashboard", "/api/v1/reports/dashboard"));

    private ConsolePage() {
    }

    /**
     * A whole page.
     *
     * @param section the {@link #NAV} entry it belongs to (marked as current), or null
     * @param body    the page's content, already HTML
     */
    public static String render(String title, String tenant, String section, String body) {
        StringBuilder page = new StringBuilder(body.length() + 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append(" · LastMile Hub console</title>")
                .append("<link rel=\"stylesheet\" href=\"/console/console.css\"></head><body>")
                .append("<header><a class=\"brand\" href=\"/console/\">LastMile Hub</a><nav>");
        for (Link link : NAV) {
            page.append("<a href=\"").append(link.href()).append('"')
                    .append(link.id().equals(section) ? " aria-current=\"page\"" : "")
                    .append(" data-nav=\"").append(link.id()).append("\">").append(link.label()).append("</a>");
        }
        page.append("</nav><span class=\"tenant\" id=\"tenant\">").append(Html.text(tenant)).append("</span></header>")
                .append("<main><h1>").append(Html.text(title)).append("</h1>").append(body).append("</main>")
                .append("</body></html>\n");
        return page.toString();
    }

    /** One entry of the navigation. */
    record Link(String id, String label, String href) {
    }
}
