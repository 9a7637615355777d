package healthbot.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StratifiedFoldsTest {

    private static List<LabelledMessage> messages(int perIntent, String... intents) {
        List<LabelledMessage> out = new ArrayList<>();
        for (String intent : intents) {
            for (int i = 0; i < perIntent; i++) {
                out.add(new LabelledMessage(intent + i, intent, "t"));
            }
        }
        return out;
    }

    @Test
    void everyFoldGetsAnEqualShareOfEveryIntent() {
        List<LabelledMessage> data = messages(10, "a", "b", "c");
        int[] fold = StratifiedFolds.assign(data, 5, 1);
        for (String intent : List.of("a", "b", "c")) {
            int[] perFold = new int[5];
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).intent().equals(intent)) {
                    perFold[fold[i]]++;
                }
            }
            assertArrayEquals(new int[] {2, 2, 2, 2, 2}, perFold, intent);
        }
    }

    @Test
    void theSameSeedGivesTheSameFolds() {
        List<LabelledMessage> data = messages(7, "a", "b");
        assertArrayEquals(StratifiedFolds.assign(data, 3, 42), StratifiedFolds.assign(data, 3, 42));
    }

    @Test
    void fewerThanTwoFoldsIsRefusedWithTheOptionName() {
        EvalDataException e = assertThrows(EvalDataException.class, () -> StratifiedFolds.assign(messages(3, "a"), 1, 0));
        assertEquals("--folds must be at least 2, got 1", e.getMessage());
    }
}
