package conformance.objects_lib;

import java.util.Comparator;
import java.util.Objects;

/** java.util.Objects and the equals/hashCode/toString contracts of user classes. */
public class Main {
    static final class Money {
        private final String currency;
        private final long cents;

        Money(String currency, long cents) {
            this.currency = Objects.requireNonNull(currency, "currency");
            this.cents = cents;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Money)) {
                return false;
            }
            Money other = (Money) o;
            return cents == other.cents && currency.equals(other.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, cents);
        }

        @Override
        public String toString() {
            return currency + " " + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
        }
    }

    public static void main(String[] args) {
        Money a = new Money("EUR", 1250);
        Money b = new Money("EUR", 1250);
        Money c = new Money("USD", 1250);
        System.out.println(a + " " + b + " " + c + " " + new Money("GBP", 5));
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a.hashCode() == b.hashCode()) + " " + a.hashCode() + " " + c.hashCode());
        System.out.println(Objects.equals(null, null) + " " + Objects.equals(a, null) + " " + Objects.equals(null, a) + " " + Objects.equals(a, b));
        System.out.println(Objects.hashCode(null) + " " + Objects.hashCode("abc") + " " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "two", 3.0, null));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "fallback") + " " + Objects.toString(a, "unused"));
        System.out.println(Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.isNull(a));
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElse("first", "else"));
        System.out.println(Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()));
        System.out.println(Objects.checkIndex(2, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        try {
            new Money(null, 1);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull without message: " + e.getMessage());
        }
        Object plain = new Object();
        System.out.println(plain.equals(plain) + " " + plain.equals(new Object()) + " " + (plain.hashCode() == plain.hashCode()));
        String text = "hash";
        System.out.println(text.hashCode() + " " + Objects.hashCode(text) + " " + Boolean.hashCode(true) + " " + Long.hashCode(-1L) + " " + Double.hashCode(-0.0));
        System.out.println(Integer.valueOf(5).equals(5) + " " + "x".equals(new String("x")) + " " + new StringBuilder("x").equals(new StringBuilder("x")));
    }
}
