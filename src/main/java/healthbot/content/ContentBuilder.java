package healthbot.content;

import healthbot.content.ContentLoader.FactFile;
import healthbot.content.ContentLoader.FactsFile;
import healthbot.content.ContentLoader.FlowFile;
import healthbot.content.ContentLoader.IntentFile;
import healthbot.content.ContentLoader.RegionFile;
import healthbot.content.ContentLoader.SettingsFile;
import healthbot.content.ContentLoader.TopicFile;
import healthbot.rules.Fact;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;
import healthbot.rules.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the immutable {@link Content} from the files the loader read: the structure (intents,
 * flows, regions, facts) with every text, example and stated phrase taken from the language packs
 * by id. Problems go to the loader's list.
 */
final class ContentBuilder {

    private final ContentLoader loader;
    private final Languages languages;
    private final Map<String, LanguagePack> packs;
    private final TextCatalogue catalogue;
    private final List<Problem> problems;

    ContentBuilder(ContentLoader loader, Languages languages, Map<String, LanguagePack> packs) {
        this.loader = loader;
        this.languages = languages;
        this.packs = packs;
        this.problems = loader.problems();
        this.catalogue = new TextCatalogue(languages, packs, problems, loader.notices());
    }

    Content build(SettingsFile s, FactsFile f, Map<Path, TopicFile> topics, Map<Path, FlowFile> flowFiles, Triage triage) {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        packs.forEach((code, pack) -> lexicons.put(code, pack.lexicon()));
        Settings settings = new Settings(s.confidenceThreshold(), s.nearTieMargin(), s.emergencyConfidence(),
                s.sessionIdleMinutes(), s.minExamples(), s.maxMessageChars(), languages, regions(s, lexicons), ui(),
                !Boolean.FALSE.equals(s.askHelpful()));
        for (String command : ContentLoader.COMMANDS) {
            catalogue.text("commands." + command, true, "the description of the /" + command + " command");
        }

        Path factsPath = loader.dir().resolve("facts.json");
        Map<String, Source> sources = new LinkedHashMap<>();
        f.sources().forEach((id, src) -> sources.put(id, new Source(id, src.title(), src.region())));
        Map<String, Fact> facts = new LinkedHashMap<>();
        Set<String> decimals = new HashSet<>();
        Map<String, Map<String, String>> wordings = new LinkedHashMap<>();
        f.facts().forEach((key, fact) -> {
            if (fact.source() == null || fact.source().isBlank()) {
                problems.add(loader.locate(factsPath, "\"" + key + "\"", "fact '" + key
                        + "' has no source; add \"source\": one of " + sources.keySet()));
                facts.put(key, new Fact(key, fact.value(), "?", fact.year()));
            } else {
                facts.put(key, new Fact(key, fact.value(), fact.source(), fact.year()));
            }
            if (fact.wordings() != null) {
                checkWordings(factsPath, key, fact);
                wordings.put(key, fact.wordings());
            }
            if (Boolean.TRUE.equals(fact.decimal())) {
                decimals.add(key);
                checkDecimal(factsPath, key, fact);
            }
        });

        List<Intent> intents = new ArrayList<>();
        Set<String> intentNames = new HashSet<>();
        topics.forEach((path, topic) -> {
            for (IntentFile i : topic.intents()) {
                loader.defined("topics", i.name(), path);
                intentNames.add(i.name());
                Localized<String> label = catalogue.text("intents." + i.name() + ".label", false, null);
                if (label == null) {
                    label = new Localized<>(Map.of(languages.source(), i.name().replace('_', ' ')), languages);
                }
                intents.add(new Intent(i.name(), i.kind() == null ? IntentKind.TOPIC : i.kind(), label, examples(i.name()),
                        catalogue.template("intents." + i.name() + ".answer", false, null),
                        ContentLoader.setOf(i.sources()), ContentLoader.orEmpty(i.buttons()), i.flow(), topicWords(i.name())));
            }
        });
        reportExamplesOfUnknownIntents(intentNames);
        reportTopicWordsOfUnknownIntents(intentNames);

        Map<String, Flow> flows = new LinkedHashMap<>();
        flowFiles.forEach((path, fl) -> {
            loader.defined("flows", fl.name(), path);
            if (flows.containsKey(fl.name())) {
                problems.add(loader.locate(path, "\"" + fl.name() + "\"", "flow name '" + fl.name() + "' is used twice"));
            }
            flows.put(fl.name(), flow(fl));
        });
        reportStatedOfUnknownSlots(flows);
        catalogue.reportUnknown();
        return new Content(loader.dir(), settings, sources, facts, decimals, wordings, intents, flows, lexicons, catalogue.all(), triage);
    }

    private List<Region> regions(SettingsFile s, Map<String, Lexicon> lexicons) {
        List<Region> regions = new ArrayList<>();
        for (RegionFile r : s.regions()) {
            List<String> names = new ArrayList<>(lower(ContentLoader.orEmpty(r.names())));
            if (r.id().equals("other")) {
                lexicons.values().forEach(l -> names.addAll(lower(l.regionOther())));
            }
            Localized<String> label = catalogue.text("regions." + r.id(), true, "the button label of region '" + r.id() + "'");
            regions.add(new Region(r.id(), label == null ? new Localized<>(Map.of(languages.source(), r.id()), languages) : label,
                    names));
        }
        return regions;
    }

    private Map<String, Localized<Template>> ui() {
        Map<String, Localized<Template>> ui = new LinkedHashMap<>();
        for (String key : Settings.UI_KEYS) {
            Localized<Template> t = catalogue.template("ui." + key, true, "the engine text '" + key + "'");
            if (t != null) {
                ui.put(key, t);
            }
        }
        return ui;
    }

    private Map<String, List<String>> topicWords(String intent) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        packs.forEach((code, pack) -> {
            Located<List<String>> words = pack.topicWords().get(intent);
            if (words != null) {
                byLanguage.put(code, words.value());
            }
        });
        return byLanguage;
    }

    private void reportTopicWordsOfUnknownIntents(Set<String> intentNames) {
        packs.forEach((code, pack) -> pack.topicWords().forEach((intent, words) -> {
            if (!intentNames.contains(intent)) {
                problems.add(words.problem("topic words for unknown intent '" + intent + "'; intents are defined in topics/*.json"));
            }
        }));
    }

    private Map<String, List<String>> examples(String intent) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        packs.forEach((code, pack) -> {
            Located<List<Located<String>>> list = pack.examples().get(intent);
            if (list != null) {
                byLanguage.put(code, list.value().stream().map(Located::value).toList());
            }
        });
        return byLanguage;
    }

    private void reportExamplesOfUnknownIntents(Set<String> intentNames) {
        packs.values().forEach(pack -> pack.examples().forEach((name, list) -> {
            if (!intentNames.contains(name)) {
                problems.add(list.problem("examples for unknown intent '" + name + "'; intents are defined in topics/*.json"));
            }
        }));
    }

    private Flow flow(FlowFile fl) {
        Map<String, SlotPrompt> slots = new LinkedHashMap<>();
        String prefix = "flows." + fl.name();
        if (ContentLoader.ruleOf(fl).isEmpty()) {
            catalogue.claim(prefix); // its texts are not reported one by one: the unknown rule is, once, here
            problems.add(loader.locate(loader.fileDefining("flows", fl.name()), "\"" + fl.rule() + "\"", "flow '" + fl.name()
                    + "' names unknown rule '" + fl.rule() + "'; known: "
                    + healthbot.rules.Rules.all().stream().map(healthbot.rules.Rule::name).sorted().toList()));
        }
        for (Slot slot : ContentLoader.slotsOf(fl)) {
            String at = prefix + ".slots." + slot.name();
            Localized<Template> ask = catalogue.template(at + ".ask", true, "the question for slot '" + slot.name()
                    + "' of flow '" + fl.name() + "'");
            Localized<Template> reprompt = catalogue.template(at + ".reprompt", true, "the re-prompt for slot '"
                    + slot.name() + "' of flow '" + fl.name() + "'");
            Map<String, Localized<String>> choices = new LinkedHashMap<>();
            if (slot.type() == SlotType.CHOICE) {
                for (String id : slot.choices()) {
                    Localized<String> label = catalogue.text(at + ".choices." + id, true, "the button label of choice '"
                            + id + "' of slot '" + slot.name() + "'");
                    if (label != null) {
                        choices.put(id, label);
                    }
                }
            }
            if (ask != null && reprompt != null) {
                slots.put(slot.name(), new SlotPrompt(ask, reprompt, choices, stated(fl.name(), slot.name())));
            }
        }
        Map<String, Localized<Template>> outcomes = new LinkedHashMap<>();
        ContentLoader.ruleOf(fl).ifPresent(rule -> {
            for (String code : new java.util.TreeSet<>(rule.outcomes())) {
                Localized<Template> t = catalogue.template(prefix + ".outcomes." + code, true, "the answer for outcome "
                        + code + " of flow '" + fl.name() + "'");
                if (t != null) {
                    outcomes.put(code, t);
                }
            }
        });
        return new Flow(fl.name(), fl.rule(), slots, outcomes);
    }

    private Map<String, Map<String, List<String>>> stated(String flow, String slot) {
        Map<String, Map<String, List<String>>> byLanguage = new LinkedHashMap<>();
        packs.forEach((code, pack) -> {
            Map<String, Located<List<String>>> values = pack.stated().getOrDefault(flow, Map.of()).get(slot);
            if (values != null) {
                Map<String, List<String>> plain = new LinkedHashMap<>();
                values.forEach((value, phrases) -> plain.put(value, phrases.value()));
                byLanguage.put(code, plain);
            }
        });
        return byLanguage;
    }

    private void reportStatedOfUnknownSlots(Map<String, Flow> flows) {
        packs.values().forEach(pack -> pack.stated().forEach((flow, slots) -> slots.forEach((slot, values) -> {
            Flow f = flows.get(flow);
            if (f != null && healthbot.rules.Rules.byName(f.rule()).isEmpty()) {
                return; // reported once as an unknown rule
            }
            if (f == null || !f.slots().containsKey(slot)) {
                values.values().forEach(v -> problems.add(v.problem(f == null
                        ? "stated phrases for unknown flow '" + flow + "'; known: " + new java.util.TreeSet<>(flows.keySet())
                        : "stated phrases for unknown slot '" + slot + "' of flow '" + flow + "'; it has "
                        + new java.util.TreeSet<>(f.slots().keySet()))));
                return;
            }
            values.forEach((value, phrases) -> {
                if (phrases.value().isEmpty()) {
                    problems.add(phrases.problem("no phrases for value '" + value + "'; add some or remove the entry"));
                }
            });
        })));
    }

    /** A fact's wording in another language names a language of the content and states the same digits. */
    private void checkWordings(Path factsPath, String key, FactFile fact) {
        fact.wordings().forEach((language, wording) -> {
            if (!languages.has(language)) {
                problems.add(loader.locate(factsPath, "\"" + key + "\"", "fact '" + key + "' has a wording for \"" + language
                        + "\", which is not a language of the content; known: " + languages.codes()));
            } else if (!digits(wording).equals(digits(fact.value()))) {
                problems.add(loader.locate(factsPath, "\"" + key + "\"", "the " + language + " wording of fact '" + key
                        + "' states other numbers " + digits(wording) + " than its value " + digits(fact.value())
                        + "; a wording may change the words, never the figures"));
            }
        });
    }

    private static List<String> digits(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private void checkDecimal(Path factsPath, String key, FactFile fact) {
        if (!fact.value().matches("\\d+(\\.\\d+)?")) {
            problems.add(loader.locate(factsPath, "\"" + key + "\"", "fact '" + key + "' is marked \"decimal\" but its value \""
                    + fact.value() + "\" is not a number written with a decimal point, like \"2.30\""));
        }
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT).trim()).toList();
    }
}
