package ariadne.tests.inos;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an in-OS suite printed, read from the runner's protocol (cells/suites SuiteRunner):
 * {@code CASE suite.case PASS|FAIL reason} per case and {@code SUITE suite END passed failed} at the end.
 */
public record SuiteReport(String suite, List<CaseResult> cases, boolean completed, int reportedPassed,
                          int reportedFailed) {

    public record CaseResult(String name, boolean passed, String reason) {
    }

    private static final Pattern CASE = Pattern.compile("^CASE (\\S+?)\\.(\\S+) (PASS|FAIL)(?: (.*))?$");
    private static final Pattern END = Pattern.compile("^SUITE (\\S+) END (\\d+) (\\d+)$");

    public static SuiteReport parse(String suite, String serial) {
        List<CaseResult> cases = new ArrayList<>();
        boolean completed = false;
        int passed = -1;
        int failed = -1;
        for (String line : serial.split("\r?\n")) {
            Matcher c = CASE.matcher(line);
            if (c.matches() && c.group(1).equals(suite)) {
                cases.add(new CaseResult(c.group(2), c.group(3).equals("PASS"), c.group(4) == null ? "" : c.group(4)));
            }
            Matcher e = END.matcher(line);
            if (e.matches() && e.group(1).equals(suite)) {
                completed = true;
                passed = Integer.parseInt(e.group(2));
                failed = Integer.parseInt(e.group(3));
            }
        }
        return new SuiteReport(suite, List.copyOf(cases), completed, passed, failed);
    }

    /** The suite ran to its end and its own count agrees with the lines we read. */
    public boolean consistent() {
        long passes = cases.stream().filter(CaseResult::passed).count();
        return completed && passes == reportedPassed && cases.size() - passes == reportedFailed;
    }
}
