package java.util;

/** A map built on entrySet(); put is unsupported unless overridden. */
public abstract class AbstractMap<K, V> implements Map<K, V> {

    private transient Set<K> keySet;
    private transient Collection<V> values;

    protected AbstractMap() {
    }

    public int size() {
        return entrySet().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e : entrySet()) {
            if (Objects.equals(value, e.getValue())) {
                return true;
            }
        }
        return false;
    }

    public boolean containsKey(Object key) {
        return entryFor(key) != null;
    }

    public V get(Object key) {
        Entry<K, V> e = entryFor(key);
        return e == null ? null : e.getValue();
    }

    private Entry<K, V> entryFor(Object key) {
        for (Entry<K, V> e : entrySet()) {
            if (Objects.equals(key, e.getKey())) {
                return e;
            }
        }
        return null;
    }

    public V put(K key, V value) {
        throw new UnsupportedOperationException();
    }

    public V remove(Object key) {
        Iterator<Entry<K, V>> each = entrySet().iterator();
        while (each.hasNext()) {
            Entry<K, V> e = each.next();
            if (Objects.equals(key, e.getKey())) {
                V oldValue = e.getValue();
                each.remove();
                return oldValue;
            }
        }
        return null;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public void clear() {
        entrySet().clear();
    }

    public Set<K> keySet() {
        Set<K> keys = keySet;
        if (keys == null) {
            keys = new KeyView();
            keySet = keys;
        }
        return keys;
    }

    public Collection<V> values() {
        Collection<V> vals = values;
        if (vals == null) {
            vals = new ValueView();
            values = vals;
        }
        return vals;
    }

    public abstract Set<Entry<K, V>> entrySet();

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size()) {
            return false;
        }
        try {
            for (Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (value == null) {
                    if (!(m.get(key) == null && m.containsKey(key))) {
                        return false;
                    }
                } else if (!value.equals(m.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (Entry<K, V> entry : entrySet()) {
            h += entry.hashCode();
        }
        return h;
    }

    /** "{k1=v1, k2=v2}"; the map itself appears as "(this Map)". */
    public String toString() {
        Iterator<Entry<K, V>> each = entrySet().iterator();
        if (!each.hasNext()) {
            return "{}";
        }
        StringBuilder text = new StringBuilder();
        text.append('{');
        while (true) {
            Entry<K, V> e = each.next();
            K key = e.getKey();
            V value = e.getValue();
            text.append(key == this ? "(this Map)" : key);
            text.append('=');
            text.append(value == this ? "(this Map)" : value);
            if (!each.hasNext()) {
                return text.append('}').toString();
            }
            text.append(',').append(' ');
        }
    }

    protected Object clone() throws CloneNotSupportedException {
        AbstractMap<?, ?> result = (AbstractMap<?, ?>) super.clone();
        result.keySet = null;
        result.values = null;
        return result;
    }

    /** The keys of entrySet(), as a view. */
    private final class KeyView extends AbstractSet<K> {
        public Iterator<K> iterator() {
            final Iterator<Entry<K, V>> entries = entrySet().iterator();
            return new Iterator<K>() {
                public boolean hasNext() {
                    return entries.hasNext();
                }

                public K next() {
                    return entries.next().getKey();
                }

                public void remove() {
                    entries.remove();
                }
            };
        }

        public int size() {
            return AbstractMap.this.size();
        }

        public boolean isEmpty() {
            return AbstractMap.this.isEmpty();
        }

        public void clear() {
            AbstractMap.this.clear();
        }

        public boolean contains(Object k) {
            return AbstractMap.this.containsKey(k);
        }
    }

    /** The values of entrySet(), as a view. */
    private final class ValueView extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            final Iterator<Entry<K, V>> entries = entrySet().iterator();
            return new Iterator<V>() {
                public boolean hasNext() {
                    return entries.hasNext();
                }

                public V next() {
                    return entries.next().getValue();
                }

                public void remove() {
                    entries.remove();
                }
            };
        }

        public int size() {
            return AbstractMap.this.size();
        }

        public boolean isEmpty() {
            return AbstractMap.this.isEmpty();
        }

        public void clear() {
            AbstractMap.this.clear();
        }

        public boolean contains(Object v) {
            return AbstractMap.this.containsValue(v);
        }
    }

    /** A mutable key-value pair. */
    public static class SimpleEntry<K, V> implements Entry<K, V>, java.io.Serializable {
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleEntry(Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && entryEquals(this, (Map.Entry<?, ?>) o);
        }

        public int hashCode() {
            return entryHash(key, value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    /** An immutable key-value pair. */
    public static class SimpleImmutableEntry<K, V> implements Entry<K, V>, java.io.Serializable {
        private final K key;
        private final V value;

        public SimpleImmutableEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleImmutableEntry(Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && entryEquals(this, (Map.Entry<?, ?>) o);
        }

        public int hashCode() {
            return entryHash(key, value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    /** Map.Entry's equality: same key and same value. */
    static boolean entryEquals(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
        return Objects.equals(a.getKey(), b.getKey()) && Objects.equals(a.getValue(), b.getValue());
    }

    /** Map.Entry's hash: key hash XOR value hash. */
    static int entryHash(Object key, Object value) {
        return Objects.hashCode(key) ^ Objects.hashCode(value);
    }
}
