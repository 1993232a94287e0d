package conformance.linked_list_deque;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.NoSuchElementException;

/** java.util.LinkedList and ArrayDeque as lists, stacks and queues, with their iteration orders and empty-collection behaviour. */
public class Main {
    public static void main(String[] args) {
        LinkedList<Integer> linked = new LinkedList<>();
        for (int i = 0; i < 5; i++) {
            linked.add(i);
            linked.addFirst(-i);
        }
        System.out.println(linked + " " + linked.size());
        System.out.println(linked.getFirst() + " " + linked.getLast() + " " + linked.peek() + " " + linked.peekLast() + " " + linked.get(4));
        System.out.println(linked.removeFirst() + " " + linked.removeLast() + " " + linked.poll() + " " + linked.pollLast() + " " + linked);
        linked.add(2, 100);
        linked.remove(Integer.valueOf(0));
        linked.remove(0);
        linked.set(1, 55);
        System.out.println(linked + " " + linked.indexOf(55) + " " + linked.contains(100));
        linked.push(7);
        linked.offer(8);
        linked.offerFirst(6);
        System.out.println(linked + " pop " + linked.pop() + " " + linked);
        Iterator<Integer> descending = linked.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (descending.hasNext()) {
            sb.append(descending.next()).append(' ');
        }
        System.out.println("descending " + sb);
        Iterator<Integer> it = linked.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("odd only " + linked);
        LinkedList<String> emptyList = new LinkedList<>();
        System.out.println(emptyList.peek() + " " + emptyList.poll() + " " + emptyList.pollLast());
        try {
            emptyList.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("getFirst on empty: NoSuchElementException");
        }
        try {
            emptyList.get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(0) on empty: " + e.getMessage());
        }

        ArrayDeque<String> stack = new ArrayDeque<>();
        for (String s : new String[] {"to", "be", "or", "not", "to", "be"}) {
            stack.push(s);
        }
        System.out.println(stack + " " + stack.size() + " peek " + stack.peek());
        StringBuilder popped = new StringBuilder();
        while (!stack.isEmpty()) {
            popped.append(stack.pop()).append(' ');
        }
        System.out.println("popped " + popped);

        ArrayDeque<Integer> queue = new ArrayDeque<>(2);
        for (int i = 0; i < 40; i++) {
            queue.offer(i);
            if (i % 3 == 2) {
                queue.poll();
            }
        }
        System.out.println(queue.size() + " head " + queue.peekFirst() + " tail " + queue.peekLast());
        System.out.println(queue);
        queue.addFirst(-1);
        queue.addLast(99);
        System.out.println(queue.pollFirst() + " " + queue.pollLast() + " " + queue.removeFirst() + " " + queue.removeLast() + " " + queue.contains(20) + " " + queue.contains(99));
        long sum = 0;
        for (int v : queue) {
            sum += v;
        }
        System.out.println("sum " + sum);
        Iterator<Integer> back = queue.descendingIterator();
        System.out.println("last via descending " + back.next());
        queue.clear();
        System.out.println(queue.poll() + " " + queue.peek() + " " + queue.isEmpty());
        try {
            queue.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty: NoSuchElementException");
        }
        try {
            queue.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("null element: NullPointerException");
        }

        ArrayDeque<int[]> bfs = new ArrayDeque<>();
        boolean[][] seen = new boolean[6][6];
        bfs.add(new int[] {0, 0, 0});
        seen[0][0] = true;
        int farthest = 0;
        int visited = 0;
        while (!bfs.isEmpty()) {
            int[] cell = bfs.remove();
            visited++;
            farthest = Math.max(farthest, cell[2]);
            int[][] moves = {{1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}};
            for (int[] m : moves) {
                int r = cell[0] + m[0];
                int c = cell[1] + m[1];
                if (r >= 0 && r < 6 && c >= 0 && c < 6 && !seen[r][c]) {
                    seen[r][c] = true;
                    bfs.add(new int[] {r, c, cell[2] + 1});
                }
            }
        }
        System.out.println("knight bfs visited " + visited + " farthest " + farthest);
    }
}
