package healthbot.nlu;

/** What a message's emergency triggers say (see {@link EmergencyDetector}). */
public enum EmergencyCue {
    /** no trigger */
    NONE,
    /** only words that name emergencies or the emergency services ("emergency", "akutt", "113") */
    NAMED,
    /** a description of an emergency ("not breathing", "chest pain", "vil ikke leve") */
    DESCRIBED
}
