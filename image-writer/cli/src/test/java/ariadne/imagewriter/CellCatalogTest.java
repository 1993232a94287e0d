package ariadne.imagewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellCatalogTest {
    @TempDir
    Path root;

    private Path cell(String folder, String properties) throws IOException {
        Path dir = root.resolve(folder);
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve(CellDescriptor.FILE_NAME), properties);
        return dir;
    }

    @Test
    void ordersCellsAfterTheirDependencies() throws Exception {
        cell("cells/app", "name=app\nversion=2\ndepends=kernel, java.base\n");
        cell("nucleus/kernel", "name=kernel\nversion=1\nprivileged=true\nkind=boot\ndepends=java.base\n");
        cell("nucleus/java.base", "name=java.base\nversion=1\nprivileged=true\nkind=boot\nmodule=java.base\n");
        CellCatalog catalog = CellCatalog.scan(root);
        assertEquals(List.of("java.base", "kernel", "app"), catalog.inOrder().stream().map(CellDescriptor::name).toList());
        CellDescriptor app = catalog.get("app");
        assertEquals(2, app.version());
        assertEquals(CellDescriptor.Kind.LOADABLE, app.kind());
        assertEquals(List.of("java.base", "kernel"), catalog.closureOf(app).stream().map(CellDescriptor::name).toList());
        assertEquals(List.of("java.base"), catalog.moduleMembers("java.base").stream().map(CellDescriptor::name).toList());
    }

    @Test
    void reportsADependencyCycle() throws Exception {
        cell("cells/a", "name=a\nversion=1\ndepends=b\n");
        cell("cells/b", "name=b\nversion=1\ndepends=a\n");
        BuildException e = assertThrows(BuildException.class, () -> CellCatalog.scan(root));
        assertTrue(e.getMessage().contains("dependency cycle a -> b -> a"), e.getMessage());
    }

    @Test
    void reportsUnknownDependenciesAndDuplicateNames() throws Exception {
        cell("cells/a", "name=a\nversion=1\n");
        cell("cells/a2", "name=a\nversion=1\n");
        cell("cells/b", "name=b\nversion=1\ndepends=missing\n");
        BuildException e = assertThrows(BuildException.class, () -> CellCatalog.scan(root));
        assertTrue(e.getMessage().contains("Cell a: defined twice"), e.getMessage());
        assertTrue(e.getMessage().contains("Cell b: depends on unknown cell 'missing'"), e.getMessage());
    }

    @Test
    void rejectsAMalformedDescriptorWithFileAndLine() throws Exception {
        Path dir = cell("cells/bad", "name=bad\nversion=one\nprivilegd=true\nnot a pair\n");
        BuildException e = assertThrows(BuildException.class, () -> CellDescriptor.read(dir));
        String file = dir.resolve(CellDescriptor.FILE_NAME).toString();
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(file + ":3: unknown key 'privilegd'")), e.getMessage());
        assertTrue(e.problems().contains(file + ":4: expected key=value, found 'not a pair'"), e.getMessage());
        assertTrue(e.problems().contains(file + ": 'version' must be an integer"), e.getMessage());
    }
}
