package conformance.exit_status;

/** System.exit ends the program at once with its status: later code and pending finally blocks do not run. */
public class Main {
    static int checksum(String text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum = sum * 31 + text.charAt(i);
        }
        return sum;
    }

    public static void main(String[] args) {
        String[] words = {"exit", "status", "three"};
        int status = 0;
        for (String w : words) {
            System.out.println(w + " " + checksum(w));
            status = w.length() == 5 ? 3 : status;
        }
        try {
            System.out.println("exiting with " + status);
            System.exit(status);
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("must not be printed");
    }
}
