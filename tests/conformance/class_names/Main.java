package conformance.class_names;

import java.util.ArrayList;
import java.util.HashMap;

/** getClass(), Class.getName() and getSimpleName() for every kind of class and for arrays. */
public class Main {
    static class Nested {
        class Inner {
        }
    }

    interface Marker {
    }

    enum Suit {
        HEARTS,
        SPADES {
            @Override
            public String toString() {
                return "spades!";
            }
        }
    }

    record Pair(int a, int b) {
    }

    static void show(Object o) {
        Class<?> c = o.getClass();
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + (c == o.getClass()));
    }

    public static void main(String[] args) {
        show(new Main());
        show(new Nested());
        show(new Nested().new Inner());
        show(new Marker() {
        });
        show(new Object() {
        });
        class Local {
        }
        show(new Local());
        class Local2 implements Marker {
        }
        show(new Local2());
        show(Suit.HEARTS);
        show(Suit.SPADES);
        show(new Pair(1, 2));
        show("string");
        show(new StringBuilder());
        show(1);
        show(1L);
        show(1.0);
        show(1.0f);
        show('c');
        show(true);
        show((byte) 1);
        show((short) 1);
        show(new Object());
        show(new ArrayList<String>());
        show(new HashMap<String, String>());
        show(new RuntimeException());
        show(new ArithmeticException());
        show(new int[0]);
        show(new long[0]);
        show(new double[0]);
        show(new float[0]);
        show(new boolean[0]);
        show(new byte[0]);
        show(new char[0]);
        show(new short[0]);
        show(new String[0]);
        show(new Object[0]);
        show(new int[0][0]);
        show(new String[0][0][0]);
        show(new Nested[0]);
        show(new Nested.Inner[0]);
        show(new Suit[0][0]);
        System.out.println(Main.class.getName() + " " + int[].class.getName() + " " + String.class.getSimpleName());
        System.out.println((new int[0].getClass() == int[].class) + " " + ("a".getClass() == String.class) + " " + (Integer.valueOf(1).getClass() == Integer.class));
        System.out.println((new ArrayList<String>().getClass() == new ArrayList<Integer>().getClass()) + " " + (Suit.SPADES.getClass() == Suit.class) + " " + (Suit.HEARTS.getClass() == Suit.class));
        Object o = new Nested();
        System.out.println(o.getClass().getName().length() + " " + o.getClass().getSimpleName().equals("Nested"));
    }
}
