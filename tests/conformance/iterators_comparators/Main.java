package conformance.iterators_comparators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Iterable/Iterator written by hand and used by for-each; Comparable and the Comparator combinators. */
public class Main {
    /** The Fibonacci numbers below a limit, computed lazily. */
    static final class Fibonacci implements Iterable<Long> {
        private final long limit;

        Fibonacci(long limit) {
            this.limit = limit;
        }

        @Override
        public Iterator<Long> iterator() {
            return new Iterator<Long>() {
                private long a = 0;
                private long b = 1;

                @Override
                public boolean hasNext() {
                    return a < limit;
                }

                @Override
                public Long next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("past " + limit);
                    }
                    long result = a;
                    long next = a + b;
                    a = b;
                    b = next;
                    return result;
                }
            };
        }
    }

    record Student(String name, int grade, double score) implements Comparable<Student> {
        @Override
        public int compareTo(Student o) {
            return name.compareTo(o.name);
        }
    }

    static String names(ArrayList<Student> list) {
        StringBuilder sb = new StringBuilder();
        for (Student s : list) {
            sb.append(s.name()).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (long f : new Fibonacci(1000)) {
            sb.append(f).append(' ');
        }
        System.out.println(sb);
        Iterator<Long> it = new Fibonacci(2).iterator();
        while (it.hasNext()) {
            System.out.print(it.next() + ";");
        }
        System.out.println();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException: " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: UnsupportedOperationException: " + e.getMessage());
        }
        StringBuilder viaForEach = new StringBuilder();
        new Fibonacci(100).forEach(v -> viaForEach.append(v % 10));
        System.out.println(viaForEach);

        ArrayList<Student> students = new ArrayList<>();
        String[] names = {"maria", "li", "oscar", "ada", "ken", "zoe", "ben", "eva"};
        int[] grades = {3, 2, 3, 1, 2, 1, 3, 2};
        double[] scores = {88.5, 92.0, 75.25, 92.0, 60.0, 99.5, 88.5, 70.0};
        for (int i = 0; i < names.length; i++) {
            students.add(new Student(names[i], grades[i], scores[i]));
        }
        ArrayList<Student> work = new ArrayList<>(students);
        work.sort(null);
        System.out.println("natural        " + names(work));
        work.sort(Comparator.reverseOrder());
        System.out.println("reverse        " + names(work));
        work.sort(Comparator.comparingInt(Student::grade));
        System.out.println("grade (stable) " + names(work));
        work.sort(Comparator.comparingInt(Student::grade).thenComparing(Student::name));
        System.out.println("grade, name    " + names(work));
        work.sort(Comparator.comparingDouble(Student::score).reversed().thenComparing(Comparator.naturalOrder()));
        System.out.println("score desc     " + names(work));
        work.sort(Comparator.comparing(Student::name, Comparator.comparingInt(String::length)).thenComparing(Student::score, Comparator.reverseOrder()));
        System.out.println("name length    " + names(work));
        Comparator<Student> byGradeDesc = (a, b) -> Integer.compare(b.grade(), a.grade());
        work.sort(byGradeDesc.thenComparingDouble(Student::score));
        System.out.println("custom         " + names(work));

        ArrayList<String> withNulls = new ArrayList<>();
        withNulls.add("b");
        withNulls.add(null);
        withNulls.add("a");
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);

        Comparator<String> caseInsensitive = String::compareToIgnoreCase;
        System.out.println(caseInsensitive.compare("Abc", "abd") + " " + caseInsensitive.reversed().compare("Abc", "abd") + " " + Comparator.<Integer>naturalOrder().compare(3, 3));
        Student best = students.get(0);
        for (Student s : students) {
            if (Comparator.comparingDouble(Student::score).compare(s, best) > 0) {
                best = s;
            }
        }
        System.out.println("best " + best);
        System.out.println("compareTo " + students.get(0).compareTo(students.get(1)) + " " + "b".compareTo("a") + " " + Integer.valueOf(5).compareTo(9));
    }
}
