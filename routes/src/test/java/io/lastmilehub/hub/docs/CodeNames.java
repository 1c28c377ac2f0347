package io.lastmilehub.hub.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names the repository's code knows: the types its Java sources declare (nested ones too, tests too) and import,
 * and the words of the string literals of its main sources (header names, segment names), of its main resources and
 * of the configuration directory. Test sources give their types only: their literals are test data.
 */
final class CodeNames {

    private static final Pattern DECLARATION = Pattern.compile("^\\s*(?:(?:public|protected|private|static|final"
            + "|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|record|enum|interface|@interface)\\s+([A-Z]\\w*)",
            Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.(\\w+);",
            Pattern.MULTILINE);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<String> TEXT_FILES = Set.of("yaml", "yml", "xml", "wsdl", "xsd", "json", "properties");

    private final Set<String> declaredFiles = new HashSet<>();
    private final Set<String> types = new HashSet<>();
    private final Set<String> words = new HashSet<>();

    /** The names of every source and resource file under the repository root, build output left out. */
    static CodeNames of(Path repository) {
        CodeNames names = new CodeNames();
        try (Stream<Path> files = Files.walk(repository)) {
            for (Path file : files.filter(Files::isRegularFile).filter(CodeNames::isSource).toList()) {
                names.read(file, repository.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean isSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/target/") && !path.contains("/.git/") && !path.contains("/data/")
                && (path.endsWith(".java") || TEXT_FILES.contains(extension(path)));
    }

    private void read(Path file, String path) throws IOException {
        // Words are ASCII; Latin-1 reads any file's bytes, whatever its encoding.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        boolean main = !path.contains("/src/test/");
        if (path.endsWith(".java")) {
            declaredFiles.add(path.substring(0, path.length() - ".java".length()));
            DECLARATION.matcher(text).results().forEach(m -> types.add(m.group(1)));
            IMPORT.matcher(text).results().forEach(m -> types.add(m.group(2)));
            if (main) {
                STRING_LITERAL.matcher(text).results().forEach(m -> addWords(m.group(1)));
            }
        } else if (main) {
            addWords(text);
        }
    }

    private void addWords(String text) {
        WORD.matcher(text).results().forEach(m -> words.add(m.group()));
    }

    /** Whether the code declares or imports a type of this simple name. */
    boolean hasType(String simpleName) {
        return types.contains(simpleName);
    }

    /** Whether a source file ends in this path, e.g. {@code planning/dispatch/DispatchRules} (no extension). */
    boolean hasSourceEndingIn(String path) {
        return declaredFiles.stream().anyMatch(file -> file.endsWith("/" + path));
    }

    /** Whether a string literal of the code or a configuration or resource file holds this word. */
    boolean hasWord(String word) {
        return words.contains(word);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }
}
