package conformance.cast_messages;

/** ClassCastException messages name both classes and where they come from, exactly as HotSpot words them. */
public class Main {
    static class Apple {}
    static class Pear {}
    interface Fruit {}

    static void cast(String label, Object o, int target) {
        try {
            Object result;
            switch (target) {
                case 0: result = (String) o; break;
                case 1: result = (Integer) o; break;
                case 2: result = (Apple) o; break;
                case 3: result = (Fruit) o; break;
                case 4: result = (Object[]) o; break;
                case 5: result = (int[]) o; break;
                default: result = (Number) o; break;
            }
            System.out.println(label + ": ok " + (result != null));
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        cast("Integer as String", 1, 0);
        cast("String as Integer", "s", 1);
        cast("Pear as Apple", new Pear(), 2);
        cast("Apple as String", new Apple(), 0);
        cast("String as Apple", "s", 2);
        cast("Pear as Fruit", new Pear(), 3);
        cast("int[] as Object[]", new int[1], 4);
        cast("String[] as int[]", new String[1], 5);
        cast("Apple[] as int[]", new Apple[1], 5);
        cast("Boolean as Number", true, 6);
        cast("Double as Number", 1.0, 6);
    }
}
