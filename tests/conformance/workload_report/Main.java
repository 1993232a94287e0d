package conformance.workload_report;

import java.util.ArrayList;
import java.util.Formatter;
import java.util.List;

/**
 * Workload: a printf-heavy report writer. Simulates a year of sales for a small product
 * catalogue with a deterministic generator, then prints monthly ledgers, a ranked summary
 * table with aligned, grouped and signed columns, a histogram and a statistics block.
 */
public class Main {
    record Product(int id, String name, String category, double unitPrice) {
    }

    static final class Ledger {
        final Product product;
        final int[] units = new int[12];
        final double[] revenue = new double[12];

        Ledger(Product product) {
            this.product = product;
        }

        int totalUnits() {
            int sum = 0;
            for (int u : units) {
                sum += u;
            }
            return sum;
        }

        double totalRevenue() {
            double sum = 0;
            for (double r : revenue) {
                sum += r;
            }
            return sum;
        }
    }

    static long seed = 0x5DEECE66DL;

    static int next(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    static List<Product> catalogue() {
        String[] names = {"thread spool", "bronze lamp", "wax tablet", "olive oil", "clay amphora", "linen cloak",
            "labyrinth map", "minotaur horn", "ship sail", "harbour rope", "lyre", "fig basket"};
        String[] categories = {"textile", "metal", "stationery", "food", "pottery", "textile", "stationery",
            "curio", "textile", "marine", "music", "food"};
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            double price = (next(90000) + 250) / 100.0;
            products.add(new Product(0xA000 + i * 37, names[i], categories[i], price));
        }
        return products;
    }

    static List<Ledger> simulate(List<Product> products) {
        List<Ledger> ledgers = new ArrayList<>();
        for (Product product : products) {
            Ledger ledger = new Ledger(product);
            for (int month = 0; month < 12; month++) {
                int units = next(400) + (month == 11 ? 150 : 0);
                double discount = next(5) == 0 ? 0.85 : 1.0;
                ledger.units[month] = units;
                ledger.revenue[month] = units * product.unitPrice() * discount;
            }
            ledgers.add(ledger);
        }
        return ledgers;
    }

    static void catalogueTable(List<Product> products) {
        System.out.println("== Catalogue ==");
        System.out.printf("%-8s %-15s %-11s %10s%n", "id", "name", "category", "price");
        for (Product p : products) {
            System.out.printf("%08X %-15.15s %-11s %10.2f%n", p.id(), p.name(), p.category(), p.unitPrice());
        }
        System.out.println();
    }

    static void monthlyLedger(List<Ledger> ledgers) {
        System.out.println("== Units by month ==");
        StringBuilder header = new StringBuilder(String.format("%-14s", "product"));
        for (String month : MONTHS) {
            header.append(String.format("%5s", month));
        }
        System.out.println(header.append(String.format("%8s", "total")));
        int[] columnTotals = new int[12];
        for (Ledger ledger : ledgers) {
            Formatter row = new Formatter();
            row.format("%-14.14s", ledger.product.name());
            for (int month = 0; month < 12; month++) {
                row.format("%5d", ledger.units[month]);
                columnTotals[month] += ledger.units[month];
            }
            row.format("%,8d", ledger.totalUnits());
            System.out.println(row);
        }
        StringBuilder totals = new StringBuilder(String.format("%-14s", "all"));
        int grand = 0;
        for (int total : columnTotals) {
            totals.append(String.format("%5d", total));
            grand += total;
        }
        System.out.println(totals.append(String.format("%,8d", grand)));
        System.out.println();
    }

    static void rankedSummary(List<Ledger> ledgers) {
        List<Ledger> ranked = new ArrayList<>(ledgers);
        ranked.sort((a, b) -> Double.compare(b.totalRevenue(), a.totalRevenue()));
        double all = 0;
        for (Ledger ledger : ranked) {
            all += ledger.totalRevenue();
        }
        System.out.println("== Revenue ranking ==");
        System.out.printf("%4s  %-15s %16s %7s %10s %9s%n", "rank", "product", "revenue", "share", "vs mean", "H2/H1");
        double mean = all / ranked.size();
        int rank = 1;
        for (Ledger ledger : ranked) {
            double revenue = ledger.totalRevenue();
            double firstHalf = 0;
            double secondHalf = 0;
            for (int month = 0; month < 12; month++) {
                if (month < 6) {
                    firstHalf += ledger.revenue[month];
                } else {
                    secondHalf += ledger.revenue[month];
                }
            }
            System.out.printf("%4d. %-15s %,16.2f %6.2f%% %+10.1f %9.3f%n", rank++, ledger.product.name(), revenue,
                    100 * revenue / all, revenue - mean, secondHalf / firstHalf);
        }
        System.out.printf("%-21s %,16.2f %6.2f%%%n", "total", all, 100.0);
        System.out.printf("%-21s %(,16.2f%n", "loss carried", -all / 40);
        System.out.println();
    }

    static void histogram(List<Ledger> ledgers) {
        System.out.println("== Units per product ==");
        int max = 0;
        for (Ledger ledger : ledgers) {
            max = Math.max(max, ledger.totalUnits());
        }
        for (Ledger ledger : ledgers) {
            int bar = ledger.totalUnits() * 40 / max;
            System.out.printf("%-14s|%-40s|%5.1f%%%n", ledger.product.name(), "#".repeat(bar),
                    100.0 * ledger.totalUnits() / max);
        }
        System.out.println();
    }

    static void statistics(List<Ledger> ledgers) {
        System.out.println("== Statistics ==");
        List<String> categories = new ArrayList<>();
        for (Ledger ledger : ledgers) {
            if (!categories.contains(ledger.product.category())) {
                categories.add(ledger.product.category());
            }
        }
        categories.sort(null);
        for (String category : categories) {
            int count = 0;
            double sum = 0;
            double sumSquares = 0;
            for (Ledger ledger : ledgers) {
                if (ledger.product.category().equals(category)) {
                    for (double r : ledger.revenue) {
                        count++;
                        sum += r;
                        sumSquares += r * r;
                    }
                }
            }
            double mean = sum / count;
            double variance = sumSquares / count - mean * mean;
            System.out.println(String.format("%-10s n=%3d mean=%11.4f var=%.4e cv=%.3g sum=%a", category, count,
                    mean, variance, Math.sqrt(variance) / mean, Math.floor(sum)));
        }
        double[] probes = {0.125, 0.15, 2.5, 1e-5, 123456789.0, 0.0005, 9.995};
        for (double probe : probes) {
            System.out.println("%s -> %.2f | %.0f | %.3e | %g | %10.4G".formatted(probe, probe, probe, probe, probe,
                    probe));
        }
        System.out.printf("%2$s %1$s, %<s again; %3$5.1f%% done%n", "world", "hello", 99.95);
    }

    public static void main(String[] args) {
        List<Product> products = catalogue();
        List<Ledger> ledgers = simulate(products);
        catalogueTable(products);
        monthlyLedger(ledgers);
        rankedSummary(ledgers);
        histogram(ledgers);
        statistics(ledgers);
    }
}
