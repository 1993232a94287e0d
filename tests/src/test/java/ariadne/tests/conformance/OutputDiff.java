package ariadne.tests.conformance;

import java.nio.charset.StandardCharsets;

/** Explains how two outputs differ: where the first differing line is, and both versions of it. */
final class OutputDiff {
    private OutputDiff() {
    }

    /** A readable account of the first difference; call only when the outputs differ. */
    static String firstDifference(String expectedSide, byte[] expected, String actualSide, byte[] actual) {
        int at = 0;
        while (at < expected.length && at < actual.length && expected[at] == actual[at]) {
            at++;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (expected[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int labelWidth = Math.max(expectedSide.length(), actualSide.length()) + 2;
        return "outputs differ at byte " + at + " (line " + line + ")\n"
                + label(expectedSide, labelWidth) + lineAt(expected, lineStart) + "\n"
                + label(actualSide, labelWidth) + lineAt(actual, lineStart);
    }

    private static String label(String side, int width) {
        return (side + ":" + " ".repeat(width)).substring(0, width);
    }

    /** The line starting at {@code start}, quoted with its control characters visible, or a note that the output ended. */
    private static String lineAt(byte[] output, int start) {
        if (start >= output.length) {
            return "<output ends after " + output.length + " bytes>";
        }
        int end = start;
        while (end < output.length && output[end] != '\n') {
            end++;
        }
        String text = new String(output, start, end - start, StandardCharsets.UTF_8);
        String visible = text.replace("\r", "\\r").replace("\t", "\\t");
        return "\"" + visible + "\"" + (end < output.length ? "" : " <no newline, output ends>");
    }
}
