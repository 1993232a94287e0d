package conformance.hash_map_set;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * java.util.HashMap and HashSet: put/get/remove, null keys and values, colliding keys, resizing,
 * merge/compute helpers, equality and hashCode. Contents are printed in sorted order, since
 * iteration order is not part of the contract.
 */
public class Main {
    /** Many keys share a hash code, so buckets hold long chains. */
    static final class Key implements Comparable<Key> {
        final int id;

        Key(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return id % 4;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        @Override
        public int compareTo(Key o) {
            return Integer.compare(id, o.id);
        }

        @Override
        public String toString() {
            return "K" + id;
        }
    }

    static <K extends Comparable<K>, V> String sorted(Map<K, V> map) {
        ArrayList<K> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        StringBuilder sb = new StringBuilder("{");
        for (K k : keys) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(k).append('=').append(map.get(k));
        }
        return sb.append('}').toString();
    }

    static <E extends Comparable<E>> String sorted(HashSet<E> set) {
        ArrayList<E> items = new ArrayList<>(set);
        items.sort(null);
        return items.toString();
    }

    /** The words of a text separated by single spaces. */
    static ArrayList<String> words(String text) {
        ArrayList<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return words;
    }

    public static void main(String[] args) {
        HashMap<String, Integer> ages = new HashMap<>();
        System.out.println(ages.put("ann", 31) + " " + ages.put("bob", 25) + " " + ages.put("ann", 32) + " " + ages.size());
        System.out.println(ages.get("ann") + " " + ages.get("zed") + " " + ages.containsKey("bob") + " " + ages.containsValue(25) + " " + ages.containsValue(31));
        System.out.println(ages.getOrDefault("zed", -1) + " " + ages.putIfAbsent("bob", 99) + " " + ages.putIfAbsent("cy", 40) + " " + sorted(ages));
        System.out.println(ages.remove("bob") + " " + ages.remove("bob") + " " + sorted(ages));
        ages.put(null, 0);
        ages.put("nullValue", null);
        System.out.println(ages.get(null) + " " + ages.containsKey(null) + " " + ages.get("nullValue") + " " + ages.containsKey("nullValue") + " " + ages.size());
        ages.remove(null);
        ages.remove("nullValue");

        String text = "the cat and the dog and the bird saw a cat";
        HashMap<String, Integer> counts = new HashMap<>();
        for (String w : words(text)) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println(sorted(counts));
        HashMap<Integer, ArrayList<String>> byLength = new HashMap<>();
        for (String w : words(text)) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        System.out.println(sorted(byLength));
        counts.computeIfPresent("cat", (k, v) -> v * 100);
        counts.compute("emu", (k, v) -> v == null ? 1 : v + 1);
        counts.compute("the", (k, v) -> null);
        System.out.println(sorted(counts));
        counts.replaceAll((k, v) -> v + k.length());
        System.out.println(sorted(counts));

        HashMap<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            squares.put(i * 7919 % 10007, i);
        }
        long keySum = 0;
        long valueSum = 0;
        for (Map.Entry<Integer, Integer> e : squares.entrySet()) {
            keySum += e.getKey();
            valueSum += e.getValue();
        }
        System.out.println(squares.size() + " " + keySum + " " + valueSum + " " + squares.get(7919) + " " + squares.hashCode());
        for (int i = 0; i < 2000; i += 2) {
            squares.remove(i * 7919 % 10007);
        }
        System.out.println(squares.size() + " " + squares.containsKey(0) + " " + squares.containsKey(7919));

        HashMap<Key, String> colliding = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            colliding.put(new Key(i), "v" + i);
        }
        colliding.remove(new Key(13));
        colliding.put(new Key(4), "replaced");
        System.out.println(colliding.size() + " " + colliding.get(new Key(4)) + " " + colliding.get(new Key(13)) + " " + colliding.get(new Key(39)));
        System.out.println(sorted(colliding));

        HashMap<String, Integer> same = new HashMap<>();
        same.put("a", 1);
        same.put("b", 2);
        HashMap<String, Integer> other = new HashMap<>();
        other.put("b", 2);
        other.put("a", 1);
        System.out.println(same.equals(other) + " " + (same.hashCode() == other.hashCode()) + " " + same.hashCode());
        other.put("c", 3);
        System.out.println(same.equals(other) + " " + same.keySet().containsAll(other.keySet()) + " " + other.keySet().containsAll(same.keySet()));
        long valueTotal = 0;
        for (int v : other.values()) {
            valueTotal += v;
        }
        System.out.println("values " + valueTotal);

        HashSet<String> set = new HashSet<>();
        System.out.println(set.add("x") + " " + set.add("y") + " " + set.add("x") + " " + set.size() + " " + set.contains("y") + " " + set.remove("y") + " " + set.remove("y"));
        HashSet<Integer> evens = new HashSet<>();
        HashSet<Integer> threes = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            if (i % 2 == 0) {
                evens.add(i);
            }
            if (i % 3 == 0) {
                threes.add(i);
            }
        }
        HashSet<Integer> both = new HashSet<>(evens);
        both.retainAll(threes);
        HashSet<Integer> either = new HashSet<>(evens);
        either.addAll(threes);
        HashSet<Integer> onlyEven = new HashSet<>(evens);
        onlyEven.removeAll(threes);
        System.out.println(sorted(both) + " " + either.size() + " " + sorted(onlyEven));
        HashSet<Integer> copy = new HashSet<>(both);
        System.out.println(copy.equals(both) + " " + (copy.hashCode() == both.hashCode()) + " " + both.hashCode());
        set.add(null);
        System.out.println(set.contains(null) + " " + set.size());
        HashSet<Character> letters = new HashSet<>();
        for (char c : "mississippi".toCharArray()) {
            letters.add(c);
        }
        System.out.println(sorted(letters));
    }
}
