package healthbot.eval;

/** A labelled data file or an evaluation option is unusable; the message says where and how to fix it. */
public final class EvalDataException extends IllegalArgumentException {
    public EvalDataException(String message) {
        super(message);
    }
}
