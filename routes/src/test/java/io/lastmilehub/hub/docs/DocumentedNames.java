package io.lastmilehub.hub.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the names a page writes in backticks (outside fenced code blocks) against the code: classes, HTTP endpoints
 * and {@code lastmile.*} configuration keys and addresses; and that its relative links lead to files.
 */
final class DocumentedNames {

    private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
    /** A Markdown link's target, without its {@code #fragment}. */
    private static final Pattern LINK = Pattern.compile("]\\(([^)#\\s]+)[^)]*\\)");
    private static final Pattern SETTING = Pattern.compile("\\blastmile\\.[\\w.<>\\[\\]*#-]*[\\w>\\]*#]");
    /** A span that is an endpoint: an optional method, an optional scheme and host, and the path. */
    private static final Pattern ENDPOINT = Pattern.compile(
            "^(?:(GET|POST|PUT|PATCH|DELETE|HEAD) +)?(?:https?://[^/\\s]+)?(/[^\\s?\\[#]*)");
    /**
     * A type name: optionally qualified by a package, then at least two capitalised words ({@code HubProperties}), the
     * first with a small letter after the capital (so that {@code K1P 1J1} is no class).
     */
    private static final Pattern TYPE = Pattern.compile(
            "(?<![\\w$*:+=#>-])((?:[a-z]\\w*\\.)*)([A-Z][a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\\b");
    /** Another project's package: a class qualified with one is that project's business. */
    private static final Pattern FOREIGN_PACKAGE = Pattern.compile(
            "^(?:java|javax|jakarta|org|com|net|io(?!\\.lastmilehub\\.))\\.");

    private final CodeNames code;
    private final HubEndpoints endpoints;
    private final SettingNames settings;
    private final Set<String> endpointRoots;

    DocumentedNames(CodeNames code, HubEndpoints endpoints, SettingNames settings) {
        this.code = code;
        this.endpoints = endpoints;
        this.settings = settings;
        this.endpointRoots = endpoints.roots();
    }

    /**
     * What a page names that does not exist, one line each: {@code docs/x.md:12: no class Foo}.
     *
     * @param page      the page's name in the messages
     * @param directory the page's directory, which its relative links start from
     */
    List<String> problems(String page, Path directory, String markdown) {
        List<String> problems = new ArrayList<>();
        boolean fenced = false;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                String where = page + ":" + (i + 1) + ": ";
                Matcher span = SPAN.matcher(lines[i]);
                while (span.find()) {
                    problemsOf(span.group(1)).forEach(problem -> problems.add(where + problem));
                }
                LINK.matcher(lines[i]).results().map(link -> link.group(1))
                        .filter(target -> !target.contains(":") && !Files.exists(directory.resolve(target)))
                        .forEach(target -> problems.add(where + "no file " + target));
            }
        }
        return problems;
    }

    private List<String> problemsOf(String span) {
        List<String> problems = new ArrayList<>();
        SETTING.matcher(span).results().map(MatchResult::group).filter(name -> !settings.knows(name))
                .forEach(name -> problems.add("no configuration key or broker address " + name));
        Matcher endpoint = ENDPOINT.matcher(span);
        if (endpoint.find()) {
            String method = endpoint.group(1);
            String path = endpoint.group(2);
            List<String> segments = PathSegments.of(path);
            // A path under none of the hub's first segments is another system's (Magento's /V1/orders).
            boolean ours = !segments.isEmpty() && endpointRoots.contains(segments.get(0));
            if (ours && !endpoints.serves(method, path)) {
                problems.add("no endpoint " + (method == null ? "" : method + " ") + path);
            }
        } else if (!span.contains("/")) {
            TYPE.matcher(span).results().filter(type -> !knowsType(type.group(1), type.group(2)))
                    .forEach(type -> problems.add("no class " + type.group()));
        }
        return problems;
    }

    /**
     * A name qualified with one of our packages (or part of one: {@code dispatch.AutoDispatcher}) needs its source
     * file; a simple one a type, or a word (a header's name), of the code.
     */
    private boolean knowsType(String qualifier, String name) {
        if (qualifier.isEmpty()) {
            return code.hasType(name) || code.hasWord(name);
        }
        return FOREIGN_PACKAGE.matcher(qualifier).find()
                || code.hasSourceEndingIn(qualifier.replace('.', '/') + name);
    }
}
