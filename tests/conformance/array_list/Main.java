package conformance.array_list;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;

/** java.util.ArrayList: growth, positional and object removal, search, iteration, equality, sorting, and its exceptions. */
public class Main {
    public static void main(String[] args) {
        ArrayList<String> list = new ArrayList<>();
        System.out.println(list + " " + list.size() + " " + list.isEmpty());
        for (String s : new String[] {"delta", "alpha", "charlie", "bravo", "echo"}) {
            list.add(s);
        }
        list.add(0, "first");
        list.add(3, "middle");
        list.add(list.size(), "last");
        System.out.println(list + " " + list.size());
        System.out.println(list.get(0) + " " + list.get(3) + " " + list.get(list.size() - 1));
        System.out.println(list.set(1, "DELTA") + " -> " + list.get(1));
        System.out.println(list.indexOf("bravo") + " " + list.indexOf("zulu") + " " + list.contains("echo") + " " + list.lastIndexOf("last"));
        System.out.println(list.remove(0) + " " + list.remove("middle") + " " + list.remove("zulu") + " " + list);
        list.add(null);
        System.out.println(list.contains(null) + " " + list.indexOf(null) + " " + list.remove(null) + " " + list);

        ArrayList<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            numbers.add(i * 3 % 1000);
        }
        long sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        System.out.println(numbers.size() + " " + sum + " " + numbers.get(999));
        numbers.remove(Integer.valueOf(3));
        numbers.remove(0);
        System.out.println(numbers.size() + " " + numbers.get(0) + " " + numbers.get(1));
        numbers.removeIf(n -> n % 2 == 1);
        System.out.println("after removeIf " + numbers.size());
        numbers.sort(null);
        System.out.println(numbers.get(0) + " " + numbers.get(1) + " " + numbers.get(numbers.size() - 1));
        numbers.sort((a, b) -> b - a);
        System.out.println(numbers.get(0) + " " + numbers.get(1));
        numbers.clear();
        System.out.println(numbers.isEmpty() + " " + numbers);

        ArrayList<String> copy = new ArrayList<>(list);
        System.out.println(copy.equals(list) + " " + (copy.hashCode() == list.hashCode()) + " " + copy.hashCode());
        copy.add("extra");
        System.out.println(copy.equals(list) + " " + copy.containsAll(list) + " " + list.containsAll(copy));
        ArrayList<String> more = new ArrayList<>();
        more.add("x");
        more.add("y");
        copy.addAll(more);
        copy.addAll(1, more);
        System.out.println(copy);
        copy.removeAll(more);
        System.out.println(copy);
        copy.retainAll(list);
        System.out.println(copy);

        Iterator<String> it = copy.iterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.length() > 5) {
                it.remove();
            }
        }
        System.out.println(copy);
        StringBuilder forEach = new StringBuilder();
        copy.forEach(s -> forEach.append(s.charAt(0)));
        System.out.println(forEach);
        Object[] asArray = copy.toArray();
        String[] typed = copy.toArray(new String[0]);
        System.out.println(asArray.length + " " + typed.length + " " + typed[0] + " " + typed.getClass().getSimpleName());

        try {
            copy.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(10): " + e.getMessage());
        }
        try {
            copy.add(-1, "bad");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("add(-1): " + e.getMessage());
        }
        try {
            copy.set(copy.size(), "bad");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("set(size): " + e.getMessage());
        }
        try {
            for (String s : copy) {
                if (s.equals("DELTA")) {
                    copy.add("boom");
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("ConcurrentModificationException");
        }
        Iterator<String> empty = new ArrayList<String>().iterator();
        try {
            empty.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        ArrayList<ArrayList<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ArrayList<Integer> row = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                row.add(i * j);
            }
            nested.add(row);
        }
        System.out.println(nested);
        ArrayList<Object> self = new ArrayList<>();
        self.add(self);
        System.out.println(self);
    }
}
