package io.lastmilehub.benchmarks.startup;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} command-line options over defaults; an unknown name is an error. */
public final class Options {

    private Options() {
    }

    public static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new LinkedHashMap<>(defaults);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + options.keySet());
            }
            options.put(name, args[i + 1]);
        }
        return options;
    }
}
