package java.util;

/**
 * The unmodifiable, null-hostile collections of List.of, Set.of and Map.of. Sets and maps keep
 * the order their elements were given; HotSpot scrambles it with a per-run salt instead.
 */
final class ImmutableCollections {

    private static final Object[] NONE = {};
    private static final ListN<?> EMPTY_LIST = new ListN<Object>(NONE);
    private static final SetN<?> EMPTY_SET = new SetN<Object>(NONE);
    private static final MapN<?, ?> EMPTY_MAP = new MapN<Object, Object>(NONE, NONE);

    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    /** A list of copies of the references in {@code elements}, none of which may be null. */
    @SafeVarargs
    static <E> List<E> listOf(E... elements) {
        if (elements.length == 0) {
            return emptyList();
        }
        Object[] copy = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            copy[i] = Objects.requireNonNull(elements[i]);
        }
        return new ListN<E>(copy);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopyOf(Collection<? extends E> coll) {
        if (coll instanceof ListN) {
            return (List<E>) coll;
        }
        return (List<E>) listOf(coll.toArray());
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(E... elements) {
        if (elements.length == 0) {
            return (Set<E>) EMPTY_SET;
        }
        Object[] distinct = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            E e = Objects.requireNonNull(elements[i]);
            for (int j = 0; j < i; j++) {
                if (e.equals(distinct[j])) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
            }
            distinct[i] = e;
        }
        return new SetN<E>(distinct);
    }

    /** Like Set.of, but duplicates are dropped (the first one stays). */
    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopyOf(Collection<? extends E> coll) {
        if (coll instanceof SetN) {
            return (Set<E>) coll;
        }
        ArrayList<Object> distinct = new ArrayList<Object>();
        for (E e : coll) {
            if (!distinct.contains(Objects.requireNonNull(e))) {
                distinct.add(e);
            }
        }
        return (Set<E>) setOf(distinct.toArray());
    }

    /** A map of alternating keys and values: mapOf(k1, v1, k2, v2, ...). */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object... keysAndValues) {
        int n = keysAndValues.length / 2;
        if (n == 0) {
            return (Map<K, V>) EMPTY_MAP;
        }
        Object[] keys = new Object[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            Object k = Objects.requireNonNull(keysAndValues[2 * i]);
            for (int j = 0; j < i; j++) {
                if (k.equals(keys[j])) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
            }
            keys[i] = k;
            values[i] = Objects.requireNonNull(keysAndValues[2 * i + 1]);
        }
        return new MapN<K, V>(keys, values);
    }

    static <K, V> Map<K, V> mapOfEntries(Map.Entry<? extends K, ? extends V>[] entries) {
        Object[] keysAndValues = new Object[2 * entries.length];
        for (int i = 0; i < entries.length; i++) {
            keysAndValues[2 * i] = entries[i].getKey();
            keysAndValues[2 * i + 1] = entries[i].getValue();
        }
        return mapOf(keysAndValues);
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapCopyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof MapN) {
            return (Map<K, V>) map;
        }
        Object[] keysAndValues = new Object[2 * map.size()];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            keysAndValues[i++] = e.getKey();
            keysAndValues[i++] = e.getValue();
        }
        return mapOf(keysAndValues);
    }

    /** An unmodifiable list over an array it owns. */
    static final class ListN<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final Object[] elements;

        ListN(Object[] elements) {
            this.elements = elements;
        }

        /** The JDK's lists of one or two elements and its longer lists fail differently. */
        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (elements.length <= 2 && (index < 0 || index >= elements.length)) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return (E) elements[index];
        }

        public int size() {
            return elements.length;
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }
    }

    /** An unmodifiable set over an array of distinct elements it owns. */
    static final class SetN<E> extends AbstractSet<E> implements java.io.Serializable {
        private final Object[] elements;

        SetN(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            for (Object e : elements) {
                if (o.equals(e)) {
                    return true;
                }
            }
            return false;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int next;

                public boolean hasNext() {
                    return next < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (next >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[next++];
                }

                public void remove() {
                    throw uoe();
                }
            };
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }
    }

    /** An unmodifiable map over parallel arrays of distinct keys and their values. */
    static final class MapN<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private final Object[] keys;
        private final Object[] values;

        MapN(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        private int indexOf(Object key) {
            Objects.requireNonNull(key);
            for (int i = 0; i < keys.length; i++) {
                if (key.equals(keys[i])) {
                    return i;
                }
            }
            return -1;
        }

        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : (V) values[i];
        }

        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        public boolean containsValue(Object value) {
            Objects.requireNonNull(value);
            for (Object v : values) {
                if (value.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        public int size() {
            return keys.length;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int next;

                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new KeyValue<K, V>((K) keys[i], (V) values[i]);
                        }

                        public void remove() {
                            throw uoe();
                        }
                    };
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
            throw uoe();
        }

        public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }

    /** The unmodifiable entry of Map.entry and of Map.of maps; neither part may be null. */
    static final class KeyValue<K, V> implements Map.Entry<K, V> {
        private final K key;
        private final V value;

        KeyValue(K key, V value) {
            this.key = Objects.requireNonNull(key);
            this.value = Objects.requireNonNull(value);
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            throw uoe();
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && AbstractMap.entryEquals(this, (Map.Entry<?, ?>) o);
        }

        public int hashCode() {
            return key.hashCode() ^ value.hashCode();
        }

        public String toString() {
            return key + "=" + value;
        }
    }
}
