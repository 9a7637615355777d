package healthbot.content;

import healthbot.content.LocatedJson.Arr;
import healthbot.content.LocatedJson.Node;
import healthbot.content.LocatedJson.Num;
import healthbot.content.LocatedJson.Obj;
import healthbot.content.LocatedJson.Str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one language folder ({@code intents/languages/<code>/}) into a {@link LanguagePack}:
 * {@code texts.json} (nested objects of texts, flattened to dotted ids), {@code examples.json}
 * ({@code intents}: name to phrases; {@code stated}: flow to slot to value to phrases; {@code topic_words}:
 * name to the words that show a message is about that topic),
 * {@code lexicon.json} and {@code common-words.txt} (one word a line, {@code #} comments). Shape
 * problems are collected with the file, line and column; the ids are checked by the loader.
 */
final class LanguageFiles {

    private static final Set<String> LIST_KEYS = Set.of("cues", "negation", "yes", "no", "refusals", "stop", "continue",
            "number_joiner", "half", "half_year", "born", "region_other", "relatives", "hedges", "strong_cues");
    private static final Set<String> NUMBER_KEYS = Set.of("numbers", "numbers_before_multiplier", "multipliers", "counted");
    private static final Map<String, Set<String>> SECTIONS = Map.of(
            "units", Set.of("year", "month", "week", "day", "km", "mil", "money_after", "money_before"),
            "age", Set.of("before", "unit", "after", "not_after"),
            "amounts", Set.of("total", "one_way", "round_trip", "approximately", "between", "range", "clause_breaks"),
            "emergency", Set.of("naming", "describing"),
            "latin", Set.of("cues", "spelling"));
    private static final String OUTSIDE = "outside";
    private static final Set<String> REQUIRED_LISTS = Set.of("cues", "negation", "yes", "no");

    private final List<Problem> problems;
    private final FileTexts texts;

    /**
     * @param problems where problems go
     * @param texts    where each file's text is kept (for locating later problems)
     */
    LanguageFiles(List<Problem> problems, FileTexts texts) {
        this.problems = problems;
        this.texts = texts;
    }

    LanguagePack read(String code, Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, 0, "language \"" + code + "\" is listed in settings.json, but its folder is"
                    + " missing; create it with texts.json, examples.json and lexicon.json (see intents/README.md)"));
            return new LanguagePack(code, dir, Map.of(), Map.of(), Map.of(), emptyLexicon(code), Map.of());
        }
        Node textsRoot = json(dir.resolve(LanguagePack.TEXTS));
        Node examplesRoot = json(dir.resolve(LanguagePack.EXAMPLES));
        Node lexiconRoot = json(dir.resolve(LanguagePack.LEXICON));
        Map<String, Located<String>> textsById = new LinkedHashMap<>();
        if (textsRoot != null) {
            flatten(dir.resolve(LanguagePack.TEXTS), "", textsRoot, textsById);
        }
        Map<String, Located<List<Located<String>>>> examples = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Located<List<String>>>>> stated = new LinkedHashMap<>();
        Map<String, Located<List<String>>> topicWords = new LinkedHashMap<>();
        if (examplesRoot != null) {
            examples(dir.resolve(LanguagePack.EXAMPLES), examplesRoot, examples, stated);
            topicWords(dir.resolve(LanguagePack.EXAMPLES), (Obj) examplesRoot, topicWords);
        }
        List<String> common = commonWords(dir.resolve(LanguagePack.COMMON_WORDS));
        Lexicon lexicon = lexiconRoot == null ? emptyLexicon(code) : lexicon(code, dir.resolve(LanguagePack.LEXICON), lexiconRoot, common);
        checkOutside(dir.resolve(LanguagePack.LEXICON), topicWords);
        return new LanguagePack(code, dir, textsById, examples, stated, lexicon, topicWords);
    }

    private Node json(Path file) {
        String text;
        try {
            text = texts.read(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, "file is missing"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        try {
            Node root = LocatedJson.parse(file, text);
            if (!(root instanceof Obj)) {
                problems.add(LocatedJson.at(file, root, "the file must hold a JSON object {...}, not " + root.what()));
                return null;
            }
            return root;
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Nested objects of texts to dotted ids: {"intents": {"x": {"answer": "..."}}} -> intents.x.answer. */
    private void flatten(Path file, String prefix, Node node, Map<String, Located<String>> out) {
        if (node instanceof Str s) {
            out.put(prefix, new Located<>(s.value(), file, s.line(), s.column()));
        } else if (node instanceof Obj o) {
            o.fields().forEach((key, value) -> flatten(file, prefix.isEmpty() ? key : prefix + "." + key, value, out));
        } else {
            problems.add(LocatedJson.at(file, node, "\"" + prefix + "\" must be a text in quotes or an object of texts, not "
                    + node.what()));
        }
    }

    private void examples(Path file, Node root, Map<String, Located<List<Located<String>>>> examples,
                          Map<String, Map<String, Map<String, Located<List<String>>>>> stated) {
        Obj o = (Obj) root;
        for (String key : o.fields().keySet()) {
            if (!key.equals("intents") && !key.equals("stated") && !key.equals("topic_words")) {
                problems.add(o.at(file, key, "unknown field \"" + key + "\"; allowed here: [intents, stated, topic_words]"));
            }
        }
        Node intents = o.fields().get("intents");
        if (intents == null) {
            problems.add(new Problem(file, o.line(), o.column(), "the field \"intents\" is missing; add \"intents\": {}"));
        } else if (intents instanceof Obj io) {
            io.fields().forEach((name, list) -> {
                List<Located<String>> phrases = new ArrayList<>();
                if (list instanceof Arr a) {
                    for (Node item : a.items()) {
                        if (item instanceof Str s) {
                            phrases.add(new Located<>(s.value(), file, s.line(), s.column()));
                        } else {
                            problems.add(LocatedJson.at(file, item, "an example must be a text in quotes, not " + item.what()));
                        }
                    }
                } else {
                    problems.add(LocatedJson.at(file, list, "the examples of \"" + name + "\" must be a list [...], not " + list.what()));
                }
                int[] at = io.keyPositions().get(name);
                examples.put(name, new Located<>(phrases, file, at[0], at[1]));
            });
        } else {
            problems.add(LocatedJson.at(file, intents, "\"intents\" must be an object of intent names to lists of examples"));
        }
        Node st = o.fields().get("stated");
        if (st instanceof Obj flows) {
            flows.fields().forEach((flow, slots) -> {
                if (!(slots instanceof Obj so)) {
                    problems.add(LocatedJson.at(file, slots, "\"stated\" of flow \"" + flow + "\" must be an object of slot names"));
                    return;
                }
                so.fields().forEach((slot, values) -> {
                    if (!(values instanceof Obj vo)) {
                        problems.add(LocatedJson.at(file, values, "\"stated\" of slot \"" + slot + "\" must be an object of values to phrases"));
                        return;
                    }
                    vo.fields().forEach((value, list) -> {
                        int[] at = vo.keyPositions().get(value);
                        stated.computeIfAbsent(flow, f -> new LinkedHashMap<>()).computeIfAbsent(slot, s -> new LinkedHashMap<>())
                                .put(value, new Located<>(strings(file, list, "the phrases of \"" + value + "\""), file, at[0], at[1]));
                    });
                });
            });
        } else if (st != null) {
            problems.add(LocatedJson.at(file, st, "\"stated\" must be an object of flow names"));
        }
    }

    /** {@code "topic_words": {"dental_travel": ["km", "bus ticket"]}}: optional. */
    private void topicWords(Path file, Obj root, Map<String, Located<List<String>>> out) {
        Node node = root.fields().get("topic_words");
        if (node == null) {
            return;
        }
        if (!(node instanceof Obj words)) {
            problems.add(LocatedJson.at(file, node, "\"topic_words\" must be an object of intent names to lists of words"));
            return;
        }
        words.fields().forEach((intent, list) -> {
            int[] at = words.keyPositions().get(intent);
            out.put(intent, new Located<>(strings(file, list, "the topic words of \"" + intent + "\""), file, at[0], at[1]));
        });
    }

    private Lexicon lexicon(String code, Path file, Node root, List<String> commonWords) {
        Obj o = (Obj) root;
        Set<String> allowed = new TreeSet<>(LIST_KEYS);
        allowed.addAll(NUMBER_KEYS);
        allowed.addAll(SECTIONS.keySet());
        allowed.add("letters");
        allowed.add(OUTSIDE);
        for (String key : o.fields().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(o.at(file, key, "unknown field \"" + key + "\"; allowed here: " + allowed));
            }
        }
        for (String key : REQUIRED_LISTS) {
            if (!o.fields().containsKey(key)) {
                problems.add(new Problem(file, o.line(), o.column(), "the word list \"" + key + "\" is missing; add it"
                        + " (the engine needs it to read messages in this language)"));
            }
        }
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        SECTIONS.forEach((name, keys) -> sections.put(name, section(file, o, name, keys)));
        Node letters = o.fields().get("letters");
        String letterText = letters instanceof Str s ? s.value() : "";
        if (letters != null && !(letters instanceof Str)) {
            problems.add(LocatedJson.at(file, letters, "\"letters\" must be a text such as \"æøå\", not " + letters.what()));
        }
        Map<String, List<String>> units = sections.get("units");
        Map<String, List<String>> age = sections.get("age");
        Map<String, List<String>> amounts = sections.get("amounts");
        Map<String, List<String>> emergency = sections.get("emergency");
        return new Lexicon(code, list(file, o, "cues"), letterText, list(file, o, "negation"), list(file, o, "yes"),
                list(file, o, "no"), list(file, o, "refusals"), list(file, o, "stop"), list(file, o, "continue"),
                numbers(file, o, "numbers"), numbers(file, o, "numbers_before_multiplier"), numbers(file, o, "multipliers"),
                list(file, o, "number_joiner"), numbers(file, o, "counted"), list(file, o, "half"), list(file, o, "half_year"),
                new Lexicon.Units(units.get("year"), units.get("month"), units.get("week"), units.get("day"), units.get("km"),
                        units.get("mil"), units.get("money_after"), units.get("money_before")),
                new Lexicon.Age(age.get("before"), age.get("unit"), age.get("after"), age.get("not_after")),
                list(file, o, "born"),
                new Lexicon.Amounts(amounts.get("total"), amounts.get("one_way"), amounts.get("round_trip"),
                        amounts.get("approximately"), amounts.get("between"), amounts.get("range"), amounts.get("clause_breaks")),
                list(file, o, "region_other"), list(file, o, "relatives"), list(file, o, "hedges"),
                new Lexicon.Emergency(emergency.get("naming"), emergency.get("describing")), commonWords, outside(file, o),
                new Lexicon.Evidence(list(file, o, "strong_cues"), sections.get("latin").get("cues"), sections.get("latin").get("spelling")));
    }

    /**
     * {@code "outside": {"pharmacy": {"words": ["pharmacy", "apotek"], "outweighs": ["prescription"]}}}:
     * optional. Each group needs words; its {@code outweighs} must be topic words (checked once the
     * examples are read, {@link #checkOutside}).
     */
    private Map<String, Lexicon.Outside> outside(Path file, Obj o) {
        Node node = o.fields().get(OUTSIDE);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Obj groups)) {
            problems.add(LocatedJson.at(file, node, "\"outside\" must be an object of group names to"
                    + " {\"words\": [...], \"outweighs\": [...]}, not " + node.what()));
            return Map.of();
        }
        Map<String, Lexicon.Outside> out = new LinkedHashMap<>();
        groups.fields().forEach((group, value) -> {
            if (!(value instanceof Obj g)) {
                problems.add(LocatedJson.at(file, value, "the outside group \"" + group + "\" must be an object"
                        + " {\"words\": [...], \"outweighs\": [...]}, not " + value.what()));
                return;
            }
            for (String key : g.fields().keySet()) {
                if (!key.equals("words") && !key.equals("outweighs")) {
                    problems.add(g.at(file, key, "unknown field \"" + key + "\" in the outside group \"" + group
                            + "\"; allowed here: [outweighs, words]"));
                }
            }
            Node words = g.fields().get("words");
            if (words == null) {
                problems.add(new Problem(file, g.line(), g.column(), "the outside group \"" + group
                        + "\" has no \"words\"; add the words that name the service"));
                return;
            }
            List<String> named = strings(file, words, "\"outside." + group + ".words\"");
            Node over = g.fields().get("outweighs");
            List<String> outweighs = over == null ? List.of() : strings(file, over, "\"outside." + group + ".outweighs\"");
            outsideNodes.add(new OutsideNodes(group, words, over));
            out.put(group, new Lexicon.Outside(named, outweighs));
        });
        return out;
    }

    /** Where one outside group's lists are, to check them against the topic words once those are read. */
    private record OutsideNodes(String group, Node words, Node outweighs) {}

    private final List<OutsideNodes> outsideNodes = new ArrayList<>();

    /**
     * An outside word that is also a topic word of the language contradicts it; an {@code outweighs}
     * entry that is not one of the language's topic words outweighs nothing. Both are reported at
     * the entry.
     */
    private void checkOutside(Path file, Map<String, Located<List<String>>> topicWords) {
        if (outsideNodes.isEmpty()) {
            return; // no outside groups in this language: nothing to check, and its topic words need not be folded
        }
        Set<String> topics = new java.util.HashSet<>();
        topicWords.values().forEach(l -> l.value().forEach(w -> topics.add(normalizedWord(w))));
        for (OutsideNodes g : outsideNodes) {
            if (g.words() instanceof Arr a) {
                for (Node item : a.items()) {
                    if (item instanceof Str s && topics.contains(normalizedWord(s.value()))) {
                        problems.add(LocatedJson.at(file, item, "\"" + s.value() + "\" of the outside group \"" + g.group()
                                + "\" is also a topic word of this language (examples.json topic_words); keep it in one of them"));
                    }
                }
            }
            if (g.outweighs() instanceof Arr a) {
                for (Node item : a.items()) {
                    if (item instanceof Str s && !s.value().isBlank() && !topics.contains(normalizedWord(s.value()))) {
                        problems.add(LocatedJson.at(file, item, "\"" + s.value() + "\" in \"outweighs\" of the outside group \""
                                + g.group() + "\" is not a topic word of this language (examples.json topic_words)"));
                    }
                }
            }
        }
        outsideNodes.clear();
    }

    /** Compiled once: {@code String.replaceAll} compiles its pattern at every call (twice per topic word at every start). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\-']+");

    /** Lower case, æøå and accents folded, spaces collapsed: how the understanding compares words. */
    private static String normalizedWord(String w) {
        String folded = java.text.Normalizer.normalize(w.toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "o")
                .replace("å", "a"), java.text.Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }

    private Map<String, List<String>> section(Path file, Obj o, String name, Set<String> keys) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, List.of()));
        Node node = o.fields().get(name);
        if (node == null) {
            return out;
        }
        if (!(node instanceof Obj s)) {
            problems.add(LocatedJson.at(file, node, "\"" + name + "\" must be an object with " + new TreeSet<>(keys)));
            return out;
        }
        s.fields().forEach((key, value) -> {
            if (!keys.contains(key)) {
                problems.add(s.at(file, key, "unknown field \"" + key + "\" in \"" + name + "\"; allowed here: " + new TreeSet<>(keys)));
            } else {
                out.put(key, strings(file, value, "\"" + name + "." + key + "\""));
            }
        });
        return out;
    }

    private List<String> list(Path file, Obj o, String key) {
        Node node = o.fields().get(key);
        return node == null ? List.of() : strings(file, node, "\"" + key + "\"");
    }

    private List<String> strings(Path file, Node node, String what) {
        return LocatedJson.texts(file, node, what, problems);
    }

    private Map<String, Integer> numbers(Path file, Obj o, String key) {
        Node node = o.fields().get(key);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Obj n)) {
            problems.add(LocatedJson.at(file, node, "\"" + key + "\" must be an object of words to numbers, e.g. {\"three\": 3}"));
            return Map.of();
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        n.fields().forEach((word, value) -> {
            if (value instanceof Num num && num.value() instanceof Integer i && i >= 0) {
                out.put(word, i);
            } else {
                problems.add(LocatedJson.at(file, value, "the number of \"" + word + "\" in \"" + key
                        + "\" must be a whole number such as 3, not " + value.what()));
            }
        });
        return out;
    }

    private List<String> commonWords(Path file) {
        if (!Files.exists(file)) {
            return List.of(); // optional: a language may have no ordinary words near an emergency word yet
        }
        try {
            List<String> words = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return words;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "cannot read: " + e.getMessage()));
            return List.of();
        }
    }

    static Lexicon emptyLexicon(String code) {
        Lexicon.Units units = new Lexicon.Units(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Lexicon(code, List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(),
                Map.of(), List.of(), Map.of(), List.of(), List.of(), units, new Lexicon.Age(List.of(), List.of(), List.of(), List.of()),
                List.of(), new Lexicon.Amounts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                List.of(), List.of(), List.of(), new Lexicon.Emergency(List.of(), List.of()), List.of(), Map.of(), Lexicon.Evidence.NONE);
    }
}
