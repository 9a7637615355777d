package healthbot.scripts;

import java.util.Arrays;
import java.util.Optional;

/** What a {@code <} line can check, by the word staff write before the colon. */
public enum CheckKind {
    /** the reply's text contains this, ignoring case and line breaks */
    CONTAINS("contains"),
    /** the reply's text does not contain this */
    NOT_CONTAINS("not contains"),
    /** a regular expression found somewhere in the reply's text, ignoring case */
    REGEX("regex"),
    /** the intent the message was understood as */
    INTENT("intent"),
    /** exactly these buttons, in this order, separated by {@code |}; nothing after the colon means no buttons */
    BUTTONS("buttons"),
    /** this button is among the buttons */
    BUTTON("button"),
    /** the reply asks for this slot; {@code nothing} means it is a final answer */
    ASKS("asks"),
    /** the rule outcome the reply announces, e.g. FREE_CHILD; {@code none} means no decision */
    OUTCOME("outcome");

    private final String word;

    CheckKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static Optional<CheckKind> byWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equalsIgnoreCase(word.trim())).findFirst();
    }

    static String words() {
        return String.join(", ", Arrays.stream(values()).map(k -> k.word + ":").toList());
    }
}
