package conformance.array_store;

/** Covariant object arrays and their store checks: ArrayStoreException carries the stored value's class name. */
public class Main {
    interface Shape {}
    static class Circle implements Shape {}
    static class Square implements Shape {}
    static class Base {}
    static class Sub extends Base {}

    static String store(Object[] array, Object value) {
        try {
            array[0] = value;
            return "stored " + (array[0] == value);
        } catch (ArrayStoreException e) {
            return "ArrayStoreException: " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        Object[] strings = new String[1];
        System.out.println(store(strings, "fine"));
        System.out.println(store(strings, 42));
        System.out.println(store(strings, null));
        System.out.println(store(strings, new StringBuilder("sb")));

        Object[] numbers = new Number[1];
        System.out.println(store(numbers, 1));
        System.out.println(store(numbers, 2L));
        System.out.println(store(numbers, 3.0));
        System.out.println(store(numbers, "3"));

        Object[] shapes = new Shape[1];
        System.out.println(store(shapes, new Circle()));
        System.out.println(store(shapes, new Square()));
        System.out.println(store(shapes, new Base()));

        Object[] circles = new Circle[1];
        System.out.println(store(circles, new Circle()));
        System.out.println(store(circles, new Square()));

        Object[] bases = new Base[1];
        System.out.println(store(bases, new Sub()));
        Object[] subs = new Sub[1];
        System.out.println(store(subs, new Base()));

        Object[] arrays = new int[1][];
        System.out.println(store(arrays, new int[3]));
        System.out.println(store(arrays, new long[3]));
        Object[] objectArrays = new Object[1][];
        System.out.println(store(objectArrays, new String[2]));
        System.out.println(store(objectArrays, new int[2]));
        Object[] plain = new Object[1];
        System.out.println(store(plain, new int[2]));
        System.out.println(store(plain, "anything"));

        Object[][] nested = new String[2][2];
        try {
            nested[0] = new Integer[2];
            System.out.println("no exception");
        } catch (ArrayStoreException e) {
            System.out.println("nested: " + e.getMessage());
        }
        try {
            nested[1][1] = Boolean.TRUE;
            System.out.println("no exception");
        } catch (ArrayStoreException e) {
            System.out.println("inner: " + e.getMessage());
        }

        int caught = 0;
        Object[] target = new Circle[4];
        for (int i = 0; i < 40; i++) {
            try {
                target[i % 4] = i % 3 == 0 ? new Square() : new Circle();
            } catch (ArrayStoreException e) {
                caught++;
            }
        }
        System.out.println("caught " + caught);
    }
}
