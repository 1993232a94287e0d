package conformance.workload_expression;

import java.util.ArrayList;

/**
 * Recursive descent with precedence climbing:
 * expression := term (('+'|'-') term)*, term := factor (('*'|'/'|'%') factor)*,
 * factor := unary ('^' factor)?, unary := '-' unary | primary.
 */
final class Parser {
    private final ArrayList<Lexer.Token> tokens;
    private int next;

    private Parser(ArrayList<Lexer.Token> tokens) {
        this.tokens = tokens;
    }

    static Node parse(String source) {
        Parser parser = new Parser(Lexer.tokenize(source));
        Node result = parser.expression();
        parser.expect(Lexer.Kind.END);
        return result;
    }

    private Lexer.Token peek() {
        return tokens.get(next);
    }

    private boolean atOperator(String operators) {
        Lexer.Token t = peek();
        return t.kind() == Lexer.Kind.OPERATOR && operators.contains(t.text());
    }

    private Lexer.Token expect(Lexer.Kind kind) {
        Lexer.Token t = peek();
        if (t.kind() != kind) {
            throw new ParseException("expected " + kind + " but found " + t.kind() + (t.text().isEmpty() ? "" : " '" + t.text() + "'"), t.position());
        }
        next++;
        return t;
    }

    private Node expression() {
        Node left = term();
        while (atOperator("+-")) {
            char op = tokens.get(next++).text().charAt(0);
            left = new Node.Binary(op, left, term());
        }
        return left;
    }

    private Node term() {
        Node left = factor();
        while (atOperator("*/%")) {
            char op = tokens.get(next++).text().charAt(0);
            left = new Node.Binary(op, left, factor());
        }
        return left;
    }

    private Node factor() {
        Node base = unary();
        if (atOperator("^")) {
            next++;
            return new Node.Binary('^', base, factor());
        }
        return base;
    }

    private Node unary() {
        if (atOperator("-")) {
            next++;
            return new Node.Negate(unary());
        }
        return primary();
    }

    private Node primary() {
        Lexer.Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                next++;
                try {
                    return new Node.Number(Double.parseDouble(t.text()));
                } catch (NumberFormatException e) {
                    throw new ParseException("bad number " + t.text(), t.position());
                }
            case NAME:
                next++;
                if (peek().kind() == Lexer.Kind.LEFT) {
                    next++;
                    ArrayList<Node> arguments = new ArrayList<>();
                    if (peek().kind() != Lexer.Kind.RIGHT) {
                        arguments.add(expression());
                        while (peek().kind() == Lexer.Kind.COMMA) {
                            next++;
                            arguments.add(expression());
                        }
                    }
                    expect(Lexer.Kind.RIGHT);
                    return new Node.Call(t.text(), arguments, t.position());
                }
                return new Node.Variable(t.text(), t.position());
            case LEFT:
                next++;
                Node inner = expression();
                expect(Lexer.Kind.RIGHT);
                return inner;
            default:
                throw new ParseException("unexpected " + t.kind(), t.position());
        }
    }
}
