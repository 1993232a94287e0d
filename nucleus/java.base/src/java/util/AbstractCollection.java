package java.util;

/** A collection built on iterator() and size(); add is unsupported unless overridden. */
public abstract class AbstractCollection<E> implements Collection<E> {

    protected AbstractCollection() {
    }

    public abstract Iterator<E> iterator();

    public abstract int size();

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean contains(Object o) {
        Iterator<E> each = iterator();
        while (each.hasNext()) {
            if (Objects.equals(o, each.next())) {
                return true;
            }
        }
        return false;
    }

    public Object[] toArray() {
        Object[] result = new Object[size()];
        Iterator<E> each = iterator();
        for (int i = 0; i < result.length; i++) {
            result[i] = each.next();
        }
        return result;
    }

    /** Fills {@code a} if the elements fit (a null marks the end), else a new array of a's type. */
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        T[] result = a.length >= size ? a : Arrays.copyOf(a, size);
        Iterator<E> each = iterator();
        for (int i = 0; i < size; i++) {
            result[i] = (T) each.next();
        }
        if (result.length > size) {
            result[size] = null;
        }
        return result;
    }

    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    public boolean remove(Object o) {
        Iterator<E> each = iterator();
        while (each.hasNext()) {
            if (Objects.equals(o, each.next())) {
                each.remove();
                return true;
            }
        }
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        for (Object e : c) {
            if (!contains(e)) {
                return false;
            }
        }
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            if (add(e)) {
                modified = true;
            }
        }
        return modified;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeWhere(c, true);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeWhere(c, false);
    }

    /** Removes the elements for which c.contains(e) equals {@code contained}. */
    private boolean removeWhere(Collection<?> c, boolean contained) {
        boolean modified = false;
        Iterator<E> each = iterator();
        while (each.hasNext()) {
            if (c.contains(each.next()) == contained) {
                each.remove();
                modified = true;
            }
        }
        return modified;
    }

    public void clear() {
        Iterator<E> each = iterator();
        while (each.hasNext()) {
            each.next();
            each.remove();
        }
    }

    /** "[a, b, c]"; the collection itself appears as "(this Collection)". */
    public String toString() {
        Iterator<E> each = iterator();
        if (!each.hasNext()) {
            return "[]";
        }
        StringBuilder text = new StringBuilder();
        text.append('[');
        while (true) {
            E e = each.next();
            text.append(e == this ? "(this Collection)" : e);
            if (!each.hasNext()) {
                return text.append(']').toString();
            }
            text.append(',').append(' ');
        }
    }
}
