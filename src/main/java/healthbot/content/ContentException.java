package healthbot.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content in {@code intents/} cannot be used; the message lists every problem found. */
public class ContentException extends RuntimeException {

    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the content:\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
