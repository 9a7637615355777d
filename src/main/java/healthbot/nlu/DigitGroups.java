package healthbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers are written both grouped and whole ("116 117", "116117"; "69 11 77 99",
 * "69117799"). A run of two or more all-digit tokens also yields the digits joined, so both
 * spellings share a feature.
 */
final class DigitGroups {

    private DigitGroups() {
    }

    /** The tokens plus, for each run of at least two all-digit tokens, the run joined into one. */
    static List<String> join(List<String> tokens) {
        List<String> out = null;
        int runStart = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean digits = i < tokens.size() && isDigits(tokens.get(i));
            if (digits && runStart < 0) {
                runStart = i;
            } else if (!digits && runStart >= 0) {
                if (i - runStart >= 2) {
                    if (out == null) {
                        out = new ArrayList<>(tokens);
                    }
                    out.add(String.join("", tokens.subList(runStart, i)));
                }
                runStart = -1;
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isDigits(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
