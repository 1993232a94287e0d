package java.util;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The comparators Comparator's static and default methods build. */
final class Comparators {

    private Comparators() {
    }

    static final class NaturalOrder implements Comparator<Comparable<Object>> {
        private static final NaturalOrder INSTANCE = new NaturalOrder();

        @SuppressWarnings("unchecked")
        static <T> Comparator<T> get() {
            return (Comparator<T>) (Comparator<?>) INSTANCE;
        }

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        public Comparator<Comparable<Object>> reversed() {
            return new Reversed<Comparable<Object>>(this);
        }
    }

    static final class Reversed<T> implements Comparator<T> {
        private final Comparator<T> order;

        Reversed(Comparator<T> order) {
            this.order = order;
        }

        public int compare(T o1, T o2) {
            return order.compare(o2, o1);
        }

        public Comparator<T> reversed() {
            return order;
        }
    }

    static final class Then<T> implements Comparator<T> {
        private final Comparator<T> first;
        private final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        public int compare(T c1, T c2) {
            int result = first.compare(c1, c2);
            return result != 0 ? result : second.compare(c1, c2);
        }
    }

    static final class Nulls<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        Nulls(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return (real == null) ? 0 : real.compare(a, b);
            }
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new Nulls<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new Nulls<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    static final class ByKey<T, U> implements Comparator<T> {
        private final Function<? super T, ? extends U> key;
        private final Comparator<? super U> order;

        ByKey(Function<? super T, ? extends U> key, Comparator<? super U> order) {
            this.key = key;
            this.order = order;
        }

        public int compare(T c1, T c2) {
            return order.compare(key.apply(c1), key.apply(c2));
        }
    }

    static final class ByIntKey<T> implements Comparator<T> {
        private final ToIntFunction<? super T> key;

        ByIntKey(ToIntFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T c1, T c2) {
            return Integer.compare(key.applyAsInt(c1), key.applyAsInt(c2));
        }
    }

    static final class ByLongKey<T> implements Comparator<T> {
        private final ToLongFunction<? super T> key;

        ByLongKey(ToLongFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T c1, T c2) {
            return Long.compare(key.applyAsLong(c1), key.applyAsLong(c2));
        }
    }

    static final class ByDoubleKey<T> implements Comparator<T> {
        private final ToDoubleFunction<? super T> key;

        ByDoubleKey(ToDoubleFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T c1, T c2) {
            return Double.compare(key.applyAsDouble(c1), key.applyAsDouble(c2));
        }
    }

    /** Map entries in the order of their keys. */
    static final class EntryByKey<K, V> implements Comparator<Map.Entry<K, V>> {
        private final Comparator<? super K> order;

        EntryByKey(Comparator<? super K> order) {
            this.order = order;
        }

        public int compare(Map.Entry<K, V> c1, Map.Entry<K, V> c2) {
            return order.compare(c1.getKey(), c2.getKey());
        }
    }

    /** Map entries in the order of their values. */
    static final class EntryByValue<K, V> implements Comparator<Map.Entry<K, V>> {
        private final Comparator<? super V> order;

        EntryByValue(Comparator<? super V> order) {
            this.order = order;
        }

        public int compare(Map.Entry<K, V> c1, Map.Entry<K, V> c2) {
            return order.compare(c1.getValue(), c2.getValue());
        }
    }
}
