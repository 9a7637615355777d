package healthbot.nlu;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.Region;

import java.util.ArrayList;
import java.util.List;

/** The understanding pipeline for one version of the content: trained once, then read-only and thread-safe. */
public final class Nlu {

    private final IntentClassifier classifier;
    private final EmergencyDetector emergency;
    private final LanguageDetector languages;
    private final EntityExtractor entities;

    private Nlu(IntentClassifier classifier, EmergencyDetector emergency, LanguageDetector languages,
                EntityExtractor entities) {
        this.classifier = classifier;
        this.emergency = emergency;
        this.languages = languages;
        this.entities = entities;
    }

    /** Trains the classifier on every intent's examples (the fallback intent's are the out-of-scope class). */
    public static Nlu train(Content content) {
        return new Nlu(IntentClassifier.train(examplesOf(content)),
                new EmergencyDetector(content.intentOfKind(IntentKind.EMERGENCY).triggers(), everydayExamples(content)),
                new LanguageDetector(content.settings().norwegianCues(), placeNameWords(content)),
                new EntityExtractor(regionsOf(content)));
    }

    public static List<IntentClassifier.Example> examplesOf(Content content) {
        List<IntentClassifier.Example> examples = new ArrayList<>();
        for (Intent intent : content.intents()) {
            for (String e : intent.examples()) {
                examples.add(new IntentClassifier.Example(e, intent.name()));
            }
        }
        return examples;
    }

    /** Examples of every intent but the emergency one: their words are never read as typos of a trigger. */
    private static List<String> everydayExamples(Content content) {
        List<String> texts = new ArrayList<>();
        java.util.Set<String> emergencyWords = new java.util.HashSet<>();
        for (String e : content.intentOfKind(IntentKind.EMERGENCY).examples()) {
            emergencyWords.addAll(List.of(TextNormalizer.normalize(e).split(" ")));
        }
        for (Intent intent : content.intents()) {
            if (intent.kind() != IntentKind.EMERGENCY) {
                for (String e : intent.examples()) {
                    for (String w : TextNormalizer.normalize(e).split(" ")) {
                        if (!emergencyWords.contains(w)) {
                            texts.add(w);
                        }
                    }
                }
            }
        }
        return texts;
    }

    public static List<EntityExtractor.RegionNames> regionsOf(Content content) {
        List<EntityExtractor.RegionNames> regions = new ArrayList<>();
        for (Region r : content.settings().regions()) {
            List<String> names = new ArrayList<>(r.names());
            names.add(r.label().en());
            if (r.label().no() != null) {
                names.add(r.label().no());
            }
            regions.add(new EntityExtractor.RegionNames(r.id(), names));
        }
        return regions;
    }

    private static java.util.Set<String> placeNameWords(Content content) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (EntityExtractor.RegionNames r : regionsOf(content)) {
            for (String name : r.names()) {
                for (String word : TextNormalizer.normalize(name).split(" ")) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    public Analysis analyze(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<String> tokens = classifier.tokensOfNormalized(normalized);
        EmergencyCue cue = emergency.cue(normalized);
        Prediction prediction = classifier.classifyTokens(tokens);
        return new Analysis(normalized, languages.detect(text, normalized.split(" ")), cue, prediction);
    }

    public EmergencyDetector emergencyDetector() {
        return emergency;
    }

    /** The emergency trigger phrase a normalised message matches, if any (for explaining a reply). */
    public java.util.Optional<String> emergencyTrigger(String normalized) {
        return emergency.triggerIn(normalized);
    }

    public EntityExtractor entities() {
        return entities;
    }

    public IntentClassifier classifier() {
        return classifier;
    }
}
