package conformance.enums;

/** Enums: values, valueOf (and its exception), ordinal, name, compareTo, fields, constant-specific bodies, enum switch. */
public class Main {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        ADD("+") {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        SUB("-") {
            @Override
            int apply(int a, int b) {
                return a - b;
            }
        },
        MUL("*") {
            @Override
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    interface Describable {
        String describe();
    }

    enum Level implements Describable {
        LOW, MEDIUM, HIGH;

        static int created;

        @Override
        public String describe() {
            return name().charAt(0) + name().substring(1).toLowerCase() + "#" + ordinal();
        }

        Level next() {
            Level[] all = values();
            return all[(ordinal() + 1) % all.length];
        }
    }

    static String temperature(Color c) {
        switch (c) {
            case RED:
                return "warm";
            case BLUE:
                return "cold";
            default:
                return "neutral";
        }
    }

    static int score(Level level) {
        return switch (level) {
            case LOW -> 1;
            case MEDIUM -> 5;
            case HIGH -> {
                int s = 10;
                yield s * s;
            }
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + temperature(c) + " " + c.compareTo(Color.GREEN));
        }
        System.out.println(Color.valueOf("BLUE") == Color.BLUE);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        Color[] copy = Color.values();
        copy[0] = Color.BLUE;
        System.out.println(Color.values()[0] + " " + (copy != Color.values()));

        for (Planet p : Planet.values()) {
            System.out.println(p + " " + p.surfaceGravity());
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " " + op + " " + op.symbol + " " + op.apply(6, 3) + " "
                    + op.getDeclaringClass().getSimpleName() + " " + (op.getClass() == Op.class));
        }
        for (Level level : Level.values()) {
            System.out.println(level.describe() + " next=" + level.next() + " score=" + score(level));
        }
        Describable d = Level.HIGH;
        System.out.println(d.describe());
        System.out.println(Level.LOW.equals(Level.LOW) + " " + Level.LOW.equals(Level.HIGH) + " " + (Level.valueOf("MEDIUM") == Level.MEDIUM));
        Object o = Color.RED;
        System.out.println((o instanceof Enum) + " " + (o instanceof Comparable) + " " + (o instanceof Color));
        int[] histogram = new int[Color.values().length];
        Color[] sequence = {Color.RED, Color.BLUE, Color.BLUE, Color.GREEN, Color.BLUE};
        for (Color c : sequence) {
            histogram[c.ordinal()]++;
        }
        for (Color c : Color.values()) {
            System.out.print(c + "=" + histogram[c.ordinal()] + " ");
        }
        System.out.println();
        String word = switch (sequence[3]) {
            case RED, BLUE -> "primary-ish";
            case GREEN -> "green";
        };
        System.out.println(word);
    }
}
