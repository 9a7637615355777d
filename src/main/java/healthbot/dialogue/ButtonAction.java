package healthbot.dialogue;

/** What pressing a button does. */
sealed interface ButtonAction {

    /** Behave as if the user asked for this intent. */
    record GoTo(String intent) implements ButtonAction {}

    /** Answer the slot being asked with this value. */
    record Fill(String slot, healthbot.rules.SlotValue value) implements ButtonAction {}

    /** Go back to the flow a digression paused. */
    record Resume() implements ButtonAction {}

    /** Drop the current or paused flow. */
    record Stop() implements ButtonAction {}

    /** Show the languages the bot speaks, as buttons. */
    record ChooseLanguage() implements ButtonAction {}

    /** Answer the chat in this language from now on. */
    record SetLanguage(String language) implements ButtonAction {}

    /** "Was this helpful?": the resident's yes or no to the answer of {@code intent} (counted, nothing else). */
    record Rate(String intent, boolean helpful) implements ButtonAction {}
}
