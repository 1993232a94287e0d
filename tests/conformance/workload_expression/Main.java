package conformance.workload_expression;

import java.util.HashMap;

/** Workload: a lexer, a recursive-descent parser building a tree of records, and an evaluator, over many expressions. */
public class Main {
    public static void main(String[] args) {
        HashMap<String, Double> variables = new HashMap<>();
        variables.put("x", 3.0);
        variables.put("y", -2.5);
        variables.put("rate", 0.07);
        variables.put("n", 12.0);
        String[] sources = {
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "2 ^ 3 ^ 2",
            "-x ^ 2",
            "--x",
            "10 / 4 - 10 % 4",
            "x * y + min(x, y) - max(x, -y)",
            "sqrt(x * x + y * y)",
            "1000 * (1 + rate / n) ^ (n * 10)",
            "sum(1, 2, 3, 4, 5) / sum(x)",
            "floor(7.9) + abs(y)",
            "1 / 0",
            "-1 / 0 + 1",
            "0 / 0",
            "((((x))))",
            "2 ^ -3 + 2 ^ 0.5",
            "(0 - 2) ^ 11",
            "1.5e3",
            "2 * (3 + 4",
            "2 + * 3",
            "unknown + 1",
            "foo(1)",
            "3 $ 4",
            "1.2.3 + 1",
            "max(1, 2) ,",
        };
        for (String source : sources) {
            try {
                Node tree = Parser.parse(source);
                System.out.println(source + "  =>  " + tree.prefix() + "  =  " + tree.evaluate(variables));
            } catch (ParseException | ArithmeticException e) {
                System.out.println(source + "  !!  " + e.getMessage());
            }
        }

        Node polynomial = Parser.parse("3 * x ^ 3 - 2 * x ^ 2 + x / 4 - 7");
        double area = 0;
        double step = 0.01;
        for (int i = 0; i < 400; i++) {
            variables.put("x", -2 + i * step);
            area += polynomial.evaluate(variables) * step;
        }
        System.out.println("integral " + area);

        StringBuilder generated = new StringBuilder("1");
        for (int i = 2; i <= 60; i++) {
            generated.append(i % 3 == 0 ? " * " : i % 3 == 1 ? " + " : " - ").append(i);
            if (i % 7 == 0) {
                generated.insert(0, '(').append(')');
            }
        }
        Node big = Parser.parse(generated.toString());
        System.out.println(generated);
        System.out.println("generated = " + big.evaluate(variables) + " prefix length " + big.prefix().length());
    }
}
