package healthbot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The layering of the architecture map (docs/architecture.md), checked against the code under
 * {@code src/main/java/healthbot}. A package is the first name under {@code healthbot}
 * ({@code channel.telegram} belongs to {@code channel}); it may refer to itself and to the packages
 * its row of {@link #ALLOWED} names, nothing else. A reference is an {@code import} (static or not)
 * or a qualified name such as {@code healthbot.store.StaleFenceException} in code; comments and
 * string literals do not count.
 */
class PackageDependenciesTest {

    /**
     * Which packages each package may use directly: the "-> ..." column of the architecture map
     * in docs/architecture.md, one row per package. A new package gets a row here and in the map;
     * a new dependency goes into its row (and the map's) only if it keeps the layering acyclic.
     */
    private static final String ALLOWED = """
            app      -> studio channel ops scripts eval bench fuzz dialogue store nlu content rules clock
            studio   -> dialogue scripts eval content nlu rules clock
            channel  -> dialogue store ops
            ops      ->
            scripts  -> dialogue content nlu rules clock store
            eval     -> dialogue nlu content clock
            bench    -> dialogue nlu store
            fuzz     -> dialogue content
            dialogue -> nlu rules content clock store
            store    ->
            nlu      -> content rules
            content  -> rules
            rules    ->
            clock    ->
            """;

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path ROOT = SOURCES.resolve("healthbot");
    private static final Pattern REFERENCE = Pattern.compile("\\bhealthbot\\s*\\.\\s*([a-z][a-z0-9_]*)\\s*\\.");

    /** A reference from one source line to another package. */
    record Reference(Path file, int line, String lineText, String from, String to) {}

    @Test
    void everyPackageRefersOnlyToThePackagesItsRowAllows() {
        Map<String, Set<String>> allowed = table(ALLOWED);
        List<String> forbidden = new ArrayList<>();
        for (Reference r : references(sources())) {
            if (!r.from().equals(r.to()) && !allowed.getOrDefault(r.from(), Set.of()).contains(r.to())) {
                forbidden.add(describe(r, allowed));
            }
        }
        if (!forbidden.isEmpty()) {
            fail(forbidden.size() + " reference(s) the layering does not allow (fix the code, or add the package to the "
                    + "row in ALLOWED and in the architecture map (docs/architecture.md)):\n" + String.join("\n", forbidden));
        }
    }

    @Test
    void everyPackageOfTheCodeHasARowAndEveryRowAPackage() {
        Map<String, Set<String>> allowed = table(ALLOWED);
        Set<String> packages = new TreeSet<>();
        for (Path file : sources().keySet()) {
            packages.add(packageOf(file));
        }
        Set<String> named = new TreeSet<>(allowed.keySet());
        allowed.values().forEach(named::addAll);
        Set<String> withoutRow = new TreeSet<>(packages);
        withoutRow.removeAll(allowed.keySet());
        Set<String> withoutCode = new TreeSet<>(named);
        withoutCode.removeAll(packages);
        assertEquals(Set.of(), withoutRow, "packages with no row in ALLOWED (add one, and one in docs/architecture.md)");
        assertEquals(Set.of(), withoutCode, "packages named in ALLOWED that have no source under " + ROOT);
    }

    @Test
    void theAllowedLayeringHasNoCycle() {
        cycle(table(ALLOWED)).ifPresent(c -> fail("ALLOWED has a cycle: " + String.join(" -> ", c)));
    }

    @Test
    void thePackagesTheCodeUsesHaveNoCycle() {
        cycle(graph(references(sources()))).ifPresent(c -> fail("the packages depend on each other in a cycle: "
                + String.join(" -> ", c)));
    }

    @Test
    void everyPackageOfTheTableHasARowInTheArchitectureMap() throws IOException {
        String readme = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("# Architecture");
        assertTrue(section >= 0, "docs/architecture.md has no \"# Architecture\" heading");
        int start = readme.indexOf("```", section);
        int end = readme.indexOf("```", start + 3);
        assertTrue(start >= 0 && end > start, "docs/architecture.md has no ``` block");
        Set<String> rows = new TreeSet<>();
        for (String line : readme.substring(start + 3, end).split("\n")) {
            Matcher m = Pattern.compile("^([a-z]+)\\s").matcher(line);
            if (m.find()) {
                rows.add(m.group(1));
            }
        }
        Set<String> missing = new TreeSet<>(table(ALLOWED).keySet());
        missing.removeAll(rows);
        assertEquals(Set.of(), missing, "packages of ALLOWED with no row in the architecture map in docs/architecture.md");
    }

    // The checker's own tests: made-up sources, so that the checks above are known to fail when they should.

    @Test
    void aForbiddenImportIsReportedWithItsFileLineAndTheRowThatWouldAllowIt() {
        Path file = ROOT.resolve("rules/Made.java");
        String source = "package healthbot.rules;\n\nimport healthbot.rules.Slot;\nimport healthbot.content.Content;\n";
        List<Reference> refs = references(Map.of(file, source));
        assertEquals(1, refs.stream().filter(r -> !r.from().equals(r.to())).count());
        Reference r = refs.stream().filter(x -> x.to().equals("content")).findFirst().orElseThrow();
        assertEquals(file + ":4: rules may not use content: import healthbot.content.Content; (rules may use: nothing of ours)",
                describe(r, table(ALLOWED)));
    }

    @Test
    void qualifiedNamesCountAndCommentsAndStringsDoNot() {
        String source = """
                package healthbot.ops;
                // healthbot.dialogue.Bot in a comment
                /** {@link healthbot.dialogue.Bot} in Javadoc */
                class Made {
                    String metric = "healthbot.store.errors";
                    String block = \"""
                            healthbot.nlu.Nlu
                            \""";
                    char quote = '"';
                    healthbot.channel.telegram.Delivery delivery;
                }
                """;
        List<Reference> refs = references(Map.of(ROOT.resolve("ops/Made.java"), source));
        assertEquals(List.of("channel:10"), refs.stream().map(r -> r.to() + ":" + r.line()).toList());
    }

    @Test
    void aCycleIsNamedPackageByPackage() {
        Map<String, Set<String>> layers = table("""
                a -> b
                b -> c
                c -> a
                d ->
                """);
        assertEquals(Optional.of(List.of("a", "b", "c", "a")), cycle(layers));
        assertEquals(Optional.empty(), cycle(table(ALLOWED)));
    }

    private static String describe(Reference r, Map<String, Set<String>> allowed) {
        Set<String> may = allowed.getOrDefault(r.from(), Set.of());
        return r.file() + ":" + r.line() + ": " + r.from() + " may not use " + r.to() + ": " + r.lineText().strip()
                + " (" + r.from() + " may use: " + (may.isEmpty() ? "nothing of ours" : String.join(", ", may)) + ")";
    }

    /** Rows "name -> other other" into name and the packages it may use, in the rows' order. */
    private static Map<String, Set<String>> table(String rows) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String row : rows.strip().split("\n")) {
            String[] sides = row.split("->", -1);
            if (sides.length != 2 || sides[0].isBlank()) {
                throw new IllegalArgumentException("a row of ALLOWED must read \"package -> other other\", got \"" + row + "\"");
            }
            Set<String> uses = new LinkedHashSet<>(List.of(sides[1].strip().isEmpty() ? new String[0] : sides[1].strip().split("\\s+")));
            if (table.put(sides[0].strip(), uses) != null) {
                throw new IllegalArgumentException("package " + sides[0].strip() + " has two rows in ALLOWED");
            }
        }
        return table;
    }

    /** Every .java file under {@link #ROOT} and its text, in path order. */
    private static Map<Path, String> sources() {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                sources.put(f, Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + ROOT.toAbsolutePath(), e);
        }
        assertTrue(sources.size() > 50, "expected the bot's sources under " + ROOT.toAbsolutePath() + ", found " + sources.size());
        return sources;
    }

    private static String packageOf(Path file) {
        Path relative = ROOT.relativize(file);
        if (relative.getNameCount() < 2) {
            throw new IllegalStateException(file + " is directly in healthbot; put it in a package with a row in ALLOWED");
        }
        return relative.getName(0).toString();
    }

    /** Every reference to a healthbot package in the code of these files (own package included). */
    private static List<Reference> references(Map<Path, String> sources) {
        List<Reference> refs = new ArrayList<>();
        sources.forEach((file, text) -> {
            String from = packageOf(file);
            String[] lines = text.split("\n", -1);
            String[] code = codeOnly(text).split("\n", -1);
            for (int i = 0; i < code.length; i++) {
                if (code[i].stripLeading().startsWith("package ")) {
                    continue;
                }
                Matcher m = REFERENCE.matcher(code[i]);
                while (m.find()) {
                    refs.add(new Reference(file, i + 1, lines[i], from, m.group(1)));
                }
            }
        });
        return refs;
    }

    /** Package to the other packages its code refers to. */
    private static Map<String, Set<String>> graph(List<Reference> refs) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Reference r : refs) {
            Set<String> uses = graph.computeIfAbsent(r.from(), k -> new TreeSet<>());
            if (!r.from().equals(r.to())) {
                uses.add(r.to());
            }
        }
        return graph;
    }

    /** The first cycle found by a depth-first walk, as the packages around it (first = last), or empty. */
    private static Optional<List<String>> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new LinkedHashSet<>();
        for (String start : graph.keySet()) {
            Optional<List<String>> found = cycleFrom(start, graph, new ArrayList<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path,
                                                    Set<String> done) {
        int onPath = path.indexOf(node);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (done.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = cycleFrom(next, graph, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return Optional.empty();
    }

    /**
     * The source with comments and string, text-block and character literals blanked out; line
     * breaks are kept, so line numbers stay the same.
     */
    static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = literalEnd(s, i + 3, "\"\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                end = literalEnd(s, i + 1, String.valueOf(s.charAt(i)));
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** The index just after the {@code close} that ends a literal whose content starts at {@code from}. */
    private static int literalEnd(String s, int from, String close) {
        int k = from;
        while (k < s.length() && !s.startsWith(close, k)) {
            k += s.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), k + close.length());
    }
}
