package healthbot.content;

import healthbot.content.LocatedJson.Arr;
import healthbot.content.LocatedJson.Node;
import healthbot.content.LocatedJson.Obj;
import healthbot.content.LocatedJson.Str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code intents/triage/} into a {@link Triage}: {@code groups.json} (the answers per grade
 * and the symptom groups) and one {@code <code>.json} per language (its word sets, signs and the
 * words around them). Every problem is collected with its file, line and column: an unknown
 * field, a sign of an unknown group, an {@code @set} no {@code words} entry defines, an empty part
 * of a sign. The folder is optional (content without it has the emergency words only); a
 * language's file is read whether or not the language is declared in {@code settings.json}, so
 * its red signs get 113 first even before its texts are translated.
 */
final class TriageFiles {

    static final String FOLDER = "triage";
    static final String GROUPS = "groups.json";
    private static final Pattern LANGUAGE_FILE = Pattern.compile("[a-z]{2,3}\\.json");
    private static final Pattern GROUP_ID = Pattern.compile("[a-z][a-z0-9_]*");
    /** Compiled once: {@code String.split} with these would compile them again for every sign. */
    private static final Pattern SIGN_PARTS = Pattern.compile("[+&|~]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> SIGN_FILE_KEYS = Set.of("words", "signs", "negation", "fillers", "past", "present", "stopped",
            "figurative", "not_medical", "clause_breaks", "hypothetical");

    private final List<Problem> problems;
    private final FileTexts texts;
    /** Where each grade's answer intent is named, for checking it against the intents. */
    private final Map<Triage.Grade, Located<String>> answerAt = new LinkedHashMap<>();

    TriageFiles(List<Problem> problems, FileTexts texts) {
        this.problems = problems;
        this.texts = texts;
    }

    Triage read(Path intentsDir) {
        Path dir = intentsDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return Triage.none();
        }
        Obj groupsRoot = json(dir.resolve(GROUPS));
        List<Triage.Group> groups = new ArrayList<>();
        Map<Triage.Grade, String> answers = new LinkedHashMap<>();
        if (groupsRoot != null) {
            readGroups(dir.resolve(GROUPS), groupsRoot, groups, answers);
        }
        Set<String> groupIds = new TreeSet<>();
        groups.forEach(g -> groupIds.add(g.id()));
        Map<String, Triage.Signs> languages = new LinkedHashMap<>();
        for (Path file : signFiles(dir)) {
            String code = file.getFileName().toString().replace(".json", "");
            Obj root = json(file);
            if (root != null) {
                languages.put(code, readSigns(code, file, root, groupIds));
            }
        }
        return new Triage(answers, groups, languages);
    }

    /** Problems with the answers' intents, once the intents are known. */
    void checkAnswers(Set<String> intentNames) {
        answerAt.forEach((grade, at) -> {
            if (!intentNames.contains(at.value())) {
                problems.add(at.problem("the " + grade.key() + " answer names the intent \"" + at.value()
                        + "\", which does not exist; use one of " + new TreeSet<>(intentNames)));
            }
        });
    }

    private void readGroups(Path file, Obj root, List<Triage.Group> groups, Map<Triage.Grade, String> answers) {
        unknownFields(file, root, Set.of("answers", "groups"));
        Node a = root.fields().get("answers");
        if (a instanceof Obj ao) {
            ao.fields().forEach((key, value) -> {
                Triage.Grade grade = grade(key);
                if (grade == null || grade == Triage.Grade.RED) {
                    problems.add(ao.at(file, key, "unknown grade \"" + key + "\" in \"answers\"; allowed here: [yellow, dental,"
                            + " green] (red always gets the emergency answer)"));
                } else if (value instanceof Str s) {
                    answers.put(grade, s.value());
                    answerAt.put(grade, new Located<>(s.value(), file, s.line(), s.column()));
                } else {
                    problems.add(LocatedJson.at(file, value, "the answer of \"" + key + "\" must be an intent name in quotes, not "
                            + value.what()));
                }
            });
        } else {
            problems.add(a == null ? new Problem(file, root.line(), root.column(), "the field \"answers\" is missing; add"
                    + " \"answers\": {\"yellow\": \"legevakt\", \"dental\": \"emergency_dentist\", \"green\": \"gp_role\"}")
                    : LocatedJson.at(file, a, "\"answers\" must be an object of grades to intent names, not " + a.what()));
        }
        Node g = root.fields().get("groups");
        if (!(g instanceof Arr list)) {
            problems.add(g == null ? new Problem(file, root.line(), root.column(), "the field \"groups\" is missing; add"
                    + " \"groups\": [{\"id\": \"stroke\", \"chapter\": \"...\"}]")
                    : LocatedJson.at(file, g, "\"groups\" must be a list of groups [...], not " + g.what()));
            return;
        }
        Set<String> seen = new TreeSet<>();
        for (Node item : list.items()) {
            if (!(item instanceof Obj go)) {
                problems.add(LocatedJson.at(file, item, "a group must be an object {\"id\": ..., \"chapter\": ...}, not " + item.what()));
                continue;
            }
            unknownFields(file, go, Set.of("id", "chapter"));
            String id = text(file, go, "id");
            String chapter = text(file, go, "chapter");
            if (id == null || chapter == null) {
                continue;
            }
            if (!GROUP_ID.matcher(id).matches()) {
                problems.add(go.at(file, "id", "group id \"" + id + "\" must be lower_snake_case, e.g. \"chest_pain\""));
            } else if (!seen.add(id)) {
                problems.add(go.at(file, "id", "group id \"" + id + "\" is used twice; give each group its own id"));
            } else {
                groups.add(new Triage.Group(id, chapter));
            }
        }
    }

    private Triage.Signs readSigns(String code, Path file, Obj root, Set<String> groupIds) {
        unknownFields(file, root, SIGN_FILE_KEYS);
        Map<String, List<String>> words = new LinkedHashMap<>();
        Node w = root.fields().get("words");
        if (w instanceof Obj wo) {
            wo.fields().forEach((name, list) -> words.put(name, strings(file, list, "the words of \"" + name + "\"")));
        } else if (w != null) {
            problems.add(LocatedJson.at(file, w, "\"words\" must be an object of set names to word lists, not " + w.what()));
        }
        Map<String, Map<Triage.Grade, List<Located<String>>>> signs = new LinkedHashMap<>();
        Node s = root.fields().get("signs");
        if (s instanceof Obj so) {
            so.fields().forEach((group, byGrade) -> {
                if (!groupIds.contains(group)) {
                    problems.add(so.at(file, group, "unknown symptom group \"" + group + "\"; groups are listed in"
                            + " triage/groups.json: " + groupIds));
                    return;
                }
                if (!(byGrade instanceof Obj go)) {
                    problems.add(LocatedJson.at(file, byGrade, "the signs of \"" + group + "\" must be an object of grades"
                            + " (red, yellow, dental, green) to lists of signs, not " + byGrade.what()));
                    return;
                }
                Map<Triage.Grade, List<Located<String>>> graded = new LinkedHashMap<>();
                go.fields().forEach((key, list) -> {
                    Triage.Grade grade = grade(key);
                    if (grade == null) {
                        problems.add(go.at(file, key, "unknown grade \"" + key + "\"; allowed here: [red, yellow, dental, green]"));
                        return;
                    }
                    graded.put(grade, signList(file, list, group + "." + key, words.keySet()));
                });
                signs.put(group, graded);
            });
        } else if (s != null) {
            problems.add(LocatedJson.at(file, s, "\"signs\" must be an object of symptom groups, not " + s.what()));
        }
        return new Triage.Signs(code, words, signs, list(file, root, "negation"), list(file, root, "fillers"),
                list(file, root, "past"), list(file, root, "present"), list(file, root, "figurative"),
                list(file, root, "not_medical"), list(file, root, "stopped"), list(file, root, "clause_breaks"),
                list(file, root, "hypothetical"));
    }

    /** Signs with their positions; each part of a sign must have words, and each {@code @set} must be defined. */
    private List<Located<String>> signList(Path file, Node list, String what, Set<String> sets) {
        List<Located<String>> out = new ArrayList<>();
        if (!(list instanceof Arr a)) {
            problems.add(LocatedJson.at(file, list, "the signs of \"" + what + "\" must be a list [...], not " + list.what()));
            return out;
        }
        for (Node item : a.items()) {
            if (!(item instanceof Str str) || str.value().isBlank()) {
                problems.add(LocatedJson.at(file, item, "every sign of \"" + what + "\" must be a non-empty text in quotes, not "
                        + (item instanceof Str ? "an empty text" : item.what())));
                continue;
            }
            boolean ok = true;
            for (String part : SIGN_PARTS.split(str.value(), -1)) {
                if (part.isBlank()) {
                    problems.add(LocatedJson.at(file, item, "the sign \"" + str.value() + "\" has an empty part or choice; write"
                            + " parts joined by \" + \" (or \" & \": anywhere in the message, \" ~ \": in the same clause) and choices by \"|\", e.g. \"@face + @droop\", \"pain + arm|jaw\""));
                    ok = false;
                }
                for (String word : WHITESPACE.split(part.trim())) {
                    if (word.startsWith("@") && !sets.contains(word.substring(1))) {
                        problems.add(LocatedJson.at(file, item, "the sign \"" + str.value() + "\" uses " + word + ", but \"words\""
                                + " defines no set \"" + word.substring(1) + "\"; add it to \"words\" or fix the name"));
                        ok = false;
                    }
                }
            }
            if (ok) {
                out.add(new Located<>(str.value(), file, str.line(), str.column()));
            }
        }
        return out;
    }

    private static Triage.Grade grade(String key) {
        for (Triage.Grade g : Triage.Grade.values()) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        return null;
    }

    private void unknownFields(Path file, Obj o, Set<String> allowed) {
        for (String key : o.fields().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(o.at(file, key, "unknown field \"" + key + "\"; allowed here: " + new TreeSet<>(allowed)));
            }
        }
    }

    private String text(Path file, Obj o, String key) {
        Node n = o.fields().get(key);
        if (n instanceof Str s && !s.value().isBlank()) {
            return s.value();
        }
        problems.add(n == null ? new Problem(file, o.line(), o.column(), "the field \"" + key + "\" is missing; add it")
                : LocatedJson.at(file, n, "\"" + key + "\" must be a non-empty text in quotes"));
        return null;
    }

    private List<String> list(Path file, Obj o, String key) {
        Node n = o.fields().get(key);
        return n == null ? List.of() : strings(file, n, "\"" + key + "\"");
    }

    private List<String> strings(Path file, Node node, String what) {
        return LocatedJson.texts(file, node, what, problems);
    }

    private List<Path> signFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> out = new ArrayList<>();
            files.filter(p -> !p.getFileName().toString().equals(GROUPS)).sorted().forEach(p -> {
                if (LANGUAGE_FILE.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                } else if (!p.getFileName().toString().equals("README.md")) {
                    problems.add(new Problem(p, 0, 0, "unexpected file in triage/: name sign files after their language"
                            + " code (\"en.json\", \"nb.json\"); the groups are in groups.json"));
                }
            });
            return out;
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private Obj json(Path file) {
        String text;
        try {
            text = texts.read(file);
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Files.exists(file) ? "cannot read: " + e.getMessage() : "file is missing"));
            return null;
        }
        try {
            Node root = LocatedJson.parse(file, text);
            if (root instanceof Obj o) {
                return o;
            }
            problems.add(LocatedJson.at(file, root, "the file must hold a JSON object {...}, not " + root.what()));
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
        return null;
    }
}
