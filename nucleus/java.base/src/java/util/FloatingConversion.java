package java.util;

/**
 * %e %E %f %g %G %a %A of Float and Double (a Float is widened to double first, as in the JDK).
 * NaN ignores the sign flags; -0.0 counts as negative.
 */
final class FloatingConversion {
    private static final int DEFAULT_PRECISION = 6;

    private FloatingConversion() {
    }

    static void print(FormatSpecifier spec, StringBuilder out, Object arg) {
        double value;
        if (arg == null) {
            GeneralConversion.printText(spec, out, "null");
            return;
        } else if (arg instanceof Float) {
            value = (Float) arg;
        } else if (arg instanceof Double) {
            value = (Double) arg;
        } else {
            throw spec.mismatch(arg);
        }
        boolean upper = spec.has(FormatFlags.UPPERCASE);
        StringBuilder text = new StringBuilder();
        if (Double.isNaN(value)) {
            text.append(upper ? "NAN" : "NaN");
        } else {
            boolean negative = Double.compare(value, 0.0) < 0;
            double magnitude = Math.abs(value);
            SignedMagnitude.leadingSign(spec, text, negative);
            if (Double.isInfinite(magnitude)) {
                text.append(upper ? "INFINITY" : "Infinity");
            } else if (spec.conversion == 'a') {
                hexadecimal(spec, text, magnitude, negative);
            } else {
                decimal(spec, text, magnitude, negative);
            }
            SignedMagnitude.trailingSign(spec, text, negative);
        }
        spec.appendJustified(out, text);
    }

    private static void decimal(FormatSpecifier spec, StringBuilder text, double magnitude, boolean negative) {
        int precision = spec.precision == -1 ? DEFAULT_PRECISION : spec.precision;
        DecimalDigits digits = new DecimalDigits(magnitude);
        String exponent = null;
        StringBuilder mantissa;
        if (spec.conversion == 'f') {
            digits.roundTo(digits.exponent() + precision);
            mantissa = fixed(digits, precision);
        } else if (spec.conversion == 'e') {
            digits.roundTo(precision + 1);
            mantissa = scientific(digits, precision);
            exponent = exponentText(digits);
        } else {
            int significant = spec.precision == -1 ? DEFAULT_PRECISION : Math.max(1, spec.precision);
            digits.roundTo(significant);
            int power = digits.exponent() - 1;
            if (!digits.isZero() && (power < -4 || power >= significant)) {
                mantissa = scientific(digits, significant - 1);
                exponent = exponentText(digits);
            } else {
                precision = digits.isZero() ? significant - 1 : significant - 1 - power;
                mantissa = fixed(digits, precision);
            }
        }
        if (precision == 0 && spec.has(FormatFlags.ALTERNATE)) {
            mantissa.append('.');
        }
        int width = spec.width;
        if (width != -1 && exponent != null) {
            width -= exponent.length() + 1;
        }
        SignedMagnitude.appendMagnitude(spec, text, mantissa, 0,
                SignedMagnitude.widthBeforeParenthesis(spec, width, negative));
        if (exponent != null) {
            text.append(spec.has(FormatFlags.UPPERCASE) ? 'E' : 'e').append(exponent);
        }
    }

    /** Integer digits (at least "0"), then the point and {@code precision} fraction digits. */
    private static StringBuilder fixed(DecimalDigits digits, int precision) {
        StringBuilder mantissa = new StringBuilder();
        int point = digits.isZero() ? 0 : digits.exponent();
        if (point <= 0) {
            mantissa.append('0');
        }
        for (int i = 0; i < point; i++) {
            mantissa.append(digits.digit(i));
        }
        if (precision > 0) {
            mantissa.append('.');
            for (int i = 0; i < precision; i++) {
                mantissa.append(digits.digit(point + i));
            }
        }
        return mantissa;
    }

    /** d.ddd with {@code precision} digits after the point. */
    private static StringBuilder scientific(DecimalDigits digits, int precision) {
        StringBuilder mantissa = new StringBuilder();
        mantissa.append(digits.digit(0));
        if (precision > 0) {
            mantissa.append('.');
            for (int i = 1; i <= precision; i++) {
                mantissa.append(digits.digit(i));
            }
        }
        return mantissa;
    }

    /** Sign and at least two digits: "+00" for zero. */
    private static String exponentText(DecimalDigits digits) {
        int power = digits.isZero() ? 0 : digits.exponent() - 1;
        String magnitude = Integer.toString(Math.abs(power));
        return (power < 0 ? "-" : "+") + (magnitude.length() < 2 ? "0" : "") + magnitude;
    }

    private static void hexadecimal(FormatSpecifier spec, StringBuilder text, double magnitude, boolean negative) {
        int precision = spec.precision == -1 ? 0 : Math.max(1, spec.precision);
        String hex = HexFloat.text(magnitude, precision);
        boolean upper = spec.has(FormatFlags.UPPERCASE);
        text.append(upper ? "0X" : "0x");
        if (spec.has(FormatFlags.ZERO_PAD)) {
            boolean signed = negative || spec.has(FormatFlags.PLUS) || spec.has(FormatFlags.LEADING_SPACE);
            for (int i = hex.length() + (signed ? 3 : 2); i < spec.width; i++) {
                text.append('0');
            }
        }
        int p = hex.indexOf('p');
        String significand = hex.substring(0, p);
        if (precision != 0) {
            int fraction = significand.length() - significand.indexOf('.') - 1;
            significand += "0".repeat(Math.max(0, precision - fraction));
        }
        text.append(upper ? significand.toUpperCase() : significand);
        text.append(upper ? 'P' : 'p').append(hex, p + 1, hex.length());
    }
}
