package conformance.workload_expression;

import java.util.ArrayList;
import java.util.HashMap;

/** The expression tree: evaluation against variables and a prefix rendering. */
interface Node {
    double evaluate(HashMap<String, Double> variables);

    String prefix();

    record Number(double value) implements Node {
        @Override
        public double evaluate(HashMap<String, Double> variables) {
            return value;
        }

        @Override
        public String prefix() {
            return String.valueOf(value);
        }
    }

    record Variable(String name, int position) implements Node {
        @Override
        public double evaluate(HashMap<String, Double> variables) {
            Double value = variables.get(name);
            if (value == null) {
                throw new ParseException("unknown variable " + name, position);
            }
            return value;
        }

        @Override
        public String prefix() {
            return name;
        }
    }

    record Negate(Node operand) implements Node {
        @Override
        public double evaluate(HashMap<String, Double> variables) {
            return -operand.evaluate(variables);
        }

        @Override
        public String prefix() {
            return "(neg " + operand.prefix() + ")";
        }
    }

    record Binary(char operator, Node left, Node right) implements Node {
        @Override
        public double evaluate(HashMap<String, Double> variables) {
            double a = left.evaluate(variables);
            double b = right.evaluate(variables);
            switch (operator) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                case '^': return power(a, b);
                default: throw new IllegalStateException("operator " + operator);
            }
        }

        /** Integer powers by repeated squaring, so the result is the same on every JVM (Math.pow may differ in the last bit). */
        private static double power(double base, double exponent) {
            if (exponent != Math.floor(exponent) || Math.abs(exponent) > 1024) {
                throw new ArithmeticException("unsupported exponent " + exponent);
            }
            double result = 1;
            double square = base;
            for (long e = (long) Math.abs(exponent); e > 0; e >>= 1) {
                if ((e & 1) == 1) {
                    result *= square;
                }
                square *= square;
            }
            return exponent < 0 ? 1 / result : result;
        }

        @Override
        public String prefix() {
            return "(" + operator + " " + left.prefix() + " " + right.prefix() + ")";
        }
    }

    record Call(String function, ArrayList<Node> arguments, int position) implements Node {
        @Override
        public double evaluate(HashMap<String, Double> variables) {
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(variables);
            }
            switch (function) {
                case "min": return Math.min(values[0], values[1]);
                case "max": return Math.max(values[0], values[1]);
                case "abs": return Math.abs(values[0]);
                case "sqrt": return Math.sqrt(values[0]);
                case "floor": return Math.floor(values[0]);
                case "sum": {
                    double total = 0;
                    for (double v : values) {
                        total += v;
                    }
                    return total;
                }
                default: throw new ParseException("unknown function " + function, position);
            }
        }

        @Override
        public String prefix() {
            StringBuilder sb = new StringBuilder("(").append(function);
            for (Node argument : arguments) {
                sb.append(' ').append(argument.prefix());
            }
            return sb.append(')').toString();
        }
    }
}
