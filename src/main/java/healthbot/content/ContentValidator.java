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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cross-file checks on loaded content: references, coverage of rules, sources, translations. */
final class ContentValidator {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> REQUIRED_REGIONS = Set.of("baerum", "ostfold", "other");

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
        return problems;
    }

    private void checkSettings() {
        Path file = content.dir().resolve("settings.json");
        Settings s = content.settings();
        for (String key : Settings.UI_KEYS) {
            if (!s.ui().containsKey(key)) {
                problems.add(where.locate(file, "\"ui\"", "ui text \"" + key + "\" is missing"));
            }
        }
        if (s.confidenceThreshold() <= 0 || s.confidenceThreshold() >= 1) {
            problems.add(where.locate(file, "confidence_threshold", "confidence_threshold must be between 0 and 1"));
        }
        if (s.emergencyConfidence() <= 0 || s.emergencyConfidence() >= 1) {
            problems.add(where.locate(file, "emergency_confidence", "emergency_confidence must be between 0 and 1"));
        }
        Set<String> ids = new HashSet<>();
        s.regions().forEach(r -> ids.add(r.id()));
        if (!ids.containsAll(REQUIRED_REGIONS)) {
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
        for (Rule rule : Rules.all()) {
            for (String key : rule.factKeys()) {
                if (!content.facts().containsKey(key)) {
                    problems.add(where.locate(file, "\"facts\"", "rule " + rule.name() + " needs fact '" + key
                            + "'; add \"" + key + "\": {\"value\": \"...\", \"source\": \"...\"} under \"facts\""));
                }
            }
        }
    }

    private void checkIntents() {
        Map<String, String> exampleOwner = new HashMap<>();
        Set<String> names = new HashSet<>();
        int emergencies = 0;
        int fallbacks = 0;
        for (Intent intent : content.intents()) {
            Path file = definingFile("topics", intent.name());
            String at = "\"" + intent.name() + "\"";
            if (!NAME.matcher(intent.name()).matches()) {
                problems.add(where.locate(file, at, "intent name '" + intent.name() + "' must be lower_snake_case"));
            }
            if (!names.add(intent.name())) {
                problems.add(where.locate(file, at, "intent name '" + intent.name() + "' is used twice"));
            }
            if (intent.kind() == IntentKind.EMERGENCY) {
                emergencies++;
                if (intent.triggers().isEmpty()) {
                    problems.add(where.locate(file, at, "the emergency intent needs \"triggers\""));
                }
            } else if (!intent.triggers().isEmpty()) {
                problems.add(where.locate(file, "\"triggers\"", "only the emergency intent may have \"triggers\""));
            }
            if (intent.kind() == IntentKind.FALLBACK) {
                fallbacks++;
            }
            if (intent.examples().size() < content.settings().minExamples()) {
                problems.add(where.locate(file, at, "intent '" + intent.name() + "' has " + intent.examples().size()
                        + " examples; at least " + content.settings().minExamples() + " are needed to recognise it; add "
                        + (content.settings().minExamples() - intent.examples().size())
                        + " more ways residents would write it"));
            }
            Set<String> own = new HashSet<>();
            for (String example : intent.examples()) {
                String key = sameExample(example);
                String owner = exampleOwner.putIfAbsent(key, intent.name());
                if (owner != null && !owner.equals(intent.name())) {
                    problems.add(locateAfter(file, at, "\"" + example + "\"", "example \"" + example
                            + "\" is under both '" + owner + "' and '" + intent.name()
                            + "', so the classifier cannot tell them apart; keep it under one"));
                } else if (!own.add(key)) {
                    problems.add(locateAfter(file, at, "\"" + example + "\"", "example \"" + example
                            + "\" is listed twice under '" + intent.name() + "'; delete one, or write a different phrasing"));
                }
            }
            if (intent.answer() == null && intent.flow() == null) {
                problems.add(where.locate(file, at, "intent '" + intent.name() + "' has neither \"answer\" nor \"flow\""));
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
            if (intent.answerTemplate() != null) {
                LocalizedTemplate t = intent.answerTemplate();
                checkFactRefs(t, file, intent.name());
                for (String v : t.variables()) {
                    problems.add(where.locate(file, "{" + v + "}", "answer of '" + intent.name() + "' uses {" + v
                            + "}, but only flow outcomes have variables; write {fact:key} for a fact"));
                }
                if (intent.kind() == IntentKind.TOPIC && intent.sources().isEmpty() && t.factKeys().isEmpty()) {
                    problems.add(where.locate(file, at, "answer of '" + intent.name()
                            + "' states no source; add \"sources\" or use {fact:...}"));
                }
                checkTranslationNumbers(t, file, intent.name());
            }
        }
        Path topics = content.dir().resolve("topics");
        if (emergencies != 1) {
            problems.add(new Problem(topics, 0, 0, "there must be exactly one intent of kind \"emergency\"; found " + emergencies
                    + "; mark the one with \"kind\": \"emergency\" and give it \"triggers\""));
        }
        if (fallbacks != 1) {
            problems.add(new Problem(topics, 0, 0, "there must be exactly one intent of kind \"fallback\"; found " + fallbacks
                    + "; mark the out-of-scope intent with \"kind\": \"fallback\""));
        }
    }

    private void checkButtons(Intent intent, Path file) {
        Set<String> labels = new HashSet<>();
        for (String target : intent.buttons()) {
            Optional<Intent> other = content.intent(target);
            if (other.isEmpty()) {
                problems.add(where.locate(file, "\"" + target + "\"", "intent '" + intent.name()
                        + "' has a button to unknown intent '" + target + "'"));
                continue;
            }
            if (!labels.add(target)) {
                problems.add(locateAfter(file, "\"" + intent.name() + "\"", "\"" + target + "\"", "intent '"
                        + intent.name() + "' offers the button '" + target + "' twice; list it once"));
            }
        }
    }

    /** Intents the engine itself answers with: /start and /reset use greeting, /help uses help. */
    static final List<String> REQUIRED_INTENTS = List.of("greeting", "help");

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
     * offers any two), the regions, a slot's choices, and the engine's Yes/No/Continue/Stop.
     */
    private void checkLabels() {
        for (Language language : Language.values()) {
            Map<String, String> byLabel = new HashMap<>();
            for (Intent intent : content.intents()) {
                String label = intent.label().in(language).strip().toLowerCase(Locale.ROOT);
                String other = byLabel.putIfAbsent(label, intent.name());
                if (other != null) {
                    Path file = definingFile("topics", intent.name());
                    problems.add(locateAfter(file, "\"" + intent.name() + "\"", "\"label\"", "intents '" + other
                            + "' and '" + intent.name() + "' have the same " + language.name().toLowerCase(Locale.ROOT)
                            + " button label \"" + intent.label().in(language)
                            + "\"; give '" + intent.name() + "' a label of its own"));
                }
            }
            Path settings = content.dir().resolve("settings.json");
            Set<String> regionLabels = new HashSet<>();
            for (Region r : content.settings().regions()) {
                if (!regionLabels.add(r.label().in(language).strip().toLowerCase(Locale.ROOT))) {
                    problems.add(locateAfter(settings, "\"" + r.id() + "\"", "\"label\"", "region '" + r.id()
                            + "' has the same button label \"" + r.label().in(language) + "\" as another region;"
                            + " give each region its own label"));
                }
            }
            Set<String> engine = new HashSet<>();
            for (String key : List.of("yes", "no", "continue", "stop")) {
                Text t = content.settings().ui().get(key);
                if (t != null && !engine.add(t.in(language).strip().toLowerCase(Locale.ROOT))) {
                    problems.add(where.locate(settings, "\"" + key + "\"", "ui text '" + key + "' is the button label \""
                            + t.in(language) + "\" of another of yes/no/continue/stop; make the four labels differ"));
                }
            }
            for (Flow flow : content.flows().values()) {
                Path file = definingFile("flows", flow.name());
                flow.slots().forEach((slot, prompt) -> {
                    Set<String> labels = new HashSet<>();
                    prompt.choices().forEach((id, text) -> {
                        if (!labels.add(text.in(language).strip().toLowerCase(Locale.ROOT))) {
                            problems.add(locateAfter(file, "\"" + slot + "\"", "\"" + id + "\"", "slot '" + slot
                                    + "' has two choices labelled \"" + text.in(language) + "\"; give choice '" + id
                                    + "' a label of its own"));
                        }
                    });
                });
            }
        }
    }

    /** Examples that differ only in case or spacing are the same example. */
    static String sameExample(String example) {
        return WHITESPACE.matcher(example.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(); // not String.replaceAll: it compiles the pattern each time
    }

    /**
     * Locates {@code needle} at its first occurrence after {@code anchor} (e.g. an example inside
     * the intent that repeats it), falling back to the first occurrence anywhere.
     */
    private Problem locateAfter(Path file, String anchor, String needle, String message) {
        String text = textOf(file);
        int from = text == null ? -1 : text.indexOf(anchor);
        int at = from < 0 ? -1 : text.indexOf(needle, from);
        if (at < 0) {
            return where.locate(file, needle, message);
        }
        return Problem.at(file, text, at, message);
    }

    private final Map<Path, String> texts = new HashMap<>();

    /** The file that defines an intent or flow (the loader knows which file it read it from). */
    private Path definingFile(String folder, String name) {
        return where.fileDefining(folder, name);
    }

    private String textOf(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                return java.nio.file.Files.readString(f);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    private void checkFlows() {
        for (Flow flow : content.flows().values()) {
            Path file = definingFile("flows", flow.name());
            Optional<Rule> rule = Rules.byName(flow.rule());
            if (rule.isEmpty()) {
                problems.add(where.locate(file, "\"" + flow.rule() + "\"", "flow '" + flow.name() + "' names unknown rule '"
                        + flow.rule() + "'; known: " + Rules.all().stream().map(Rule::name).sorted().toList()));
                continue;
            }
            Map<String, Slot> ruleSlots = new HashMap<>();
            rule.get().slots().forEach(s -> ruleSlots.put(s.name(), s));
            for (Slot slot : rule.get().slots()) {
                if (!flow.slots().containsKey(slot.name())) {
                    problems.add(where.locate(file, "\"slots\"", "flow '" + flow.name() + "' has no question for slot '"
                            + slot.name() + "', which rule " + flow.rule() + " may ask"));
                }
            }
            flow.slots().forEach((name, prompt) -> {
                for (LocalizedTemplate t : new LocalizedTemplate[] {prompt.askTemplate(), prompt.repromptTemplate()}) {
                    if (t != null) {
                        checkFactRefs(t, file, name);
                        t.variables().forEach(v -> problems.add(where.locate(file, "{" + v + "}", "question for slot '"
                                + name + "' uses {" + v + "}; questions may use only {fact:key}")));
                    }
                }
                Slot slot = ruleSlots.get(name);
                if (slot == null) {
                    problems.add(where.locate(file, "\"" + name + "\"", "flow '" + flow.name() + "' has unknown slot '" + name
                            + "'; rule " + flow.rule() + " has " + new TreeSet<>(ruleSlots.keySet())));
                } else if (slot.type() == SlotType.CHOICE) {
                    if (!prompt.choices().keySet().equals(new HashSet<>(slot.choices()))) {
                        problems.add(where.locate(file, "\"" + name + "\"", "slot '" + name + "' must label exactly the choices "
                                + slot.choices() + "; found " + prompt.choices().keySet()));
                    }
                }
                if (slot != null && !prompt.stated().isEmpty()) {
                    Set<String> allowed = slot.type() == SlotType.YES_NO ? Set.of("yes", "no")
                            : slot.type() == SlotType.CHOICE ? new HashSet<>(slot.choices()) : Set.of();
                    for (String value : prompt.stated().keySet()) {
                        if (!allowed.contains(value)) {
                            problems.add(where.locate(file, "\"stated\"", "slot '" + name + "' states unknown value '" + value
                                    + "'; \"stated\" is for yes/no and choice slots, with keys " + new TreeSet<>(allowed)));
                        }
                    }
                }
            });
            for (String outcome : rule.get().outcomes()) {
                if (!flow.outcomes().containsKey(outcome)) {
                    problems.add(where.locate(file, "\"outcomes\"", "flow '" + flow.name() + "' has no answer for outcome "
                            + outcome + " of rule " + flow.rule()));
                }
            }
            flow.outcomes().forEach((code, template) -> {
                if (!rule.get().outcomes().contains(code)) {
                    problems.add(where.locate(file, "\"" + code + "\"", "flow '" + flow.name() + "' answers unknown outcome "
                            + code + "; rule " + flow.rule() + " has " + new TreeSet<>(rule.get().outcomes())));
                }
                for (String v : template.variables()) {
                    if (!rule.get().variables().contains(v)) {
                        problems.add(where.locate(file, "{" + v + "}", "outcome " + code + " uses {" + v
                                + "}, which rule " + flow.rule() + " does not produce; it has "
                                + new TreeSet<>(rule.get().variables())));
                    }
                }
                checkFactRefs(template, file, code);
                checkTranslationNumbers(template, file, code);
            });
        }
    }

    private void checkFactRefs(LocalizedTemplate t, Path file, String owner) {
        for (String key : t.factKeys()) {
            if (!content.facts().containsKey(key)) {
                problems.add(where.locate(file, key, "'" + owner + "' uses {fact:" + key
                        + "}, which facts.json does not define"));
            }
        }
    }

    /** The Norwegian text must state the same figures as the English one. */
    private void checkTranslationNumbers(LocalizedTemplate t, Path file, String owner) {
        if (t.no() == null) {
            return;
        }
        Set<String> en = digitsOf(t.en());
        Set<String> no = digitsOf(t.no());
        if (!en.equals(no)) {
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(no);
            Set<String> onlyNo = new TreeSet<>(no);
            onlyNo.removeAll(en);
            problems.add(where.locate(file, "\"" + owner + "\"", "English and Norwegian texts of '" + owner
                    + "' state different numbers: only in English " + onlyEn + ", only in Norwegian " + onlyNo));
        }
    }

    /** The digit runs of a text with its facts filled in, plus the variables it uses. */
    private Set<String> digitsOf(Template t) {
        Set<String> found = new TreeSet<>();
        String rendered;
        try {
            rendered = t.render(content, Map.of());
        } catch (RuntimeException missingFact) {
            return found; // reported by checkFactRefs
        }
        Matcher m = DIGITS.matcher(rendered);
        while (m.find()) {
            found.add(m.group());
        }
        for (String v : t.variables()) {
            found.add("{" + v.replaceAll("_(en|no)$", "") + "}"); // today_en and today_no are one value
        }
        return found;
    }
}
