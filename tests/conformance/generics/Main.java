package conformance.generics;

import java.util.ArrayList;

/** Generic classes and methods, bounded types, wildcards, bridge methods, generic interfaces and erasure casts. */
public class Main {
    static class Box<T> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        void set(T value) {
            this.value = value;
        }

        <R> Box<R> map(java.util.function.Function<? super T, ? extends R> f) {
            return new Box<>(f.apply(value));
        }

        @Override
        public String toString() {
            return "Box(" + value + ")";
        }
    }

    interface Stack<E> extends Iterable<E> {
        void push(E e);

        E pop();

        boolean isEmpty();
    }

    static class LinkedStack<E> implements Stack<E> {
        private static final class Node<E> {
            final E item;
            final Node<E> next;

            Node(E item, Node<E> next) {
                this.item = item;
                this.next = next;
            }
        }

        private Node<E> head;

        @Override
        public void push(E e) {
            head = new Node<>(e, head);
        }

        @Override
        public E pop() {
            E item = head.item;
            head = head.next;
            return item;
        }

        @Override
        public boolean isEmpty() {
            return head == null;
        }

        @Override
        public java.util.Iterator<E> iterator() {
            return new java.util.Iterator<E>() {
                private Node<E> at = head;

                @Override
                public boolean hasNext() {
                    return at != null;
                }

                @Override
                public E next() {
                    E item = at.item;
                    at = at.next;
                    return item;
                }
            };
        }
    }

    static class Version implements Comparable<Version> {
        final int major;
        final int minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        @Override
        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    static <T extends Comparable<? super T>> T max(Iterable<T> items) {
        T best = null;
        for (T item : items) {
            if (best == null || item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    static double sum(Iterable<? extends Number> numbers) {
        double total = 0;
        for (Number n : numbers) {
            total += n.doubleValue();
        }
        return total;
    }

    static void fill(ArrayList<? super Integer> target, int count) {
        for (int i = 0; i < count; i++) {
            target.add(i * i);
        }
    }

    static <T> void swap(T[] array, int i, int j) {
        T tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
    }

    @SuppressWarnings("unchecked")
    static <T> T[] newArray(int n) {
        return (T[]) new Object[n];
    }

    static <K, V> String pair(K k, V v) {
        return k + "=" + v;
    }

    public static void main(String[] args) {
        Box<String> box = new Box<>("hello");
        Box<Integer> length = box.map(String::length);
        System.out.println(box + " " + length + " " + (length.get() + 1));
        box.set("changed");
        System.out.println(box.get().toUpperCase());

        Stack<Version> stack = new LinkedStack<>();
        stack.push(new Version(1, 2));
        stack.push(new Version(2, 0));
        stack.push(new Version(1, 10));
        System.out.println("max " + max(stack));
        StringBuilder sb = new StringBuilder();
        for (Version v : stack) {
            sb.append(v).append(' ');
        }
        System.out.println(sb);
        while (!stack.isEmpty()) {
            System.out.print(stack.pop() + ";");
        }
        System.out.println();

        Comparable<Version> raw = new Version(3, 1);
        System.out.println(raw.compareTo(new Version(3, 0)));

        ArrayList<Number> numbers = new ArrayList<>();
        numbers.add(1.5);
        numbers.add(2);
        numbers.add(3L);
        fill(numbers, 4);
        System.out.println(numbers + " sum " + sum(numbers));
        ArrayList<Object> objects = new ArrayList<>();
        fill(objects, 3);
        System.out.println(objects);

        String[] words = {"a", "b", "c"};
        swap(words, 0, 2);
        System.out.println(words[0] + words[1] + words[2]);
        Integer[] ints = {1, 2};
        swap(ints, 0, 1);
        System.out.println(ints[0] + " " + ints[1]);

        Object[] generic = Main.<String>newArray(2);
        generic[0] = "x";
        generic[1] = 5;
        System.out.println(generic[0] + " " + generic[1] + " " + generic.getClass().getSimpleName());

        System.out.println(pair("k", 1) + " " + Main.<Integer, String>pair(2, "v"));

        Box<Box<Integer>> boxed = new Box<>(new Box<>(9));
        System.out.println(boxed + " " + (boxed.get().get() * 2));
        Box rawBox = boxed;
        rawBox.set("raw");
        System.out.println(rawBox.get());
        try {
            Box<Integer> inner = boxed.get();
            System.out.println(inner);
        } catch (ClassCastException e) {
            System.out.println("erasure cast: ClassCastException");
        }
    }
}
