package ariadne.imagewriter;

import ariadne.boot.BootTrampoline;
import ariadne.compiler.CellCompiler;
import ariadne.compiler.CellSpec;
import ariadne.compiler.CompileException;
import ariadne.compiler.CompiledCell;
import ariadne.linker.ImageLinker;
import ariadne.linker.LinkException;
import ariadne.linker.LinkOptions;
import ariadne.linker.LinkResult;
import ariadne.linker.NamedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole host pipeline: cell sources → javac (dialect java.base) → classes → x86-64 cell
 * objects ({@code NAME.cell}) → boot image ({@code ariadne.elf} + symbol map).
 */
public final class ImageBuild {
    /** The nucleus entry the boot trampoline calls (docs/ABI.md, "Boot hand-off"). */
    public static final String JAVA_ENTRY = "ariadne.kernel.Kernel.start(ILariadne/magic/Address;)V";
    public static final String IMAGE_FILE = "ariadne.elf";
    public static final String MAP_FILE = "ariadne.map";

    private final CellCatalog catalog;
    private final Path outputDirectory;
    private final BuildLog log;

    public ImageBuild(CellCatalog catalog, Path outputDirectory, BuildLog log) {
        this.catalog = catalog;
        this.outputDirectory = outputDirectory;
        this.log = log;
    }

    /** Builds the image and returns its path. */
    public Path run() throws BuildException {
        log.step("javac (--system none) over " + catalog.inOrder().size() + " cells");
        Map<String, CellClasses> classes = new DialectJavac(outputDirectory.resolve("classes")).compileAll(catalog);
        Map<String, CompiledCell> compiled = compileCells(classes);
        return link(compiled);
    }

    private Map<String, CompiledCell> compileCells(Map<String, CellClasses> classes) throws BuildException {
        Map<String, CompiledCell> compiled = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CellDescriptor cell : catalog.inOrder()) {
            if (!cell.emitsCode()) {
                continue;
            }
            Map<String, byte[]> library = new LinkedHashMap<>();
            for (CellDescriptor dep : catalog.closureOf(cell)) {
                library.putAll(classes.get(dep.name()).classes());
            }
            CellSpec spec = new CellSpec(cell.name(), cell.version(), cell.privileged(), cell.dependencies());
            try {
                CompiledCell result = CellCompiler.compile(spec, classes.get(cell.name()).classes(), library);
                write(outputDirectory.resolve("cells").resolve(cell.name() + ".cell"), result.elf());
                compiled.put(cell.name(), result);
                log.step("compiled cell " + cell.name() + " (" + result.elf().length + " bytes)");
            } catch (CompileException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return compiled;
    }

    private Path link(Map<String, CompiledCell> compiled) throws BuildException {
        List<NamedObject> objects = new ArrayList<>();
        objects.add(new NamedObject("boot", BootTrampoline.buildObject(JAVA_ENTRY)));
        // Until the in-OS loader exists (issue 8) loadable cells are linked statically as well.
        compiled.forEach((name, cell) -> objects.add(new NamedObject(name + ".cell", cell.elf())));
        try {
            LinkResult result = ImageLinker.link(objects, LinkOptions.defaults(BootTrampoline.ENTRY_SYMBOL));
            Path image = outputDirectory.resolve(IMAGE_FILE);
            write(image, result.image());
            write(outputDirectory.resolve(MAP_FILE), result.map().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            log.step("linked " + image + " (" + result.image().length + " bytes)");
            return image;
        } catch (LinkException e) {
            throw new BuildException("link: " + e.getMessage());
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
