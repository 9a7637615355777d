package healthbot.eval;

import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.content.Intent;
import healthbot.nlu.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped held-out set stays a fair test: never trained on, big enough, labels that exist. */
class HoldoutSetTest {

    private static final Path INTENTS = Path.of("intents");
    private static final List<LabelledMessage> HOLDOUT = LabelledFile.read(INTENTS.resolve("tests/nlu-holdout.jsonl"));

    @Test
    void noHeldOutMessageIsAlsoATrainingExample() {
        assertEquals(List.of(), trainedOn(HOLDOUT));
    }

    @Test
    void noNearDomainHeldOutMessageIsAlsoATrainingExample() {
        List<LabelledMessage> nearDomain = LabelledFile.read(INTENTS.resolve("tests/near-domain-holdout.jsonl"));
        assertTrue(nearDomain.size() >= 30, "size " + nearDomain.size());
        assertEquals(List.of(), trainedOn(nearDomain));
    }

    /** The held-out messages that are also training examples, each with where it is and whose example it is. */
    private static List<String> trainedOn(List<LabelledMessage> heldOut) {
        Content content = ContentLoader.load(INTENTS);
        Map<String, String> examples = new HashMap<>();
        for (Intent i : content.intents()) {
            i.allExamples().forEach(e -> examples.put(TextNormalizer.normalize(e), i.name()));
        }
        return heldOut.stream().filter(m -> examples.containsKey(TextNormalizer.normalize(m.text())))
                .map(m -> m.where() + " \"" + m.text() + "\" is an example of " + examples.get(TextNormalizer.normalize(m.text())))
                .toList();
    }

    @Test
    void itHasAtLeast250MessagesOfWhichAtLeast50AreOutOfScope() {
        assertTrue(HOLDOUT.size() >= 250, "size " + HOLDOUT.size());
        long oos = HOLDOUT.stream().filter(m -> m.intent().equals("fallback")).count();
        assertTrue(oos >= 50, "out-of-scope " + oos);
    }

    @Test
    void everyLabelIsAnIntentAndEveryIntentIsTested() {
        Set<String> names = ContentLoader.load(INTENTS).intents().stream().map(Intent::name).collect(Collectors.toSet());
        Set<String> labels = HOLDOUT.stream().map(LabelledMessage::intent).collect(Collectors.toSet());
        assertEquals(names, labels);
    }
}
