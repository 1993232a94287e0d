package ariadne.imagewriter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell that opts into the state-spill checker fails the build on a violation, with file and line. */
class OwnershipPassTest {
    @TempDir
    Path root;

    private CellCatalog cellWith(String properties, String source) throws IOException, BuildException {
        Path dir = root.resolve("cells/demo");
        Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(dir.resolve(CellDescriptor.FILE_NAME), properties);
        Files.writeString(dir.resolve("src/demo/Counter.java"), source);
        return CellCatalog.scan(root);
    }

    private static final String LEAKY = """
            package demo;
            public final class Counter {
                public static int[] counts = new int[4];
            }
            """;

    @Test
    void aViolationInACheckedCellFailsTheBuild() throws Exception {
        CellCatalog catalog = cellWith("name=demo\nversion=1\nchecked=true\n", LEAKY);
        BuildException e = assertThrows(BuildException.class,
                () -> OwnershipPass.check(catalog, catalog.get("demo"), Map.of(), BuildLog.SILENT));
        assertEquals(List.of("Cell demo: src/demo/Counter.java:3: [cell.state.unmarked]",
                        "Cell demo: src/demo/Counter.java:3: [cell.state.public]"),
                e.problems().stream().map(p -> p.substring(0, p.indexOf(']') + 1)).distinct().toList());
    }

    @Test
    void aCellThatDoesNotOptInIsNotChecked() throws Exception {
        CellCatalog catalog = cellWith("name=demo\nversion=1\n", LEAKY);
        assertDoesNotThrow(() -> OwnershipPass.check(catalog, catalog.get("demo"), Map.of(), BuildLog.SILENT));
    }

    @Test
    void theSwitchTurnsThePassOffOrOnForEveryCell() throws Exception {
        CellCatalog optedIn = cellWith("name=demo\nversion=1\nchecked=true\n", LEAKY);
        CellCatalog notOptedIn = cellWith("name=demo\nversion=1\n", LEAKY);
        try {
            System.setProperty(OwnershipPass.SWITCH, "off");
            assertDoesNotThrow(() -> OwnershipPass.check(optedIn, optedIn.get("demo"), Map.of(), BuildLog.SILENT));
            System.setProperty(OwnershipPass.SWITCH, "all");
            assertThrows(BuildException.class,
                    () -> OwnershipPass.check(notOptedIn, notOptedIn.get("demo"), Map.of(), BuildLog.SILENT));
        } finally {
            System.clearProperty(OwnershipPass.SWITCH);
        }
    }
}
