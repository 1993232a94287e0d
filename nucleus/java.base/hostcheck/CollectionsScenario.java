package PACKAGE;

import java.util.*;
import java.util.function.*;

/**
 * A deterministic random workout of the collections. run.sh compiles it twice: once in the
 * package of the dialect's copied java.util classes (which then shadow the JDK's) and once
 * against the JDK; the two transcripts must be equal.
 */
public final class CollectionsScenario {

    private static final StringBuilder out = new StringBuilder();

    /** A key whose hash collides a lot, to fill buckets. */
    static final class Clash implements Comparable<Clash> {
        final int id;

        Clash(int id) {
            this.id = id;
        }

        public int hashCode() {
            return id % 7 * 65536;
        }

        public boolean equals(Object o) {
            return o instanceof Clash && ((Clash) o).id == id;
        }

        public int compareTo(Clash o) {
            return Integer.compare(id, o.id);
        }

        public String toString() {
            return "c" + id;
        }
    }

    private interface Step {
        Object run();
    }

    private static void log(String what, Step step) {
        String result;
        try {
            result = String.valueOf(step.run());
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        out.append(what).append(" -> ").append(result).append('\n');
    }

    public static void main(String[] args) {
        for (int seed = 0; seed < 300; seed++) {
            maps(seed, new HashMap<Object, Integer>(), "HashMap");
            maps(seed, new LinkedHashMap<Object, Integer>(), "LinkedHashMap");
            maps(seed, new LinkedHashMap<Object, Integer>(4, 0.75f, true), "LinkedHashMap(access)");
            maps(seed, new HashMap<Object, Integer>(seed % 40), "HashMap(cap)");
            lists(seed, new ArrayList<Integer>(), "ArrayList");
            lists(seed, new LinkedList<Integer>(), "LinkedList");
            deques(seed, new ArrayDeque<Integer>(), "ArrayDeque");
            deques(seed, new LinkedList<Integer>(), "LinkedList(deque)");
            sets(seed);
            sortedMaps(seed);
            priorityQueues(seed);
            randoms(seed);
        }
        fixed();
        System.out.print(out);
    }

    private static Object key(Random random, int kind) {
        switch (kind) {
            case 0:
                return random.nextInt(50);
            case 1:
                return random.nextInt(100000) - 50000;
            case 2:
                return "k" + random.nextInt(300);
            default:
                return new Clash(random.nextInt(40));
        }
    }

    private static void maps(int seed, Map<Object, Integer> map, String name) {
        Random random = new Random(seed);
        int kind = seed % 4;
        int steps = 20 + random.nextInt(400);
        for (int i = 0; i < steps; i++) {
            Object k = key(random, kind);
            int v = random.nextInt(1000);
            switch (random.nextInt(16)) {
                case 0: case 1: case 2: case 3:
                    map.put(k, v);
                    break;
                case 4:
                    map.remove(k);
                    break;
                case 5:
                    map.computeIfAbsent(k, x -> v % 3 == 0 ? null : v);
                    break;
                case 6:
                    map.merge(k, v, (a, b) -> (a + b) % 5 == 0 ? null : a + b);
                    break;
                case 7:
                    map.compute(k, (a, b) -> b == null ? (Integer) v : (b % 4 == 0 ? null : b + 1));
                    break;
                case 8:
                    map.putIfAbsent(k, v);
                    break;
                case 9:
                    map.computeIfPresent(k, (a, b) -> b % 2 == 0 ? null : b * 2);
                    break;
                case 10:
                    map.get(k);
                    out.append(map.getOrDefault(k, -1)).append(' ');
                    break;
                case 11: {
                    Iterator<Object> it = map.keySet().iterator();
                    int skip = random.nextInt(5);
                    while (it.hasNext()) {
                        it.next();
                        if (skip-- == 0) {
                            it.remove();
                        }
                    }
                    break;
                }
                case 12:
                    map.values().remove(v);
                    map.entrySet().removeIf(e -> e.getValue() % 17 == 0);
                    break;
                case 13:
                    if (random.nextInt(20) == 0) {
                        map.clear();
                    }
                    break;
                case 14:
                    map.replace(k, v);
                    map.replaceAll((a, b) -> b + 1);
                    break;
                default:
                    map.remove(k, v);
                    break;
            }
        }
        out.append(name).append(' ').append(seed).append(": ").append(map).append(' ').append(map.size())
                .append(' ').append(map.hashCode()).append('\n');
        out.append("  keys ").append(map.keySet()).append(" values ").append(map.values()).append('\n');
        if (!(map instanceof LinkedHashMap)) {
            HashMap<Object, Integer> copy = new HashMap<Object, Integer>(map);
            out.append("  copy ").append(copy).append(' ').append(copy.equals(map)).append('\n');
            @SuppressWarnings("unchecked")
            HashMap<Object, Integer> clone = (HashMap<Object, Integer>) ((HashMap<Object, Integer>) map).clone();
            clone.put("extra", 1);
            out.append("  clone ").append(clone).append('\n');
            HashMap<Object, Integer> grown = new HashMap<Object, Integer>();
            grown.put("first", 0);
            grown.putAll(map);
            out.append("  putAll ").append(grown).append('\n');
            StringBuilder each = new StringBuilder();
            map.forEach((a, b) -> each.append(a).append(':').append(b).append(';'));
            out.append("  forEach ").append(each).append('\n');
        }
    }

    private static void lists(int seed, List<Integer> list, String name) {
        Random random = new Random(seed);
        int steps = 10 + random.nextInt(200);
        for (int i = 0; i < steps; i++) {
            int v = random.nextInt(100);
            int index = random.nextInt(list.size() + 3) - 1;
            int op = random.nextInt(14);
            switch (op) {
                case 0: case 1: case 2:
                    list.add(v);
                    break;
                case 3:
                    log(name + ".add(" + index + ")", () -> { list.add(index, v); return list; });
                    break;
                case 4:
                    log(name + ".remove(" + index + ")", () -> list.remove(index));
                    break;
                case 5:
                    log(name + ".set(" + index + ")", () -> list.set(index, v));
                    break;
                case 6:
                    log(name + ".get(" + index + ")", () -> list.get(index));
                    break;
                case 7:
                    log(name + ".remove(Object)", () -> list.remove((Object) v));
                    log(name + ".indexOf", () -> list.indexOf(v) + " " + list.lastIndexOf(v) + " " + list.contains(v));
                    break;
                case 8:
                    log(name + ".removeIf", () -> list.removeIf(x -> x % 7 == v % 7));
                    break;
                case 9: {
                    int to = index + random.nextInt(4) - 1;
                    log(name + ".subList(" + index + "," + to + ")", () -> {
                        List<Integer> sub = list.subList(index, to);
                        sub.add(v);
                        if (!sub.isEmpty()) {
                            sub.remove(0);
                        }
                        return sub + " " + list;
                    });
                    break;
                }
                case 10:
                    log(name + ".sort", () -> {
                        list.sort(v % 2 == 0 ? null : Comparator.<Integer>reverseOrder());
                        return list;
                    });
                    break;
                case 11:
                    log(name + ".iterator", () -> {
                        ListIterator<Integer> it = list.listIterator();
                        while (it.hasNext()) {
                            int x = it.next();
                            if (x % 5 == 0) {
                                it.remove();
                            } else if (x % 5 == 1) {
                                it.add(x + 1000);
                            } else if (x % 5 == 2) {
                                it.set(x + 1);
                            }
                        }
                        return list;
                    });
                    break;
                case 12:
                    log(name + ".addAll(" + index + ")", () -> list.addAll(index, List.of(v, v + 1)));
                    log(name + ".retainAll", () -> list.retainAll(new HashSet<Integer>(List.of(1, 2, 3, 1000 + v))) ? "y" : "n");
                    break;
                default:
                    log(name + ".cme", () -> {
                        for (Integer x : list) {
                            if (x == v) {
                                list.add(x);
                            }
                        }
                        return "done";
                    });
                    break;
            }
        }
        out.append(name).append(' ').append(seed).append(": ").append(list).append(' ').append(list.hashCode())
                .append(' ').append(Arrays.toString(list.toArray(new Integer[2]))).append('\n');
        Collections.reverse(list);
        Collections.rotate(list, seed - 5);
        out.append("  reversed+rotated ").append(list).append('\n');
        if (!list.isEmpty()) {
            out.append("  max ").append(Collections.max(list)).append(" min ").append(Collections.min(list))
                    .append(" freq ").append(Collections.frequency(list, list.get(0))).append('\n');
        }
        Collections.sort(list);
        out.append("  sorted ").append(list).append(" search ").append(Collections.binarySearch(list, 50)).append('\n');
    }

    private static void deques(int seed, Deque<Integer> deque, String name) {
        Random random = new Random(seed);
        int steps = 10 + random.nextInt(300);
        for (int i = 0; i < steps; i++) {
            int v = random.nextInt(100);
            switch (random.nextInt(12)) {
                case 0: deque.addFirst(v); break;
                case 1: deque.addLast(v); break;
                case 2: deque.push(v); break;
                case 3: deque.offer(v); break;
                case 4: log(name + ".pop", () -> deque.pop()); break;
                case 5: log(name + ".pollLast", () -> deque.pollLast()); break;
                case 6: log(name + ".removeLast", () -> deque.removeLast()); break;
                case 7: log(name + ".peek", () -> deque.peekFirst() + " " + deque.peekLast() + " " + deque.peek()); break;
                case 8: log(name + ".getFirst", () -> deque.getFirst() + " " + deque.element()); break;
                case 9: log(name + ".removeOccurrence", () -> deque.removeFirstOccurrence(v) + " " + deque.removeLastOccurrence(v + 1)); break;
                case 10: {
                    Iterator<Integer> it = deque.descendingIterator();
                    while (it.hasNext()) {
                        if (it.next() % 3 == 0) {
                            it.remove();
                        }
                    }
                    break;
                }
                default: {
                    Iterator<Integer> it = deque.iterator();
                    while (it.hasNext()) {
                        if (it.next() % 4 == 0) {
                            it.remove();
                        }
                    }
                    break;
                }
            }
        }
        out.append(name).append(' ').append(seed).append(": ").append(deque).append(' ').append(deque.size())
                .append(' ').append(deque.contains(7)).append('\n');
    }

    private static void sets(int seed) {
        Random random = new Random(seed);
        HashSet<Object> set = new HashSet<Object>();
        LinkedHashSet<Object> linked = new LinkedHashSet<Object>();
        int kind = seed % 4;
        for (int i = 0; i < 200; i++) {
            Object k = key(random, kind);
            if (random.nextInt(4) == 0) {
                set.remove(k);
                linked.remove(k);
            } else {
                set.add(k);
                linked.add(k);
            }
        }
        HashSet<Object> copy = new HashSet<Object>(linked);
        out.append("sets ").append(seed).append(": ").append(set).append(' ').append(linked).append(' ')
                .append(copy).append(' ').append(set.equals(linked)).append(' ').append(set.hashCode()).append('\n');
        copy.retainAll(List.of(1, 2, 3, 4, 5, "k1", "k2"));
        out.append("  retained ").append(copy).append('\n');
    }

    private static void sortedMaps(int seed) {
        Random random = new Random(seed);
        TreeMap<Integer, String> map = seed % 2 == 0 ? new TreeMap<Integer, String>()
                : new TreeMap<Integer, String>(Comparator.<Integer>reverseOrder());
        TreeSet<String> set = new TreeSet<String>();
        for (int i = 0; i < 150; i++) {
            int k = random.nextInt(100);
            switch (random.nextInt(6)) {
                case 0:
                case 1:
                case 2:
                    map.put(k, "v" + i);
                    set.add("s" + k);
                    break;
                case 3:
                    map.remove(k);
                    set.remove("s" + k);
                    break;
                case 4: {
                    Iterator<Map.Entry<Integer, String>> it = (k % 2 == 0 ? map : map.descendingMap()).entrySet().iterator();
                    while (it.hasNext()) {
                        if (it.next().getKey() % 7 == k % 7) {
                            it.remove();
                        }
                    }
                    break;
                }
                default:
                    log("nav " + k, () -> map.floorKey(k) + " " + map.ceilingKey(k) + " " + map.lowerKey(k) + " "
                            + map.higherKey(k) + " " + map.floorEntry(k) + " " + set.ceiling("s" + k) + " " + set.lower("s" + k));
                    break;
            }
        }
        int a = random.nextInt(100);
        int b = random.nextInt(100);
        out.append("treemap ").append(seed).append(": ").append(map).append(' ').append(map.size()).append('\n');
        log("  head/tail", () -> map.headMap(a) + " " + map.tailMap(a, false) + " " + map.descendingMap().headMap(b, true));
        log("  sub", () -> map.subMap(Math.min(a, b), Math.max(a, b)) + " " + map.subMap(a, true, b, true));
        log("  sub.desc", () -> map.descendingMap().subMap(Math.max(a, b), true, Math.min(a, b), false));
        log("  sub.sub", () -> map.subMap(Math.min(a, b), true, Math.max(a, b), true).subMap(a, b).size());
        log("  first/last", () -> map.firstKey() + " " + map.lastEntry() + " " + map.pollFirstEntry() + " " + map.pollLastEntry() + " " + map);
        log("  views", () -> map.keySet() + " " + map.values() + " " + map.descendingKeySet() + " " + map.navigableKeySet().headSet(a, true));
        log("  put out of range", () -> map.headMap(a).put(a + 1, "x"));
        log("  sub range", () -> map.subMap(b, a));
        out.append("treeset ").append(seed).append(": ").append(set).append(' ').append(set.descendingSet())
                .append(' ').append(set.headSet("s5")).append(' ').append(set.subSet("s2", "s6")).append(' ')
                .append(set.tailSet("s8", false)).append('\n');
        log("  poll", () -> set.pollFirst() + " " + set.pollLast() + " " + set.first() + " " + set.last() + " " + set);
        log("  clear head", () -> {
            set.headSet("s4").clear();
            return set + " " + set.size();
        });
    }

    private static void priorityQueues(int seed) {
        Random random = new Random(seed);
        PriorityQueue<Integer> queue = seed % 3 == 0 ? new PriorityQueue<Integer>(Comparator.<Integer>reverseOrder())
                : new PriorityQueue<Integer>();
        for (int i = 0; i < 200; i++) {
            int v = random.nextInt(100);
            switch (random.nextInt(5)) {
                case 0:
                case 1:
                    queue.add(v);
                    break;
                case 2:
                    log("pq.poll", () -> queue.poll() + " " + queue.peek());
                    break;
                case 3:
                    queue.remove(v);
                    break;
                default: {
                    Iterator<Integer> it = queue.iterator();
                    while (it.hasNext()) {
                        if (it.next() % 5 == v % 5) {
                            it.remove();
                        }
                    }
                    break;
                }
            }
        }
        PriorityQueue<Integer> copy = new PriorityQueue<Integer>(new ArrayList<Integer>(queue));
        out.append("pq ").append(seed).append(": ").append(queue).append(' ').append(copy).append(' ')
                .append(Arrays.toString(queue.toArray())).append('\n');
    }

    private static void randoms(int seed) {
        Random random = new Random(seed * 31L - 7);
        byte[] bytes = new byte[seed % 9];
        random.nextBytes(bytes);
        out.append("random ").append(seed).append(": ").append(random.nextInt()).append(' ')
                .append(random.nextInt(seed + 1)).append(' ').append(random.nextInt(1 << (seed % 31))).append(' ')
                .append(random.nextLong()).append(' ').append(random.nextBoolean()).append(' ')
                .append(random.nextFloat()).append(' ').append(random.nextDouble()).append(' ')
                .append(random.nextGaussian()).append(' ').append(random.nextGaussian()).append(' ')
                .append(Arrays.toString(bytes)).append('\n');
    }

    private static void fixed() {
        log("joiner", () -> {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            StringJoiner empty = new StringJoiner("-").setEmptyValue("EMPTY");
            String before = j.toString() + " " + j.length() + " " + empty;
            j.add("a").add("b").add(null);
            StringJoiner other = new StringJoiner("+", "<", ">").add("x").add("y");
            return before + " " + j + " " + j.merge(other) + " " + j.length() + " " + String.join("|", List.of("p", "q"));
        });
        log("optional", () -> Optional.of(3).map(x -> x * 2) + " " + Optional.empty() + " "
                + Optional.ofNullable(null).orElse("none") + " " + Optional.of("v").filter(v -> v.isEmpty())
                + " " + Optional.of(1).equals(Optional.of(1)) + " " + Optional.of(5).hashCode());
        log("optional.get", () -> Optional.empty().get());
        log("random.bound", () -> new Random(1).nextInt(0));
        log("List.of", () -> List.of(1, 2, 3));
        log("List.of.add", () -> List.of(1, 2, 3).add(4));
        log("List.of.null", () -> List.of(1, null));
        log("List.of.get", () -> List.of(1, 2).get(2));
        log("List.of.get3", () -> List.of(1, 2, 3).get(-1));
        log("Set.of.dup", () -> Set.of(1, 2, 1));
        log("Map.of.dup", () -> Map.of(1, 2, 1, 3));
        log("Map.entry", () -> Map.entry("a", 1));
        log("emptyList", () -> Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.emptySet());
        log("unmodifiable", () -> Collections.unmodifiableList(new ArrayList<Integer>(List.of(1, 2))).add(3));
        log("unmodifiable.toString", () -> Collections.unmodifiableMap(new HashMap<String, Integer>(Map.of("a", 1))));
        log("nCopies", () -> Collections.nCopies(3, "x"));
        log("singleton", () -> Collections.singletonList(5) + " " + Collections.singleton(6) + " " + Collections.singletonMap("k", 7));
        log("ArrayList(-1)", () -> new ArrayList<Integer>(-1));
        log("HashMap(-1)", () -> new HashMap<Integer, Integer>(-1));
        log("self", () -> {
            List<Object> self = new ArrayList<Object>();
            self.add(self);
            Map<Object, Object> m = new HashMap<Object, Object>();
            m.put(m, m);
            return self + " " + m;
        });
        log("subList.bad", () -> new ArrayList<Integer>(List.of(1, 2, 3)).subList(2, 1));
        log("subList.bad2", () -> new ArrayList<Integer>(List.of(1, 2, 3)).subList(-1, 1));
        log("subList.bad3", () -> new LinkedList<Integer>(List.of(1, 2, 3)).subList(0, 4));
        log("it.end", () -> new ArrayList<Integer>().iterator().next());
        log("map.it.end", () -> new HashMap<Integer, Integer>().keySet().iterator().next());
        log("deque.null", () -> { new ArrayDeque<Integer>().add(null); return null; });
        log("deque.empty", () -> new ArrayDeque<Integer>().removeFirst());
        log("linked.empty", () -> new LinkedList<Integer>().getFirst());
        log("it.remove.twice", () -> {
            Iterator<Integer> it = new ArrayList<Integer>(List.of(1, 2)).iterator();
            it.next();
            it.remove();
            it.remove();
            return null;
        });
        log("entry.sort", () -> {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(Map.of("b", 2, "a", 3, "c", 1).entrySet());
            entries.sort(Map.Entry.comparingByValue());
            String byValue = entries.toString();
            entries.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
            return byValue + " " + entries;
        });
        log("reverseOrder", () -> {
            List<Integer> l = new ArrayList<Integer>(List.of(3, 1, 2));
            l.sort(Collections.reverseOrder());
            return l;
        });
        log("toArray", () -> Arrays.toString(new LinkedList<Integer>(List.of(1, 2)).toArray(new Integer[4])));
        log("equals", () -> new ArrayList<Integer>(List.of(1, 2)).equals(new LinkedList<Integer>(List.of(1, 2)))
                + " " + List.of(1, 2).hashCode() + " " + Set.of(1, 2).equals(new HashSet<Integer>(List.of(2, 1))));
    }
}
