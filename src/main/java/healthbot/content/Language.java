package healthbot.content;

/** The languages answers are written in. */
public enum Language {
    EN, NO
}
