package healthbot.content;

import healthbot.rules.Rule;
import healthbot.rules.Rules;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Cross-file checks on loaded content: references, coverage of rules, sources, labels, translations. */
final class ContentValidator {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> REQUIRED_REGIONS = Set.of("baerum", "ostfold", "other");
    /** Intents the engine itself answers with: /start and /reset use greeting, /help uses help. */
    static final List<String> REQUIRED_INTENTS = List.of("greeting", "help");

    private final Content content;
    private final ContentLoader where;
    private final List<Problem> problems = new ArrayList<>();

    ContentValidator(Content content, ContentLoader where) {
        this.content = content;
        this.where = where;
    }

    List<Problem> validate() {
        checkSettings();
        checkFacts();
        checkIntents();
        checkRequiredIntents();
        checkLabels();
        checkFlows();
        checkLexicons();
        problems.addAll(new TranslationCheck(content).problems());
        return problems;
    }

    private void checkSettings() {
        Path file = content.dir().resolve("settings.json");
        Settings s = content.settings();
        if (s.confidenceThreshold() <= 0 || s.confidenceThreshold() >= 1) {
            problems.add(where.locate(file, "confidence_threshold", "confidence_threshold must be between 0 and 1"));
        }
        if (s.emergencyConfidence() <= 0 || s.emergencyConfidence() >= 1) {
            problems.add(where.locate(file, "emergency_confidence", "emergency_confidence must be between 0 and 1"));
        }
        Set<String> ids = new HashSet<>();
        s.regions().forEach(r -> ids.add(r.id()));
        boolean asksRegion = usedRules().stream().anyMatch(r -> r.slots().stream().anyMatch(x -> x.type() == SlotType.REGION));
        if (asksRegion && !ids.containsAll(REQUIRED_REGIONS)) {
            problems.add(where.locate(file, "\"regions\"", "regions must include " + REQUIRED_REGIONS + ", found " + ids));
        }
    }

    private void checkFacts() {
        Path file = content.dir().resolve("facts.json");
        content.facts().values().forEach(f -> {
            if (!f.sourceId().equals("?") && !content.sources().containsKey(f.sourceId())) {
                problems.add(where.locate(file, "\"" + f.key() + "\"", "fact '" + f.key() + "' names unknown source '"
                        + f.sourceId() + "'; known: " + content.sources().keySet()));
            }
        });
        for (Rule rule : usedRules()) {
            for (String key : rule.factKeys()) {
                if (!content.facts().containsKey(key)) {
                    problems.add(where.locate(file, "\"facts\"", "rule " + rule.name() + " needs fact '" + key
                            + "'; add \"" + key + "\": {\"value\": \"...\", \"source\": \"...\"} under \"facts\""));
                }
            }
        }
    }

    /** The rules the content's flows ask (their facts and slots must be provided for). */
    private List<Rule> usedRules() {
        List<Rule> used = new ArrayList<>();
        content.flows().values().forEach(f -> Rules.byName(f.rule()).ifPresent(used::add));
        return used;
    }

    private void checkIntents() {
        Map<String, String> exampleOwner = new HashMap<>();
        Set<String> names = new HashSet<>();
        int emergencies = 0;
        int fallbacks = 0;
        for (Intent intent : content.intents()) {
            Path file = where.fileDefining("topics", intent.name());
            String at = "\"" + intent.name() + "\"";
            if (!NAME.matcher(intent.name()).matches()) {
                problems.add(where.locate(file, at, "intent name '" + intent.name() + "' must be lower_snake_case"));
            }
            if (!names.add(intent.name())) {
                problems.add(where.locate(file, at, "intent name '" + intent.name() + "' is used twice"));
            }
            if (intent.kind() == IntentKind.EMERGENCY) {
                emergencies++;
            }
            if (intent.kind() == IntentKind.FALLBACK) {
                fallbacks++;
            }
            int count = intent.allExamples().size();
            if (count < content.settings().minExamples()) {
                problems.add(where.locate(file, at, "intent '" + intent.name() + "' has " + count
                        + " examples; at least " + content.settings().minExamples() + " are needed to recognise it; add "
                        + (content.settings().minExamples() - count) + " more ways residents would write it to"
                        + " languages/*/examples.json"));
            }
            intent.examples().forEach((language, phrases) -> {
                Path examples = content.dir().resolve("languages").resolve(language).resolve(LanguagePack.EXAMPLES);
                Set<String> own = new HashSet<>();
                for (String example : phrases) {
                    String key = sameExample(example);
                    String owner = exampleOwner.putIfAbsent(key, intent.name());
                    if (owner != null && !owner.equals(intent.name())) {
                        problems.add(locateAfter(examples, at, "\"" + example + "\"", "example \"" + example
                                + "\" is under both '" + owner + "' and '" + intent.name()
                                + "', so the classifier cannot tell them apart; keep it under one"));
                    } else if (!own.add(key)) {
                        problems.add(locateAfter(examples, at, "\"" + example + "\"", "example \"" + example
                                + "\" is listed twice under '" + intent.name() + "'; delete one, or write a different phrasing"));
                    }
                }
            });
            if (intent.answer() == null && intent.flow() == null) {
                problems.add(where.locate(file, at, "intent '" + intent.name() + "' has neither an answer (\"intents."
                        + intent.name() + ".answer\" in texts.json) nor a \"flow\""));
            }
            if (intent.flow() != null && !content.flows().containsKey(intent.flow())) {
                problems.add(where.locate(file, "\"" + intent.flow() + "\"", "intent '" + intent.name()
                        + "' names unknown flow '" + intent.flow() + "'; known: " + new TreeSet<>(content.flows().keySet())));
            }
            checkButtons(intent, file);
            for (String src : intent.sources()) {
                if (!content.sources().containsKey(src)) {
                    problems.add(where.locate(file, "\"" + src + "\"", "intent '" + intent.name() + "' names unknown source '"
                            + src + "'; known: " + content.sources().keySet()));
                }
            }
            if (intent.answer() != null) {
                String id = "intents." + intent.name() + ".answer";
                checkFactRefs(intent.answer(), id);
                intent.answer().byLanguage().forEach((language, t) -> {
                    for (String v : t.variables()) {
                        problems.add(textProblem(id, language, "the answer of '" + intent.name() + "' uses {" + v
                                + "}, but only flow outcomes have variables; write {fact:key} for a fact"));
                    }
                });
                if (intent.kind() == IntentKind.TOPIC && intent.sources().isEmpty() && intent.answer().source().factKeys().isEmpty()) {
                    problems.add(where.locate(file, at, "answer of '" + intent.name()
                            + "' states no source; add \"sources\" or use {fact:...}"));
                }
            }
        }
        Path topics = content.dir().resolve("topics");
        if (emergencies != 1) {
            problems.add(new Problem(topics, 0, 0, "there must be exactly one intent of kind \"emergency\"; found " + emergencies
                    + "; mark the one with \"kind\": \"emergency\""));
        }
        if (fallbacks != 1) {
            problems.add(new Problem(topics, 0, 0, "there must be exactly one intent of kind \"fallback\"; found " + fallbacks
                    + "; mark the out-of-scope intent with \"kind\": \"fallback\""));
        }
    }

    private void checkButtons(Intent intent, Path file) {
        Set<String> targets = new HashSet<>();
        for (String target : intent.buttons()) {
            Optional<Intent> other = content.intent(target);
            if (other.isEmpty()) {
                problems.add(where.locate(file, "\"" + target + "\"", "intent '" + intent.name()
                        + "' has a button to unknown intent '" + target + "'"));
                continue;
            }
            if (!targets.add(target)) {
                problems.add(locateAfter(file, "\"" + intent.name() + "\"", "\"" + target + "\"", "intent '"
                        + intent.name() + "' offers the button '" + target + "' twice; list it once"));
            }
        }
    }

    private void checkRequiredIntents() {
        for (String name : REQUIRED_INTENTS) {
            if (content.intent(name).isEmpty()) {
                problems.add(new Problem(content.dir().resolve("topics"), 0, 0, "there is no intent named '" + name
                        + "', which the bot needs for /start, /reset and /help; add it to topics/smalltalk.json"
                        + " with \"kind\": \"smalltalk\""));
            }
        }
    }

    /**
     * Button labels must differ (ignoring case) wherever buttons can appear together, because a
     * label sent as text presses the first button that has it: any two intents (a "did you mean"
     * offers any two), the regions, a slot's choices, and the engine's Yes/No/Continue/Stop; in
     * every language, fallbacks included.
     */
    private void checkLabels() {
        for (String language : content.languages().codes()) {
            Map<String, String> byLabel = new HashMap<>();
            for (Intent intent : content.intents()) {
                String label = intent.label().in(language);
                String other = byLabel.putIfAbsent(key(label), intent.name());
                if (other != null) {
                    problems.add(textProblem("intents." + intent.name() + ".label", language, "intents '" + other
                            + "' and '" + intent.name() + "' have the same " + language + " button label \"" + label
                            + "\"; give '" + intent.name() + "' a label of its own"));
                }
            }
            Set<String> regionLabels = new HashSet<>();
            for (Region r : content.settings().regions()) {
                if (!regionLabels.add(key(r.label().in(language)))) {
                    problems.add(textProblem("regions." + r.id(), language, "region '" + r.id() + "' has the same button label \""
                            + r.label().in(language) + "\" as another region; give each region its own label"));
                }
            }
            Set<String> engine = new HashSet<>();
            for (String k : List.of("yes", "no", "continue", "stop")) {
                Localized<Template> t = content.settings().ui().get(k);
                if (t != null && !engine.add(key(t.in(language).source()))) {
                    problems.add(textProblem("ui." + k, language, "ui text '" + k + "' is the button label \""
                            + t.in(language).source() + "\" of another of yes/no/continue/stop; make the four labels differ"));
                }
            }
            for (Flow flow : content.flows().values()) {
                flow.slots().forEach((slot, prompt) -> {
                    Set<String> labels = new HashSet<>();
                    prompt.choices().forEach((id, text) -> {
                        if (!labels.add(key(text.in(language)))) {
                            problems.add(textProblem("flows." + flow.name() + ".slots." + slot + ".choices." + id, language,
                                    "slot '" + slot + "' has two choices labelled \"" + text.in(language)
                                    + "\"; give choice '" + id + "' a label of its own"));
                        }
                    });
                });
            }
        }
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /** Examples that differ only in case or spacing are the same example. */
    /** An example as compared for duplicates: lower case, runs of white space as one space, trimmed. */
    static String sameExample(String example) {
        String lower = example.toLowerCase(Locale.ROOT).strip();
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private void checkFlows() {
        for (Flow flow : content.flows().values()) {
            Optional<Rule> rule = Rules.byName(flow.rule());
            if (rule.isEmpty()) {
                continue; // reported by the loader
            }
            Map<String, Slot> ruleSlots = new HashMap<>();
            rule.get().slots().forEach(s -> ruleSlots.put(s.name(), s));
            flow.slots().forEach((name, prompt) -> {
                String at = "flows." + flow.name() + ".slots." + name;
                checkFactRefs(prompt.ask(), at + ".ask");
                checkFactRefs(prompt.reprompt(), at + ".reprompt");
                for (String id : List.of(at + ".ask", at + ".reprompt")) {
                    Localized<Template> t = id.endsWith("ask") ? prompt.ask() : prompt.reprompt();
                    t.byLanguage().forEach((language, template) -> template.variables().forEach(v ->
                            problems.add(textProblem(id, language, "the question for slot '" + name + "' uses {" + v
                                    + "}; questions may use only {fact:key}"))));
                }
                Slot slot = ruleSlots.get(name);
                if (!prompt.stated().isEmpty()) {
                    Set<String> allowed = slot.type() == SlotType.YES_NO ? Set.of("yes", "no")
                            : slot.type() == SlotType.CHOICE ? new HashSet<>(slot.choices()) : Set.of();
                    prompt.stated().forEach((language, values) -> {
                        Path examples = content.dir().resolve("languages").resolve(language).resolve(LanguagePack.EXAMPLES);
                        for (String value : values.keySet()) {
                            if (!allowed.contains(value)) {
                                problems.add(locateAfter(examples, "\"" + name + "\"", "\"" + value + "\"", "slot '" + name
                                        + "' states unknown value '" + value + "'; \"stated\" is for yes/no and choice slots, with keys "
                                        + new TreeSet<>(allowed)));
                            }
                        }
                    });
                }
            });
            flow.outcomes().forEach((code, template) -> {
                String id = "flows." + flow.name() + ".outcomes." + code;
                template.byLanguage().forEach((language, t) -> {
                    for (String v : t.variables()) {
                        if (!rule.get().variables().contains(v)) {
                            problems.add(textProblem(id, language, "outcome " + code + " uses {" + v
                                    + "}, which rule " + flow.rule() + " does not produce; it has "
                                    + new TreeSet<>(rule.get().variables())));
                        }
                    }
                });
                checkFactRefs(template, id);
            });
        }
    }

    /** Every language needs the word lists the engine reads its messages with. */
    private void checkLexicons() {
        content.lexicons().forEach((language, lexicon) -> {
            Path file = content.dir().resolve("languages").resolve(language).resolve(LanguagePack.LEXICON);
            if (lexicon.cues().size() < 5) {
                problems.add(new Problem(file, 0, 0, "\"cues\" has " + lexicon.cues().size() + " words; give at least 5"
                        + " common words of the language, so messages in it are recognised"));
            }
            for (String rule : lexicon.evidence().latinSpelling()) {
                if (rule.strip().split("\\s+").length != 2) {
                    problems.add(new Problem(file, 0, 0, "\"latin\".\"spelling\" has the rule \"" + rule
                            + "\"; write each rule as the Latin letters, a space and what they are in the language's script (\"zh ж\")"));
                }
            }
            if (!lexicon.evidence().latinCues().isEmpty() && content.languages().all().stream()
                    .anyMatch(l -> l.code().equals(language) && "latin".equals(l.script()))) {
                problems.add(new Problem(file, 0, 0, "\"latin\".\"cues\" are for a language written in another script;"
                        + " this one is written in Latin letters, so its \"cues\" already say it"));
            }
        });
    }

    private void checkFactRefs(Localized<Template> t, String id) {
        t.byLanguage().forEach((language, template) -> {
            for (String key : template.factKeys()) {
                if (!content.facts().containsKey(key)) {
                    problems.add(textProblem(id, language, "\"" + id + "\" uses {fact:" + key
                            + "}, which facts.json does not define"));
                }
            }
        });
    }

    /** A problem at a text of one language (its file, line and column). */
    private Problem textProblem(String id, String language, String message) {
        Located<String> text = content.texts().getOrDefault(id, Map.of()).get(language);
        if (text == null) { // a fallback label, say: point at the source language's text
            text = content.texts().getOrDefault(id, Map.of()).get(content.languages().source());
        }
        return text == null ? new Problem(content.dir(), 0, 0, message) : text.problem(message);
    }

    /**
     * Locates {@code needle} at its first occurrence after {@code anchor} (e.g. an example inside
     * the intent that repeats it), falling back to the first occurrence anywhere.
     */
    private Problem locateAfter(Path file, String anchor, String needle, String message) {
        String text = where.textOf(file);
        int from = text == null ? -1 : text.indexOf(anchor);
        int at = from < 0 ? -1 : text.indexOf(needle, from);
        if (at < 0) {
            return where.locate(file, needle, message);
        }
        return Problem.at(file, text, at, message);
    }
}
