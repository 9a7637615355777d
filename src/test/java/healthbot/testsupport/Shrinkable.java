package healthbot.testsupport;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value with the smaller values it can be shrunk to, simplest first. The smaller values
 * are made only when asked for, one at a time, so a long text does not make thousands of copies
 * unless the shrinker walks that far.
 */
public final class Shrinkable<T> {

    private final T value;
    private final Supplier<Stream<Shrinkable<T>>> smaller;

    Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> smaller) {
        this.value = value;
        this.smaller = smaller;
    }

    /** A value that cannot be made smaller. */
    static <T> Shrinkable<T> atom(T value) {
        return new Shrinkable<>(value, Stream::empty);
    }

    public T value() {
        return value;
    }

    /** The candidates one step smaller than this value, simplest first. */
    Stream<Shrinkable<T>> shrinks() {
        return smaller.get();
    }

    /** The same shrinking seen through {@code f}: every smaller value is mapped too. */
    <R> Shrinkable<R> map(Function<? super T, ? extends R> f) {
        return new Shrinkable<>(f.apply(value), () -> smaller.get().map(s -> s.map(f)));
    }

    @Override
    public String toString() {
        return Property.show(value);
    }
}
