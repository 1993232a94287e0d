package java.util;

/**
 * A window onto a TreeMap: keys between optional bounds (each inclusive or not), seen in
 * ascending or descending order. Changes go to the map; a put outside the window fails.
 * What TreeMap's navigation, sub-maps and descending maps are made of.
 */
final class Range<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {

    private final TreeMap<K, V> m;
    private final boolean fromStart;
    private final K lo;
    private final boolean loInclusive;
    private final boolean toEnd;
    private final K hi;
    private final boolean hiInclusive;
    private final boolean descending;

    Range(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
            boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            // Type (and null) checks of the bounds.
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    // ---- bounds, in the map's (ascending) order ------------------------------------------

    private boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    private boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    private boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    /** Within the bounds, taking both bounds as inclusive. */
    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    private TreeMap.Node<K, V> absLowest() {
        TreeMap.Node<K, V> e = fromStart ? m.firstNode() : m.ceilingNode(lo, !loInclusive);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Node<K, V> absHighest() {
        TreeMap.Node<K, V> e = toEnd ? m.lastNode() : m.floorNode(hi, !hiInclusive);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Node<K, V> absCeiling(K key, boolean strict) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Node<K, V> e = m.ceilingNode(key, strict);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Node<K, V> absFloor(K key, boolean strict) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Node<K, V> e = m.floorNode(key, strict);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    // ---- the same, in this view's order -------------------------------------------------

    private TreeMap.Node<K, V> lowest() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Node<K, V> highest() {
        return descending ? absLowest() : absHighest();
    }

    private TreeMap.Node<K, V> ceiling(K key, boolean strict) {
        return descending ? absFloor(key, strict) : absCeiling(key, strict);
    }

    private TreeMap.Node<K, V> floor(K key, boolean strict) {
        return descending ? absCeiling(key, strict) : absFloor(key, strict);
    }

    /** The node after e in this view, or null past the last one. */
    private TreeMap.Node<K, V> after(TreeMap.Node<K, V> e) {
        TreeMap.Node<K, V> next = descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
        return (next == null || !inRange(next.key)) ? null : next;
    }

    private static <K, V> Map.Entry<K, V> export(TreeMap.Node<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e);
    }

    private static <K> K keyOrNull(TreeMap.Node<K, ?> e) {
        return e == null ? null : e.key;
    }

    private static <K> K key(TreeMap.Node<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    // ---- Map -------------------------------------------------------------------------------

    public boolean isEmpty() {
        return (fromStart && toEnd) ? m.isEmpty() : lowest() == null;
    }

    public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int n = 0;
        for (TreeMap.Node<K, V> e = lowest(); e != null; e = after(e)) {
            n++;
        }
        return n;
    }

    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    public void clear() {
        if (fromStart && toEnd) {
            m.clear();
            return;
        }
        for (TreeMap.Node<K, V> e = lowest(); e != null; e = lowest()) {
            m.deleteNode(e);
        }
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet();
    }

    public Set<K> keySet() {
        return navigableKeySet();
    }

    // ---- NavigableMap ------------------------------------------------------------------------

    public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    public K firstKey() {
        return key(lowest());
    }

    public K lastKey() {
        return key(highest());
    }

    public Map.Entry<K, V> firstEntry() {
        return export(lowest());
    }

    public Map.Entry<K, V> lastEntry() {
        return export(highest());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        return poll(lowest());
    }

    public Map.Entry<K, V> pollLastEntry() {
        return poll(highest());
    }

    private Map.Entry<K, V> poll(TreeMap.Node<K, V> e) {
        Map.Entry<K, V> result = export(e);
        if (e != null) {
            m.deleteNode(e);
        }
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return export(floor(key, true));
    }

    public K lowerKey(K key) {
        return keyOrNull(floor(key, true));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return export(floor(key, false));
    }

    public K floorKey(K key) {
        return keyOrNull(floor(key, false));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return export(ceiling(key, false));
    }

    public K ceilingKey(K key) {
        return keyOrNull(ceiling(key, false));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return export(ceiling(key, true));
    }

    public K higherKey(K key) {
        return keyOrNull(ceiling(key, true));
    }

    public NavigableSet<K> navigableKeySet() {
        return new KeySet<K>(this);
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public NavigableMap<K, V> descendingMap() {
        return new Range<K, V>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    /** A narrower window; the new bounds are given in this view's order. */
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new Range<K, V>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }
        return new Range<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new Range<K, V>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }
        return new Range<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (descending) {
            return new Range<K, V>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }
        return new Range<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    // ---- views and iteration ------------------------------------------------------------------

    /** Walks this view's nodes; fails fast on changes not made through the iterator. */
    private final class NodeIterator implements Iterator<Map.Entry<K, V>> {
        private TreeMap.Node<K, V> next = lowest();
        private TreeMap.Node<K, V> lastReturned;
        private int expectedModCount = m.modCount();

        public boolean hasNext() {
            return next != null;
        }

        public Map.Entry<K, V> next() {
            TreeMap.Node<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (m.modCount() != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = after(e);
            lastReturned = e;
            return e;
        }

        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount() != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // Deleting a node with two children moves its successor into it.
            if (!descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteNode(lastReturned);
            expectedModCount = m.modCount();
            lastReturned = null;
        }
    }

    private final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new NodeIterator();
        }

        public int size() {
            return Range.this.size();
        }

        public boolean isEmpty() {
            return Range.this.isEmpty();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Node<K, V> node = m.getNode(key);
            return node != null && Objects.equals(node.getValue(), entry.getValue());
        }

        public boolean remove(Object o) {
            if (!contains(o)) {
                return false;
            }
            m.deleteNode(m.getNode(((Map.Entry<?, ?>) o).getKey()));
            return true;
        }

        public void clear() {
            Range.this.clear();
        }
    }
}
