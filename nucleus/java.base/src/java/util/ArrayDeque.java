package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A deque in a circular array that doubles when full. Null elements are rejected, as in the
 * JDK; iterators notice some concurrent changes (a removed slot) and report them.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable,
        java.io.Serializable {

    /** The slots; those outside [head, head + count) modulo the length are null. */
    transient Object[] elements;
    transient int head;
    private transient int count;

    public ArrayDeque() {
        elements = new Object[16];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[Math.max(numElements, 1)];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    private int slot(int position) {
        int i = head + position;
        return i >= elements.length ? i - elements.length : i;
    }

    @SuppressWarnings("unchecked")
    private E at(int position) {
        return (E) elements[slot(position)];
    }

    private void growIfFull() {
        if (count == elements.length) {
            Object[] larger = new Object[elements.length * 2];
            for (int i = 0; i < count; i++) {
                larger[i] = elements[slot(i)];
            }
            elements = larger;
            head = 0;
        }
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        growIfFull();
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        count++;
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        growIfFull();
        elements[slot(count)] = e;
        count++;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            addLast(e);
            modified = true;
        }
        return modified;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E pollFirst() {
        if (count == 0) {
            return null;
        }
        E e = at(0);
        elements[head] = null;
        head = slot(1);
        count--;
        return e;
    }

    public E pollLast() {
        if (count == 0) {
            return null;
        }
        int last = slot(count - 1);
        @SuppressWarnings("unchecked")
        E e = (E) elements[last];
        elements[last] = null;
        count--;
        return e;
    }

    public E getFirst() {
        if (count == 0) {
            throw new NoSuchElementException();
        }
        return at(0);
    }

    public E getLast() {
        if (count == 0) {
            throw new NoSuchElementException();
        }
        return at(count - 1);
    }

    public E peekFirst() {
        return count == 0 ? null : at(0);
    }

    public E peekLast() {
        return count == 0 ? null : at(count - 1);
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < count; i++) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = count - 1; i >= 0; i--) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at a position, closing the gap. */
    void delete(int position) {
        for (int i = position; i < count - 1; i++) {
            elements[slot(i)] = elements[slot(i + 1)];
        }
        elements[slot(count - 1)] = null;
        count--;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    /** Walks positions front to back (or back to front); remove() deletes the last returned. */
    private final class DeqIterator implements Iterator<E> {
        private final boolean descending;
        /** Elements not yet returned. */
        private int remaining = count;
        /** Position of the last element returned, -1 if none or removed. */
        private int lastRet = -1;
        private int nextPosition;

        DeqIterator(boolean descending) {
            this.descending = descending;
            nextPosition = descending ? count - 1 : 0;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            if (nextPosition < 0 || nextPosition >= count || at(nextPosition) == null) {
                throw new ConcurrentModificationException();
            }
            E e = at(nextPosition);
            lastRet = nextPosition;
            nextPosition += descending ? -1 : 1;
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            delete(lastRet);
            if (!descending) {
                nextPosition--;
            }
            lastRet = -1;
        }
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < count; i++) {
            action.accept(at(i));
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int kept = 0;
        int total = count;
        Object[] survivors = new Object[elements.length];
        for (int i = 0; i < total; i++) {
            E e = at(i);
            if (!filter.test(e)) {
                survivors[kept++] = e;
            }
        }
        if (kept == total) {
            return false;
        }
        elements = survivors;
        head = 0;
        count = kept;
        return true;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(new Membership(c, true));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(new Membership(c, false));
    }

    /** Accepts the elements whose membership in c is {@code member}. */
    private static final class Membership implements Predicate<Object> {
        private final Collection<?> c;
        private final boolean member;

        Membership(Collection<?> c, boolean member) {
            this.c = c;
            this.member = member;
        }

        public boolean test(Object e) {
            return c.contains(e) == member;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < count; i++) {
                if (o.equals(at(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = null;
        }
        head = 0;
        count = 0;
    }

    public Object[] toArray() {
        Object[] result = new Object[count];
        for (int i = 0; i < count; i++) {
            result[i] = at(i);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < count) {
            a = Arrays.copyOf(a, count);
        }
        for (int i = 0; i < count; i++) {
            a[i] = (T) at(i);
        }
        if (a.length > count) {
            a[count] = null;
        }
        return a;
    }

    /** A shallow copy: the elements themselves are not cloned. */
    public ArrayDeque<E> clone() {
        try {
            @SuppressWarnings("unchecked")
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
