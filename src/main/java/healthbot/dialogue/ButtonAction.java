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
}
