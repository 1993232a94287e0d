package conformance.workload_expression;

import java.util.ArrayList;

/** Splits an expression into tokens: numbers, names, operators and parentheses. */
final class Lexer {
    enum Kind { NUMBER, NAME, OPERATOR, LEFT, RIGHT, COMMA, END }

    record Token(Kind kind, String text, int position) {
    }

    private Lexer() {
    }

    static ArrayList<Token> tokenize(String source) {
        ArrayList<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isDigit(c) || c == '.') {
                int start = i;
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, source.substring(start, i), start));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < source.length() && Character.isLetterOrDigit(source.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, source.substring(start, i), start));
            } else if ("+-*/%^".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.OPERATOR, String.valueOf(c), i++));
            } else if (c == '(') {
                tokens.add(new Token(Kind.LEFT, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(Kind.RIGHT, ")", i++));
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", i++));
            } else {
                throw new ParseException("unexpected character '" + c + "'", i);
            }
        }
        tokens.add(new Token(Kind.END, "", source.length()));
        return tokens;
    }
}
