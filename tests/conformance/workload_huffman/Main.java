package conformance.workload_huffman;

import java.util.ArrayList;
import java.util.HashMap;

/** Workload: Huffman coding. Builds the code with a hand-written binary heap, encodes into a bit array, decodes and checks the round trip. */
public class Main {
    abstract static class Tree {
        final int weight;
        final int order;

        Tree(int weight, int order) {
            this.weight = weight;
            this.order = order;
        }

        /** Ties on weight are broken by creation order, so the code does not depend on the heap's internals. */
        boolean before(Tree other) {
            return weight != other.weight ? weight < other.weight : order < other.order;
        }
    }

    static final class Leaf extends Tree {
        final char symbol;

        Leaf(char symbol, int weight, int order) {
            super(weight, order);
            this.symbol = symbol;
        }
    }

    static final class Branch extends Tree {
        final Tree zero;
        final Tree one;

        Branch(Tree zero, Tree one, int order) {
            super(zero.weight + one.weight, order);
            this.zero = zero;
            this.one = one;
        }
    }

    static final class Heap {
        private Tree[] items = new Tree[4];
        private int size;

        void push(Tree t) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            int i = size++;
            items[i] = t;
            while (i > 0 && items[i].before(items[(i - 1) / 2])) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        Tree pop() {
            Tree top = items[0];
            items[0] = items[--size];
            items[size] = null;
            int i = 0;
            while (true) {
                int smallest = i;
                int l = 2 * i + 1;
                int r = l + 1;
                if (l < size && items[l].before(items[smallest])) {
                    smallest = l;
                }
                if (r < size && items[r].before(items[smallest])) {
                    smallest = r;
                }
                if (smallest == i) {
                    return top;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        int size() {
            return size;
        }

        private void swap(int a, int b) {
            Tree t = items[a];
            items[a] = items[b];
            items[b] = t;
        }
    }

    static void assign(Tree t, String prefix, HashMap<Character, String> codes) {
        if (t instanceof Leaf) {
            codes.put(((Leaf) t).symbol, prefix.isEmpty() ? "0" : prefix);
        } else {
            Branch b = (Branch) t;
            assign(b.zero, prefix + '0', codes);
            assign(b.one, prefix + '1', codes);
        }
    }

    public static void main(String[] args) {
        StringBuilder input = new StringBuilder();
        String[] phrases = {"she sells sea shells by the sea shore ", "peter piper picked a peck of pickled peppers ", "how much wood would a woodchuck chuck "};
        for (int i = 0; i < 12; i++) {
            input.append(phrases[i % 3]);
        }
        String text = input.toString();
        int[] counts = new int[128];
        for (int i = 0; i < text.length(); i++) {
            counts[text.charAt(i)]++;
        }
        Heap heap = new Heap();
        int order = 0;
        for (char c = 0; c < 128; c++) {
            if (counts[c] > 0) {
                heap.push(new Leaf(c, counts[c], order++));
            }
        }
        System.out.println("symbols " + heap.size() + " characters " + text.length());
        while (heap.size() > 1) {
            Tree a = heap.pop();
            Tree b = heap.pop();
            heap.push(new Branch(a, b, order++));
        }
        Tree root = heap.pop();
        HashMap<Character, String> codes = new HashMap<>();
        assign(root, "", codes);
        ArrayList<Character> symbols = new ArrayList<>(codes.keySet());
        symbols.sort((a, b) -> codes.get(a).length() != codes.get(b).length() ? codes.get(a).length() - codes.get(b).length() : Character.compare(a, b));
        for (char c : symbols) {
            System.out.println("'" + c + "' x" + counts[c] + " -> " + codes.get(c));
        }

        boolean[] bits = new boolean[text.length() * 16];
        int bitCount = 0;
        for (int i = 0; i < text.length(); i++) {
            for (char b : codes.get(text.charAt(i)).toCharArray()) {
                bits[bitCount++] = b == '1';
            }
        }
        byte[] packed = new byte[(bitCount + 7) / 8];
        for (int i = 0; i < bitCount; i++) {
            if (bits[i]) {
                packed[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        int checksum = 0;
        for (byte b : packed) {
            checksum = checksum * 31 + (b & 0xff);
        }
        System.out.println("encoded bits " + bitCount + " bytes " + packed.length + " ratio " + (bitCount * 1000L / (text.length() * 8L)) + " permille checksum " + checksum);

        StringBuilder decoded = new StringBuilder();
        Tree at = root;
        for (int i = 0; i < bitCount; i++) {
            boolean bit = (packed[i / 8] & (0x80 >>> (i % 8))) != 0;
            at = bit ? ((Branch) at).one : ((Branch) at).zero;
            if (at instanceof Leaf) {
                decoded.append(((Leaf) at).symbol);
                at = root;
            }
        }
        System.out.println("round trip " + decoded.toString().equals(text) + " decoded length " + decoded.length());
        System.out.println(decoded.substring(0, 60));
    }
}
