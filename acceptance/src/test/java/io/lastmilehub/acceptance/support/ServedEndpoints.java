package io.lastmilehub.acceptance.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP endpoints a running hub serves, as {@code "METHOD /path/{variable}"}, read from its start-up log: the
 * handler methods Spring MVC maps (logged by its mappings logger, switched on by {@link #LOG_MAPPINGS} on the command
 * line and by nothing in the shipped config), the SOAP services CXF publishes, and how many actuator endpoints are
 * exposed. Read from the running jar rather than from a list in the test, so that a new endpoint shows up here.
 */
public final class ServedEndpoints {

    /** The command-line argument that makes the hub log its handler methods at start-up. */
    public static final String LOG_MAPPINGS =
            "--logging.level._org.springframework.web.servlet.HandlerMapping.Mappings=debug";
    /** {@code cxf.path} of the hub's built-in defaults: where the SOAP services are. */
    private static final String SOAP_PATH = "/soap";

    /** {@code {GET [/api/v1/orders/{id}]}: get(String,Authentication)}, one handler method a line. */
    private static final Pattern HANDLER_METHOD = Pattern.compile("^\\t\\{(.*)}: \\w+\\(.*\\)$", Pattern.MULTILINE);
    private static final Pattern SOAP_SERVICE = Pattern.compile("Setting the server's publish address to be (\\S+)");
    private static final Pattern ACTUATOR = Pattern.compile("Exposing (\\d+) endpoints? beneath base path");
    private static final List<String> CONDITIONS = List.of(", params [", ", headers [", ", consumes [",
            ", produces [", ", custom [");

    private ServedEndpoints() {
    }

    /** Spring MVC's and CXF's endpoints in the hub's log; fails when the log holds none (the argument was missing). */
    public static Set<String> of(String log) {
        Set<String> endpoints = new TreeSet<>();
        Matcher method = HANDLER_METHOD.matcher(log);
        while (method.find()) {
            endpoints.addAll(endpoints(method.group(1)));
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("No handler mapping in the hub's log: was it started with " + LOG_MAPPINGS
                    + "?");
        }
        Matcher soap = SOAP_SERVICE.matcher(log);
        while (soap.find()) {
            endpoints.add("POST " + SOAP_PATH + soap.group(1));
        }
        return endpoints;
    }

    /** How many actuator endpoints the hub exposes over HTTP. */
    public static int actuatorEndpoints(String log) {
        Matcher exposing = ACTUATOR.matcher(log);
        if (!exposing.find()) {
            throw new IllegalStateException("The hub's log does not say which actuator endpoints it exposes");
        }
        return Integer.parseInt(exposing.group(1));
    }

    /**
     * The endpoints of one mapping as Spring prints it: {@code GET [/a]}, {@code [GET, POST] [/a]}, or {@code  [/a]}
     * (any method), then perhaps {@code , consumes [...]}; patterns joined by {@code ||}.
     */
    private static List<String> endpoints(String mapping) {
        String methods;
        String rest;
        if (mapping.startsWith(" ")) {
            methods = "ANY";
            rest = mapping.substring(1);
        } else if (mapping.startsWith("[")) {
            int end = mapping.indexOf("] ");
            methods = mapping.substring(1, end);
            rest = mapping.substring(end + 2);
        } else {
            int space = mapping.indexOf(' ');
            methods = mapping.substring(0, space);
            rest = mapping.substring(space + 1);
        }
        int end = CONDITIONS.stream().mapToInt(rest::indexOf).filter(i -> i >= 0).min().orElse(rest.length());
        String patterns = rest.substring(1, end - 1);
        return List.of(methods.split(", ")).stream().flatMap(m -> List.of(patterns.split(" \\|\\| ")).stream()
                .map(pattern -> m + " " + withoutRegex(pattern))).toList();
    }

    /** {@code /track/{token:[A-Za-z0-9_-]+}} as {@code /track/{token}}. */
    private static String withoutRegex(String pattern) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inRegex = false;
                }
            } else if (c == ':' && depth == 1) {
                inRegex = true;
            }
            if (!inRegex || depth == 0 && c == '}') {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
