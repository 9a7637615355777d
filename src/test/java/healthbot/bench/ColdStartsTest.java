package healthbot.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColdStartsTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        assertEquals(700.0, ColdStarts.median(List.of(900.0, 600.0, 700.0)));
        assertEquals(650.0, ColdStarts.median(List.of(900.0, 600.0, 700.0, 500.0)));
        assertTrue(Double.isNaN(ColdStarts.median(List.of())));
    }

    @Test
    void aKindWithNoSuccessfulStartReportsNoFiguresAndWhy() {
        BenchReport.ColdStart c = BenchReport.ColdStart.of(ColdStarts.PLAIN, true, List.of(), "no answer line (exit code 3)");
        assertEquals(0, c.runs());
        assertTrue(Double.isNaN(c.medianMs()));
        assertEquals("no answer line (exit code 3)", c.problem());
    }
}
