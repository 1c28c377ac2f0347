package io.lastmilehub.hub.docs;

import org.springframework.boot.configurationprocessor.ConfigurationMetadataAnnotationProcessor;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys inside map values and list elements ({@code lastmile.tenants.<tenant>.*}), which the configuration
 * processor does not follow: it lists {@code lastmile.tenants} as one {@code Map<String, Tenant>}. For each such key
 * whose values are records, this runs the same processor again, in memory, over the record's source file with a
 * stand-in {@code @ConfigurationProperties} root that nests the record, and renames the stand-in's keys to the real
 * ones. The descriptions so come from the same Javadoc {@code @param} tags, read the same way.
 */
final class ContainerValueKeys {

    private static final Pattern CONTAINER = Pattern.compile(
            "java\\.util\\.(Map|List)<(?:java\\.lang\\.String,)?([\\w.$]+)>");

    private final List<Path> sourceRoots;

    /** @param sourceRoots the {@code src/main/java} directories the records' source files are looked up in */
    ContainerValueKeys(List<Path> sourceRoots) {
        this.sourceRoots = List.copyOf(sourceRoots);
    }

    /** The keys, followed by the keys inside the values of those that are maps or lists of records, to any depth. */
    List<ConfigurationKey> expand(List<ConfigurationKey> keys) {
        List<ConfigurationKey> all = new ArrayList<>(keys);
        List<ConfigurationKey> level = keys;
        while (!level.isEmpty()) {
            Map<ConfigurationKey, Class<?>> containers = new LinkedHashMap<>();
            level.forEach(key -> recordElement(key).ifPresent(type -> containers.put(key, type)));
            level = containers.isEmpty() ? List.of() : valueKeys(containers);
            all.addAll(level);
        }
        return all;
    }

    private static Optional<Class<?>> recordElement(ConfigurationKey key) {
        Matcher matcher = CONTAINER.matcher(key.type());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Class<?> element = Class.forName(matcher.group(2));
            return element.isRecord() ? Optional.of(element) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private List<ConfigurationKey> valueKeys(Map<ConfigurationKey, Class<?>> containers) {
        List<JavaFileObject> sources = new ArrayList<>();
        Map<String, String> renames = new LinkedHashMap<>();
        int root = 0;
        for (Map.Entry<ConfigurationKey, Class<?>> container : containers.entrySet()) {
            String prefix = "root" + root++;
            sources.add(standIn(prefix, container.getValue()));
            renames.put(prefix + ".value", valuePrefix(container.getKey()));
            Path source = sourceOf(container.getValue());
            sources.removeIf(s -> s.toUri().equals(source.toUri()));
            sources.add(new SourceFile(source));
        }
        List<ConfigurationKey> keys = new ArrayList<>();
        for (ConfigurationKey key : ConfigurationMetadata.read(process(sources))) {
            renames.forEach((from, to) -> {
                if (key.name().startsWith(from + ".")) {
                    keys.add(key.renamed(from, to));
                }
            });
        }
        return keys;
    }

    /** {@code lastmile.tenants.<tenant>} for a map, {@code lastmile.tenants.<tenant>.devices[<n>]} for a list. */
    private static String valuePrefix(ConfigurationKey container) {
        if (container.type().startsWith("java.util.List")) {
            return container.name() + "[<n>]";
        }
        String last = container.name().substring(container.name().lastIndexOf('.') + 1);
        return container.name() + ".<" + last.replaceAll("s$", "") + ">";
    }

    private static JavaFileObject standIn(String prefix, Class<?> record) {
        String name = "DocsStandIn" + prefix;
        String code = "package " + record.getPackageName() + ";\n"
                + "@org.springframework.boot.context.properties.ConfigurationProperties(\"" + prefix + "\")\n"
                + "record " + name + "(@org.springframework.boot.context.properties.NestedConfigurationProperty "
                + record.getCanonicalName() + " value) {}\n";
        URI uri = URI.create("string:///" + record.getPackageName().replace('.', '/') + "/" + name + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private Path sourceOf(Class<?> type) {
        Class<?> topLevel = type;
        while (topLevel.getEnclosingClass() != null) {
            topLevel = topLevel.getEnclosingClass();
        }
        String file = topLevel.getName().replace('.', '/') + ".java";
        return sourceRoots.stream().map(root -> root.resolve(file)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("no source file " + file + " in " + sourceRoots));
    }

    /** Runs the configuration processor alone ({@code -proc:only}: nothing is compiled) and returns its metadata. */
    private static byte[] process(List<JavaFileObject> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (InMemoryOutput output = new InMemoryOutput(
                javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8))) {
            List<String> options = List.of("-proc:only", "-classpath", classpath());
            JavaCompiler.CompilationTask task = javac.getTask(null, output, diagnostics, options, null, sources);
            task.setProcessors(List.of(new ConfigurationMetadataAnnotationProcessor()));
            if (!task.call()) {
                throw new IllegalStateException("the configuration processor failed: " + diagnostics.getDiagnostics());
            }
            return output.written(ConfigurationMetadata.RESOURCE).orElseThrow(
                    () -> new IllegalStateException("the configuration processor wrote no metadata"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire starts tests with a manifest-only jar; it names the real classpath in this property. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static final class SourceFile extends SimpleJavaFileObject {

        private final Path path;

        SourceFile(Path path) {
            super(path.toUri(), Kind.SOURCE);
            this.path = path;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            return Files.readString(path);
        }
    }
}
