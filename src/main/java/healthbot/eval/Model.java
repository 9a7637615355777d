package healthbot.eval;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.nlu.Analysis;
import healthbot.nlu.IntentClassifier;
import healthbot.nlu.Nlu;
import healthbot.nlu.Prediction;
import healthbot.nlu.Training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trained understanding that scores messages; {@link Trainer}s make them from labelled examples. */
interface Model {

    Scored score(LabelledMessage message);

    /** Learns a model from examples. */
    interface Trainer {
        Model train(List<LabelledMessage> examples);
    }

    /**
     * The bot's own pipeline ({@link Nlu}: emergency words, normalising, compounds, classifier) on
     * the given content, with each intent's examples replaced by the ones given.
     */
    static Trainer ofContent(Content content) {
        return examples -> {
            Nlu nlu = Nlu.train(withExamples(content, examples));
            return m -> {
                Analysis a = nlu.analyze(m.text());
                Prediction p = a.prediction();
                return new Scored(m, p.intent(), p.confidence(), p.runnerUp(), a.assessment());
            };
        };
    }

    /** The classifier alone, for labelled files that are not our content (public intent datasets). */
    static Trainer classifierOnly() {
        return classifierOnly(Training.MAXENT);
    }

    /** {@link #classifierOnly()} trained the given way. */
    static Trainer classifierOnly(Training training) {
        return examples -> {
            List<IntentClassifier.Example> trainingSet = new ArrayList<>(examples.size());
            examples.forEach(e -> trainingSet.add(new IntentClassifier.Example(e.text(), e.intent())));
            IntentClassifier classifier = training.train(trainingSet);
            return m -> {
                Prediction p = classifier.classify(m.text());
                return new Scored(m, p.intent(), p.confidence(), p.runnerUp());
            };
        };
    }

    /** Every example of the content, labelled with its intent. */
    static List<LabelledMessage> examplesOf(Content content) {
        List<LabelledMessage> out = new ArrayList<>();
        for (Intent intent : content.intents()) {
            for (String e : intent.allExamples()) {
                out.add(new LabelledMessage(e, intent.name(), "examples of " + intent.name()));
            }
        }
        return out;
    }

    private static Content withExamples(Content content, List<LabelledMessage> examples) {
        Map<String, List<String>> byIntent = new HashMap<>();
        for (LabelledMessage e : examples) {
            byIntent.computeIfAbsent(e.intent(), x -> new ArrayList<>()).add(e.text());
        }
        List<Intent> intents = new ArrayList<>();
        String language = content.languages().source(); // training reads every example alike; the language key is not used
        for (Intent i : content.intents()) {
            intents.add(new Intent(i.name(), i.kind(), i.label(), Map.of(language, byIntent.getOrDefault(i.name(), List.of())),
                    i.answer(), i.sources(), i.buttons(), i.flow(), i.topicWords()));
        }
        return content.withIntents(intents);
    }
}
