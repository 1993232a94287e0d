package conformance.workload_sorting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;

/**
 * Workload: sorting and searching over collections. Generates an order book with a fixed
 * pseudo-random sequence, sorts it several ways (library sort, a hand-written merge sort and
 * quicksort, which must agree), searches it, groups it and summarises it.
 */
public class Main {
    record Order(int id, String customer, String product, int quantity, long cents) {
        long total() {
            return quantity * cents;
        }
    }

    static final class Random {
        private long state;

        Random(long seed) {
            state = seed;
        }

        int next(int bound) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (int) ((state >>> 33) % bound);
        }
    }

    static final String[] CUSTOMERS = {"acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell", "cyberdyne", "wonka"};
    static final String[] PRODUCTS = {"bolt", "nut", "gear", "spring", "valve", "pump", "hose", "fan"};

    static <T> void mergeSort(ArrayList<T> list, Comparator<? super T> cmp) {
        if (list.size() < 2) {
            return;
        }
        ArrayList<T> left = new ArrayList<>();
        ArrayList<T> right = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            (i < list.size() / 2 ? left : right).add(list.get(i));
        }
        mergeSort(left, cmp);
        mergeSort(right, cmp);
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < left.size() && j < right.size()) {
            list.set(k++, cmp.compare(left.get(i), right.get(j)) <= 0 ? left.get(i++) : right.get(j++));
        }
        while (i < left.size()) {
            list.set(k++, left.get(i++));
        }
        while (j < right.size()) {
            list.set(k++, right.get(j++));
        }
    }

    static void quickSort(long[] a, int lo, int hi) {
        while (lo < hi) {
            long pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quickSort(a, lo, j);
                lo = i;
            } else {
                quickSort(a, i, hi);
                hi = j;
            }
        }
    }

    /** Index of the first element not less than key, in a sorted array. */
    static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static String ids(ArrayList<Order> orders, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count && i < orders.size(); i++) {
            sb.append(orders.get(i).id()).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        Random random = new Random(2024);
        ArrayList<Order> orders = new ArrayList<>();
        for (int id = 1; id <= 400; id++) {
            orders.add(new Order(id, CUSTOMERS[random.next(CUSTOMERS.length)], PRODUCTS[random.next(PRODUCTS.length)],
                    1 + random.next(20), 50 + random.next(5000)));
        }
        System.out.println("orders " + orders.size() + " first " + orders.get(0) + " last " + orders.get(399));

        Comparator<Order> byTotal = Comparator.comparingLong(Order::total).reversed().thenComparingInt(Order::id);
        ArrayList<Order> library = new ArrayList<>(orders);
        library.sort(byTotal);
        ArrayList<Order> merged = new ArrayList<>(orders);
        mergeSort(merged, byTotal);
        System.out.println("top by total " + ids(library, 10) + " agree " + library.equals(merged));
        for (int i = 0; i < 3; i++) {
            System.out.println("  " + library.get(i) + " total " + library.get(i).total());
        }

        Comparator<Order> byCustomerProduct = Comparator.comparing(Order::customer).thenComparing(Order::product).thenComparing(Order::quantity, Comparator.reverseOrder());
        ArrayList<Order> grouped = new ArrayList<>(orders);
        grouped.sort(byCustomerProduct);
        ArrayList<Order> grouped2 = new ArrayList<>(orders);
        mergeSort(grouped2, byCustomerProduct);
        System.out.println("by customer/product " + ids(grouped, 12) + " agree " + grouped.equals(grouped2));

        long[] totals = new long[orders.size()];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = orders.get(i).total();
        }
        long[] viaQuick = totals.clone();
        quickSort(viaQuick, 0, viaQuick.length - 1);
        long[] viaLibrary = totals.clone();
        java.util.Arrays.sort(viaLibrary);
        System.out.println("quicksort agrees " + java.util.Arrays.equals(viaQuick, viaLibrary) + " min " + viaQuick[0] + " median " + viaQuick[200] + " max " + viaQuick[399]);
        long[] probes = {0, 1000, 25000, 50000, 99999, 1000000};
        for (long p : probes) {
            int at = lowerBound(viaQuick, p);
            System.out.println("orders below " + p + ": " + at + (at < viaQuick.length ? " next " + viaQuick[at] : ""));
        }

        HashMap<String, Long> revenue = new HashMap<>();
        HashMap<String, HashSet<String>> productsByCustomer = new HashMap<>();
        for (Order o : orders) {
            revenue.merge(o.customer(), o.total(), Long::sum);
            productsByCustomer.computeIfAbsent(o.customer(), c -> new HashSet<>()).add(o.product());
        }
        ArrayList<String> customers = new ArrayList<>(revenue.keySet());
        customers.sort(Comparator.comparing((String c) -> revenue.get(c)).reversed());
        for (String c : customers) {
            ArrayList<String> products = new ArrayList<>(productsByCustomer.get(c));
            products.sort(null);
            System.out.println(c + " " + revenue.get(c) + " " + products);
        }

        ArrayDeque<Order> window = new ArrayDeque<>();
        long windowSum = 0;
        long bestWindow = 0;
        int bestEnd = 0;
        for (Order o : orders) {
            window.addLast(o);
            windowSum += o.total();
            if (window.size() > 25) {
                windowSum -= window.removeFirst().total();
            }
            if (windowSum > bestWindow) {
                bestWindow = windowSum;
                bestEnd = o.id();
            }
        }
        System.out.println("best 25-order window ends at " + bestEnd + " with " + bestWindow);

        LinkedList<Order> big = new LinkedList<>();
        for (Order o : library) {
            if (o.quantity() >= 18) {
                big.add(o);
            }
        }
        System.out.println("bulk orders " + big.size() + " first " + big.getFirst().id() + " last " + big.getLast().id());
        HashSet<Integer> seen = new HashSet<>();
        int duplicates = 0;
        for (Order o : orders) {
            if (!seen.add((int) (o.total() % 997))) {
                duplicates++;
            }
        }
        System.out.println("total mod 997 collisions " + duplicates);
    }
}
