package healthbot.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generator of test values drawn from a {@link Random} (the same seed gives the same values),
 * each carrying how it shrinks: a list by dropping elements (halves first, then single ones) and
 * then by shrinking its elements, a text the same way over its characters, a number towards 0, a
 * choice from a list towards its first entry. {@link Property} runs a check over such values.
 *
 * <p>Like the usual property-testing libraries, draws are mixed with edge cases: about one in ten
 * sizes is the smallest or largest allowed, one in ten numbers is a bound, 0 or ±1, and one in ten
 * characters of {@link #anyChar()} is a control, surrogate, zero-width or direction character.
 */
public final class Gen<T> {

    /** How often (one in ...) a size, number or character is an edge case rather than uniform. */
    private static final int EDGE_ONE_IN = 10;
    private static final String EDGE_CHARS = "\u0000\u0001\t\n\r \u007f\u00a0\u200b\u200f\u202e\u2066\ufeff"
            + "\ud800\udbff\udc00\udfff\ufffe\uffff";

    private final Function<Random, Shrinkable<T>> draw;

    private Gen(Function<Random, Shrinkable<T>> draw) {
        this.draw = draw;
    }

    /** One value and its shrinks, drawn from {@code random}. */
    public Shrinkable<T> draw(Random random) {
        return draw.apply(random);
    }

    /** The values of this generator passed through {@code f}; they shrink as the values they come from. */
    public <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return new Gen<>(r -> draw(r).map(f));
    }

    /** Lists of {@code minSize} to {@code maxSize} values of this generator. */
    public Gen<List<T>> list(int minSize, int maxSize) {
        checkRange(minSize, maxSize);
        return new Gen<>(r -> {
            int size = size(r, minSize, maxSize);
            List<Shrinkable<T>> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(draw(r));
            }
            return listOf(elements, minSize);
        });
    }

    /** Integers from {@code min} to {@code max}, both included; they shrink towards the one nearest 0. */
    public static Gen<Integer> integers(int min, int max) {
        checkRange(min, max);
        int target = Math.max(min, Math.min(max, 0));
        List<Integer> edges = Stream.of(min, max, target, target + 1L, target - 1L)
                .map(Number::longValue).filter(v -> v >= min && v <= max).map(Long::intValue).distinct().toList();
        return new Gen<>(r -> {
            int value = r.nextInt(EDGE_ONE_IN) == 0 ? edges.get(r.nextInt(edges.size()))
                    : (int) (min + (long) (r.nextDouble() * ((long) max - min + 1)));
            return integer(value, target);
        });
    }

    /** Any {@code int}, edge cases included. */
    public static Gen<Integer> anyInteger() {
        return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** One of {@code values}; a value shrinks towards the first. */
    public static <T> Gen<T> oneOf(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value to choose from");
        }
        List<T> copy = List.copyOf(values);
        return new Gen<>(r -> choice(copy, r.nextInt(copy.size())));
    }

    /** One of {@code values}; a value shrinks towards the first. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T v : values) {
            list.add(v);
        }
        return oneOf(list);
    }

    /** Any UTF-16 code unit (lone surrogates included), edge characters mixed in; shrinks towards 'a'. */
    public static Gen<Character> anyChar() {
        return new Gen<>(r -> {
            char c = r.nextInt(EDGE_ONE_IN) == 0 ? EDGE_CHARS.charAt(r.nextInt(EDGE_CHARS.length()))
                    : (char) r.nextInt(Character.MAX_VALUE + 1);
            return c == 'a' ? Shrinkable.atom(c) : new Shrinkable<>(c, () -> Stream.of(Shrinkable.atom('a')));
        });
    }

    /** One of the characters of {@code chars}; shrinks towards the first. */
    public static Gen<Character> charsOf(String chars) {
        return oneOf(chars.chars().mapToObj(c -> (char) c).toList());
    }

    /** Texts of {@code minLength} to {@code maxLength} characters of {@code chars}; shrink by dropping characters. */
    public static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        return chars.list(minLength, maxLength).map(Gen::join);
    }

    /** A choice weighted {@code weight} among the others of {@link #frequency}. */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("a weight must be positive, was " + weight);
            }
        }
    }

    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A value from one of the generators, picked with the chances their weights give; it shrinks within that generator. */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<T>... choices) {
        List<Weighted<T>> all = new ArrayList<>(choices.length);
        for (Weighted<T> w : choices) {
            all.add(w);
        }
        int total = all.stream().mapToInt(Weighted::weight).sum();
        return new Gen<>(r -> {
            int pick = r.nextInt(total);
            for (Weighted<T> w : all) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().draw(r).map(v -> v);
                }
            }
            throw new IllegalStateException("weights summed to " + total + " but no choice was reached");
        });
    }

    /** Pairs of values combined by {@code f}; the first shrinks first, then the second. */
    public static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return new Gen<>(r -> {
            Shrinkable<A> sa = a.draw(r);
            Shrinkable<B> sb = b.draw(r);
            return pair(sa, sb).map(p -> f.apply(p.first(), p.second()));
        });
    }

    /** Three values combined by {@code f}; they shrink in order. */
    public static <A, B, C, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> f) {
        return zip(zip(a, b, Pair::new), c, (ab, z) -> f.apply(ab.first(), ab.second(), z));
    }

    /** A function of three values, for {@link #zip(Gen, Gen, Gen, Function3)}. */
    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    private record Pair<A, B>(A first, B second) {}

    private static <A, B> Shrinkable<Pair<A, B>> pair(Shrinkable<A> a, Shrinkable<B> b) {
        return new Shrinkable<>(new Pair<>(a.value(), b.value()), () -> lazyConcat(
                () -> a.shrinks().map(smallerA -> pair(smallerA, b)),
                () -> b.shrinks().map(smallerB -> pair(a, smallerB))));
    }

    /**
     * A list that shrinks by dropping runs of elements (down to {@code minSize}; the first
     * candidate keeps only the first {@code minSize}), halves before quarters before single
     * elements; then by shrinking every element at once (a long text becomes "aaa…" in one step
     * rather than a thousand); then by shrinking one element at a time.
     */
    private static <T> Shrinkable<List<T>> listOf(List<Shrinkable<T>> elements, int minSize) {
        List<T> values = elements.stream().map(Shrinkable::value).toList();
        return new Shrinkable<>(values, () -> lazyConcat(
                () -> dropping(elements, minSize).map(shorter -> listOf(shorter, minSize)),
                () -> everyElementShrunk(elements).map(smaller -> listOf(smaller, minSize)),
                () -> IntStream.range(0, elements.size()).boxed().flatMap(i -> elements.get(i).shrinks()
                        .map(smallerElement -> {
                            List<Shrinkable<T>> copy = new ArrayList<>(elements);
                            copy.set(i, smallerElement);
                            return listOf(copy, minSize);
                        }))));
    }

    /** Every element replaced by its first smaller candidate, when more than one element has one. */
    private static <T> Stream<List<Shrinkable<T>>> everyElementShrunk(List<Shrinkable<T>> elements) {
        List<Shrinkable<T>> shrunk = new ArrayList<>(elements.size());
        int changed = 0;
        for (Shrinkable<T> e : elements) {
            Shrinkable<T> first = e.shrinks().findFirst().orElse(e);
            changed += first == e ? 0 : 1;
            shrunk.add(first);
        }
        return changed > 1 ? Stream.of(shrunk) : Stream.empty();
    }

    private static <T> Stream<List<Shrinkable<T>>> dropping(List<Shrinkable<T>> elements, int minSize) {
        int n = elements.size();
        if (n <= minSize) {
            return Stream.empty();
        }
        Stream<List<Shrinkable<T>>> toMinimum = Stream.of(elements.subList(0, minSize));
        Stream<List<Shrinkable<T>>> runs = Stream.iterate(n / 2, k -> k >= 1, k -> k / 2)
                .filter(k -> n - k >= minSize)
                .flatMap(k -> IntStream.iterate(0, start -> start + k <= n, start -> start + k)
                        .mapToObj(start -> {
                            List<Shrinkable<T>> shorter = new ArrayList<>(elements.subList(0, start));
                            shorter.addAll(elements.subList(start + k, n));
                            return shorter;
                        }));
        return Stream.concat(toMinimum, runs).filter(l -> l.size() < n);
    }

    /** An integer that shrinks towards {@code target}: first to it, then halfway, ..., then one step. */
    private static Shrinkable<Integer> integer(int value, int target) {
        return new Shrinkable<>(value, () -> {
            long distance = (long) value - target;
            return LongStream.iterate(distance, d -> d != 0, d -> d / 2)
                    .mapToObj(d -> (int) (value - d))
                    .map(v -> integer(v, target));
        });
    }

    private static <T> Shrinkable<T> choice(List<T> values, int index) {
        return new Shrinkable<>(values.get(index), () -> IntStream.of(0, index / 2, index - 1)
                .filter(i -> i >= 0 && i < index).distinct().mapToObj(i -> choice(values, i)));
    }

    private static int size(Random r, int min, int max) {
        if (r.nextInt(EDGE_ONE_IN) == 0) {
            return r.nextBoolean() ? min : max;
        }
        return min + r.nextInt(max - min + 1);
    }

    private static String join(List<Character> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }

    private static void checkRange(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("the smallest (" + min + ") is larger than the largest (" + max + ")");
        }
    }

    @SafeVarargs
    private static <T> Stream<T> lazyConcat(Supplier<Stream<T>>... parts) {
        List<Supplier<Stream<T>>> list = new ArrayList<>(parts.length);
        for (Supplier<Stream<T>> p : parts) {
            list.add(p);
        }
        return list.stream().flatMap(Supplier::get);
    }
}
