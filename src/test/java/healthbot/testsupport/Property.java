package healthbot.testsupport;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A property checked over values drawn from a {@link Gen}: plain JUnit 5, no extension. Use it
 * inside a {@code @Test}:
 *
 * <pre>{@code
 * Property.forAll(Gen.anyInteger().list(0, 20)).tries(200).check(list -> assertEquals(...));
 * }</pre>
 *
 * <p>Runs are deterministic: the seed is fixed per property (derived from its class and method
 * name) unless {@code -Dproperty.seed=N} overrides it for every property of the run. The seed is
 * printed before the cases run. When a case fails, it is shrunk: the runner tries the value's
 * smaller candidates in order and moves to the first that still fails with the same kind of
 * error, until none does or {@value #SHRINK_ATTEMPTS} candidates have been tried. The failure
 * then names the smallest failing case, the first one, and the seed to run them again.
 */
public final class Property<T> {

    /** The system property that replaces every property's fixed seed. */
    public static final String SEED_PROPERTY = "property.seed";
    /** At most this many candidates are tried while shrinking one failure. */
    static final int SHRINK_ATTEMPTS = 2_000;
    private static final int SHOWN_CHARS = 200;

    /** A check of one value; it fails by throwing, as JUnit's assertions do. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    /** A property that does not hold: the smallest failing case found, the seed, and the error on that case as cause. */
    public static final class Failure extends AssertionError {
        private final transient Object smallest;
        private final long seed;

        Failure(String message, Object smallest, long seed, Throwable cause) {
            super(message, cause);
            this.smallest = smallest;
            this.seed = seed;
        }

        /** The smallest failing value shrinking found. */
        public Object smallest() {
            return smallest;
        }

        public long seed() {
            return seed;
        }
    }

    private final Gen<T> gen;
    private int tries = 100;
    private Long seed;
    private String name;
    private PrintStream out = System.out;

    private Property(Gen<T> gen) {
        this.gen = gen;
    }

    /** A property over the values of {@code gen}; 100 cases unless {@link #tries} says otherwise. */
    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(gen);
    }

    public Property<T> tries(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("a property needs at least one try, was " + tries);
        }
        this.tries = tries;
        return this;
    }

    /** Uses this seed, whatever {@value #SEED_PROPERTY} says (for the runner's own tests). */
    Property<T> seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Names the property in what it prints; by default the calling class and method. */
    Property<T> named(String name) {
        this.name = name;
        return this;
    }

    Property<T> printingTo(PrintStream out) {
        this.out = out;
        return this;
    }

    /**
     * Runs the check on {@link #tries} values.
     *
     * @throws Failure naming the smallest failing case when a value fails the check
     */
    public void check(Check<T> check) {
        String property = name != null ? name : caller();
        long s = seed != null ? seed : seedFor(property, System.getProperty(SEED_PROPERTY));
        out.println("property " + property + ": " + tries + " cases from seed " + s
                + " (-D" + SEED_PROPERTY + "=N for others)");
        Random random = new Random(s);
        for (int i = 1; i <= tries; i++) {
            Shrinkable<T> value = gen.draw(random);
            Optional<Throwable> failed = run(check, value.value());
            if (failed.isPresent()) {
                throw shrink(property, s, i, check, value, failed.get());
            }
        }
    }

    /** The seed a property uses: the override when given, else one fixed by its name. */
    static long seedFor(String property, String override) {
        if (override == null || override.isBlank()) {
            return property.hashCode();
        }
        try {
            return Long.parseLong(override.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number, was '" + override + "'", e);
        }
    }

    private Failure shrink(String property, long s, int caseNumber, Check<T> check, Shrinkable<T> first, Throwable firstError) {
        Shrinkable<T> smallest = first;
        Throwable error = firstError;
        int steps = 0;
        AtomicInteger attempts = new AtomicInteger();
        while (attempts.get() < SHRINK_ATTEMPTS) {
            Class<?> kind = error.getClass();
            Optional<Attempt<T>> smaller = smallest.shrinks()
                    .limit(SHRINK_ATTEMPTS - attempts.get())
                    .map(candidate -> {
                        attempts.incrementAndGet();
                        return new Attempt<>(candidate, run(check, candidate.value()).filter(kind::isInstance));
                    })
                    .filter(attempt -> attempt.error().isPresent())
                    .findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            smallest = smaller.get().value();
            error = smaller.get().error().get();
            steps++;
        }
        String message = "Property " + property + " failed on case " + caseNumber + " of " + tries + ", seed " + s + ".\n"
                + "Smallest failing case (after " + steps + " shrinking steps, " + attempts.get() + " candidates tried): " + show(smallest.value()) + "\n"
                + "It fails with: " + firstLine(error) + "\n"
                + "First failing case: " + show(first.value()) + "\n"
                + "To run the same cases again: -D" + SEED_PROPERTY + "=" + s;
        return new Failure(message, smallest.value(), s, error);
    }

    /** A candidate tried while shrinking, with the error of the original kind it fails with, if any. */
    private record Attempt<T>(Shrinkable<T> value, Optional<Throwable> error) {}

    private static <T> Optional<Throwable> run(Check<T> check, T value) {
        try {
            check.accept(value);
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return Optional.of(e);
        }
    }

    private static String firstLine(Throwable e) {
        String text = e.toString();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + " …";
    }

    /**
     * A value as a reader of a failure needs it: texts quoted with invisible characters escaped
     * (and cut after {@value #SHOWN_CHARS} characters, with their length), lists and records
     * element by element.
     */
    static String show(Object value) {
        if (value instanceof CharSequence text) {
            return quote(text.toString());
        }
        if (value instanceof Character c) {
            return "'" + escape(String.valueOf(c)) + "'";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Property::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value != null && value.getClass().isRecord()) {
            StringBuilder s = new StringBuilder(value.getClass().getSimpleName()).append('[');
            RecordComponent[] parts = value.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                s.append(i == 0 ? "" : ", ").append(parts[i].getName()).append('=').append(show(component(value, parts[i])));
            }
            return s.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static Object component(Object record, RecordComponent part) {
        try {
            part.getAccessor().setAccessible(true);
            return part.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return "<" + part.getName() + " unreadable: " + e + ">";
        }
    }

    private static String quote(String text) {
        if (text.length() <= SHOWN_CHARS) {
            return "\"" + escape(text) + "\"";
        }
        return "\"" + escape(text.substring(0, SHOWN_CHARS)) + "\"… (" + text.length() + " chars)";
    }

    private static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f || Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                        s.append(c);
                    } else {
                        s.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return s.toString();
    }

    /** "Class.method" of the test that called {@link #check}. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Property.class.getName())
                        && !f.getClassName().startsWith(Property.class.getName() + "$"))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("property"));
    }
}
