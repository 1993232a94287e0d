package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A hash table with the JDK's iteration order for the same sequence of operations: the same
 * hash spreading, power-of-two tables, load-factor thresholds and resize points, tail insertion
 * by put and head insertion by compute, computeIfAbsent and merge, and order-preserving splits.
 * Unlike the JDK, a crowded bucket is never turned into a red-black tree (the JDK does so only
 * for 9 or more keys in one bucket of a table of 64 or more); it stays a list, which can change
 * the order within such a bucket.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable,
        java.io.Serializable {

    static final int DEFAULT_INITIAL_CAPACITY = 1 << 4;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** A bucket reaching this many nodes makes the JDK treeify it, or grow a small table. */
    static final int TREEIFY_THRESHOLD = 8;
    /** Below this table size a crowded bucket grows the table instead of being treeified. */
    static final int MIN_TREEIFY_CAPACITY = 64;

    /** A bucket entry; buckets are singly linked lists in insertion order. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return value;
        }

        public final String toString() {
            return key + "=" + value;
        }

        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public final V setValue(V newValue) {
            V oldValue = value;
            value = newValue;
            return oldValue;
        }

        public final boolean equals(Object o) {
            return o == this || o instanceof Map.Entry && entryEquals(this, (Map.Entry<?, ?>) o);
        }
    }

    /** The JDK's hash spreading: the high half of hashCode folded into the low half. */
    static final int hash(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** The smallest power of two at least {@code cap} (1 for 0, capped at 2^30). */
    static final int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    transient Node<K, V>[] table;
    private transient Set<Map.Entry<K, V>> entrySet;
    private transient Set<K> keys;
    private transient Collection<V> valueView;
    transient int size;
    transient int modCount;
    /** Resize when size exceeds this; before the table exists, the initial capacity (0: default). */
    int threshold;
    final float loadFactor;

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    /** Sizes an empty table for m (or grows a full one once), then puts m's entries. */
    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                float ft = ((float) s / loadFactor) + 1.0F;
                int t = ((ft < (float) MAXIMUM_CAPACITY) ? (int) ft : MAXIMUM_CAPACITY);
                if (t > threshold) {
                    threshold = tableSizeFor(t);
                }
            } else if (s > threshold) {
                resize();
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                putVal(hash(e.getKey()), e.getKey(), e.getValue(), false, evict);
            }
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int hash = hash(key);
        for (Node<K, V> e = tab[(tab.length - 1) & hash]; e != null; e = e.next) {
            if (matches(e, hash, key)) {
                return e;
            }
        }
        return null;
    }

    private static boolean matches(Node<?, ?> e, int hash, Object key) {
        Object k = e.key;
        return e.hash == hash && (k == key || (key != null && key.equals(k)));
    }

    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    /** Appends a new node to its bucket, or replaces the value (unless onlyIfAbsent and non-null). */
    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> p = tab[i];
        Node<K, V> existing = null;
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else if (matches(p, hash, key)) {
            existing = p;
        } else {
            for (int binCount = 0; ; ++binCount) {
                Node<K, V> e = p.next;
                if (e == null) {
                    p.next = newNode(hash, key, value, null);
                    if (binCount >= TREEIFY_THRESHOLD - 1) {
                        crowdedBucket(tab);
                    }
                    break;
                }
                if (matches(e, hash, key)) {
                    existing = e;
                    break;
                }
                p = e;
            }
        }
        if (existing != null) {
            V oldValue = existing.value;
            if (!onlyIfAbsent || oldValue == null) {
                existing.value = value;
            }
            afterNodeAccess(existing);
            return oldValue;
        }
        ++modCount;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion(evict);
        return null;
    }

    /** Where the JDK treeifies a bucket: a small table grows instead; a large one is left as is. */
    private void crowdedBucket(Node<K, V>[] tab) {
        if (tab.length < MIN_TREEIFY_CAPACITY) {
            resize();
        }
    }

    /**
     * Creates the table (initial capacity or 16) or doubles it. Each bucket splits into the
     * nodes that stay at index j and those that move to j + oldCap, both in their old order.
     */
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = (oldTab == null) ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = (newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY
                    ? (int) ft : Integer.MAX_VALUE);
        }
        threshold = newThr;
        @SuppressWarnings("unchecked")
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; ++j) {
                Node<K, V> e = oldTab[j];
                if (e != null) {
                    oldTab[j] = null;
                    splitBucket(e, newTab, j, oldCap);
                }
            }
        }
        return newTab;
    }

    private static <K, V> void splitBucket(Node<K, V> e, Node<K, V>[] newTab, int j, int oldCap) {
        Node<K, V> loHead = null;
        Node<K, V> loTail = null;
        Node<K, V> hiHead = null;
        Node<K, V> hiTail = null;
        while (e != null) {
            Node<K, V> next = e.next;
            if ((e.hash & oldCap) == 0) {
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
            } else {
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
            }
            e = next;
        }
        if (loTail != null) {
            loTail.next = null;
            newTab[j] = loHead;
        }
        if (hiTail != null) {
            hiTail.next = null;
            newTab[j + oldCap] = hiHead;
        }
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false, true);
        return e == null ? null : e.value;
    }

    /** Unlinks the node for key (and, if matchValue, value); null if there is none. */
    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue,
            boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> previous = null;
        for (Node<K, V> node = tab[index]; node != null; previous = node, node = node.next) {
            if (matches(node, hash, key)) {
                if (matchValue && !Objects.equals(value, node.value)) {
                    return null;
                }
                if (previous == null) {
                    tab[index] = node.next;
                } else {
                    previous.next = node.next;
                }
                ++modCount;
                --size;
                afterNodeRemoval(node);
                return node;
            }
        }
        return null;
    }

    public void clear() {
        modCount++;
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; ++i) {
                tab[i] = null;
            }
        }
    }

    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (Node<K, V> bucket : tab) {
                for (Node<K, V> e = bucket; e != null; e = e.next) {
                    if (Objects.equals(value, e.value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public Set<K> keySet() {
        Set<K> ks = keys;
        if (ks == null) {
            ks = new KeySet();
            keys = ks;
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = valueView;
        if (vs == null) {
            vs = new Values();
            valueView = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new EntrySet();
            entrySet = es;
        }
        return es;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true, true) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        V oldValue = e.value;
        e.value = value;
        afterNodeAccess(e);
        return oldValue;
    }

    /**
     * Where compute, computeIfAbsent and merge look for {@code key}: they first grow the table
     * if the previous insertion left size above the threshold (put grows right after inserting).
     */
    private final class Probe {
        final int hash;
        final Node<K, V>[] tab;
        final int index;
        final Node<K, V> first;
        /** The node holding the key, or null. */
        final Node<K, V> old;
        /** Nodes in the bucket ahead of the key (all of them if it is absent). */
        final int binCount;

        Probe(Object key) {
            hash = hash(key);
            Node<K, V>[] t = table;
            if (size > threshold || t == null || t.length == 0) {
                t = resize();
            }
            tab = t;
            index = (t.length - 1) & hash;
            first = t[index];
            Node<K, V> found = null;
            int count = 0;
            for (Node<K, V> e = first; e != null; e = e.next) {
                if (matches(e, hash, key)) {
                    found = e;
                    break;
                }
                ++count;
            }
            old = found;
            binCount = count;
        }

        /** Puts a new node at the head of the bucket, as the JDK's compute methods do. */
        void insertAtHead(K key, V value) {
            tab[index] = newNode(hash, key, value, first);
            if (binCount >= TREEIFY_THRESHOLD - 1) {
                crowdedBucket(tab);
            }
        }
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        Probe probe = new Probe(key);
        if (probe.old != null && probe.old.value != null) {
            afterNodeAccess(probe.old);
            return probe.old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (probe.old != null) {
            probe.old.value = v;
            afterNodeAccess(probe.old);
            return v;
        }
        probe.insertAtHead(key, v);
        modCount = mc + 1;
        ++size;
        afterNodeInsertion(true);
        return v;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (v != null) {
                e.value = v;
                afterNodeAccess(e);
                return v;
            }
            removeNode(hash(key), key, null, false, true);
        }
        return null;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        Probe probe = new Probe(key);
        V oldValue = (probe.old == null) ? null : probe.old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (probe.old != null) {
            if (v != null) {
                probe.old.value = v;
                afterNodeAccess(probe.old);
            } else {
                removeNode(probe.hash, key, null, false, true);
            }
        } else if (v != null) {
            probe.insertAtHead(key, v);
            modCount = mc + 1;
            ++size;
            afterNodeInsertion(true);
        }
        return v;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        Probe probe = new Probe(key);
        Node<K, V> old = probe.old;
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(probe.hash, key, null, false, true);
            }
            return v;
        }
        probe.insertAtHead(key, value);
        ++modCount;
        ++size;
        afterNodeInsertion(true);
        return value;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length && modCount == mc; ++i) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    action.accept(e.key, e.value);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length; ++i) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    e.value = function.apply(e.key, e.value);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /** A shallow copy, sized for its entries as new HashMap(this) would be. */
    @SuppressWarnings("unchecked")
    public Object clone() {
        HashMap<K, V> result;
        try {
            result = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        result.reinitialize();
        result.putMapEntries(this, false);
        return result;
    }

    /** Empties a fresh clone (which shares this map's fields) before it is filled. */
    void reinitialize() {
        table = null;
        entrySet = null;
        keys = null;
        valueView = null;
        modCount = 0;
        threshold = 0;
        size = 0;
    }

    // Hooks for LinkedHashMap.

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<K, V>(hash, key, value, next);
    }

    void afterNodeAccess(Node<K, V> p) {
    }

    void afterNodeInsertion(boolean evict) {
    }

    void afterNodeRemoval(Node<K, V> p) {
    }

    /** The first node in iteration order, or null; LinkedHashMap iterates its own list. */
    Node<K, V> firstNode() {
        Node<K, V>[] tab = table;
        return tab == null || size == 0 ? null : nextInTable(tab, 0);
    }

    /** The node after {@code e} in iteration order, or null. */
    Node<K, V> nextNode(Node<K, V> e) {
        if (e.next != null) {
            return e.next;
        }
        Node<K, V>[] tab = table;
        return nextInTable(tab, ((tab.length - 1) & e.hash) + 1);
    }

    private static <K, V> Node<K, V> nextInTable(Node<K, V>[] tab, int from) {
        for (int i = from; i < tab.length; i++) {
            if (tab[i] != null) {
                return tab[i];
            }
        }
        return null;
    }

    /** Walks the nodes in iteration order; fails fast when the map changes underneath. */
    abstract class HashIterator {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;

        HashIterator() {
            expectedModCount = modCount;
            next = firstNode();
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = HashMap.this.nextNode(e);
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }

    final class KeyIterator extends HashIterator implements Iterator<K> {
        public K next() {
            return nextNode().key;
        }
    }

    final class ValueIterator extends HashIterator implements Iterator<V> {
        public V next() {
            return nextNode().value;
        }
    }

    final class EntryIterator extends HashIterator implements Iterator<Map.Entry<K, V>> {
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    /** Visits every node in iteration order, then fails if the map changed meanwhile. */
    final void forEachNode(Consumer<Node<K, V>> visitor) {
        int mc = modCount;
        for (Node<K, V> e = firstNode(); e != null && modCount == mc; e = nextNode(e)) {
            visitor.accept(e);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    final class KeySet extends AbstractSet<K> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<K> iterator() {
            return new KeyIterator();
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false, true) != null;
        }

        public void forEach(Consumer<? super K> action) {
            Objects.requireNonNull(action);
            forEachNode(new KeyVisitor<K, V>(action));
        }
    }

    final class Values extends AbstractCollection<V> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<V> iterator() {
            return new ValueIterator();
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public void forEach(Consumer<? super V> action) {
            Objects.requireNonNull(action);
            forEachNode(new ValueVisitor<K, V>(action));
        }
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Node<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Object key = e.getKey();
            return removeNode(hash(key), key, e.getValue(), true, true) != null;
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            forEachNode(new EntryVisitor<K, V>(action));
        }
    }

    private static final class KeyVisitor<K, V> implements Consumer<Node<K, V>> {
        private final Consumer<? super K> action;

        KeyVisitor(Consumer<? super K> action) {
            this.action = action;
        }

        public void accept(Node<K, V> node) {
            action.accept(node.key);
        }
    }

    private static final class ValueVisitor<K, V> implements Consumer<Node<K, V>> {
        private final Consumer<? super V> action;

        ValueVisitor(Consumer<? super V> action) {
            this.action = action;
        }

        public void accept(Node<K, V> node) {
            action.accept(node.value);
        }
    }

    private static final class EntryVisitor<K, V> implements Consumer<Node<K, V>> {
        private final Consumer<? super Map.Entry<K, V>> action;

        EntryVisitor(Consumer<? super Map.Entry<K, V>> action) {
            this.action = action;
        }

        public void accept(Node<K, V> node) {
            action.accept(node);
        }
    }
}
