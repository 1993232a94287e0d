package ariadne.imagewriter;

import ariadne.boot.BootTrampoline;
import ariadne.boot.InterruptPrimitives;
import ariadne.boot.InterruptStubs;
import ariadne.boot.MemoryPrimitives;
import ariadne.boot.LoaderCallGate;
import ariadne.boot.ContextSwitch;
import ariadne.compiler.CellCompiler;
import ariadne.compiler.CellSpec;
import ariadne.compiler.CompileException;
import ariadne.compiler.CompiledCell;
import ariadne.compiler.lowering.InvokeDynamicLowering;
import ariadne.compiler.lowering.LoweringException;
import ariadne.imagewriter.archive.ArchiveEntry;
import ariadne.imagewriter.archive.CellArchive;
import ariadne.linker.ImageLinker;
import ariadne.linker.LinkException;
import ariadne.linker.LinkOptions;
import ariadne.linker.LinkResult;
import ariadne.linker.NamedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole host pipeline in three stages: cell sources → javac (dialect java.base) → classes;
 * classes → x86-64 cell objects ({@code NAME.cell}); cell objects + boot object → boot image
 * ({@code ariadne.elf} + symbol map). Stages are separate so that the generic runner compiles
 * the nucleus once and then only each user program.
 */
public final class ImageBuild {
    /** The nucleus entry the boot trampoline calls (docs/ABI.md, "Boot hand-off"). */
    public static final String JAVA_ENTRY = "ariadne.kernel.Kernel.start(ILariadne/magic/Address;)V";
    /** The kernel's link-time bound program entry and its stand-in (docs/ABI.md, "Link-time bound methods"). */
    public static final String PROGRAM_ENTRY = "ariadne.kernel.ProgramEntry.main([Ljava/lang/String;)V";
    public static final String NO_PROGRAM = "ariadne.kernel.ProgramEntry.absent([Ljava/lang/String;)V";
    public static final String IMAGE_FILE = "ariadne.elf";
    public static final String MAP_FILE = "ariadne.map";

    private final Path outputDirectory;
    private final BuildLog log;

    public ImageBuild(Path outputDirectory, BuildLog log) {
        this.outputDirectory = outputDirectory;
        this.log = log;
    }

    /** Builds the standard image (the repository's cells) and returns its path. */
    public Path buildStandard(CellCatalog catalog) throws BuildException {
        return link(compile(catalog), standardProgram(catalog));
    }

    /** The program of the standard image: the {@code main} a cell declares, or none. */
    public static String standardProgram(CellCatalog catalog) throws BuildException {
        List<CellDescriptor> withMain = catalog.inOrder().stream().filter(CellDescriptor::hasMain).toList();
        if (withMain.size() > 1) {
            throw new BuildException("cells " + withMain.stream().map(CellDescriptor::name).toList()
                    + " each declare a main; the standard image can run only one");
        }
        return withMain.isEmpty() ? NO_PROGRAM : mainSymbol(withMain.get(0).mainClass());
    }

    /** Runs javac over every cell and compiles each cell that has code. */
    public BuiltCells compile(CellCatalog catalog) throws BuildException {
        log.step("javac (--system none) over " + catalog.inOrder().size() + " cells");
        Map<String, CellClasses> classes = javac().compileAll(catalog);
        for (CellDescriptor cell : catalog.inOrder()) {
            OwnershipPass.check(catalog, cell, classes, log);
        }
        Map<String, CompiledCell> objects = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CellDescriptor cell : catalog.inOrder()) {
            if (cell.emitsCode()) {
                compileCell(catalog, cell, classes, objects, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return new BuiltCells(catalog, classes, objects);
    }

    /** Adds a plain Java program as the unprivileged cell {@code program}, reusing everything already built. */
    public BuiltCells addProgram(BuiltCells built, Path sources) throws BuildException {
        CellDescriptor program = CellDescriptor.program(sources);
        CellCatalog catalog = built.catalog().with(program);
        Map<String, CellClasses> classes = new LinkedHashMap<>(built.classes());
        classes.put(program.name(), javac().compileAlone(program, catalog, classes));
        Map<String, CompiledCell> objects = new LinkedHashMap<>(built.objects());
        List<String> problems = new ArrayList<>();
        compileCell(catalog, program, classes, objects, problems);
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return new BuiltCells(catalog, classes, objects);
    }

    /** The symbol of {@code mainClass.main(String[])}, for {@link #link}. */
    public static String mainSymbol(String mainClass) {
        return mainClass + ".main([Ljava/lang/String;)V";
    }

    /**
     * Links the boot object and every compiled boot cell into the image, binding the kernel's
     * program entry to {@code programMainSymbol}. Loadable cells go into the cell archive, and the
     * image carries its symbol table, both for the in-OS loader.
     */
    public Path link(BuiltCells built, String programMainSymbol) throws BuildException {
        List<NamedObject> objects = new ArrayList<>();
        objects.add(new NamedObject("boot", BootTrampoline.buildObject(JAVA_ENTRY)));
        objects.add(new NamedObject("context-switch", ContextSwitch.buildObject()));
        objects.add(new NamedObject("interrupt-stubs", InterruptStubs.buildObject()));
        objects.add(new NamedObject("memory-primitives", MemoryPrimitives.buildObject()));
        objects.add(new NamedObject("interrupt-primitives", InterruptPrimitives.buildObject()));
        objects.add(new NamedObject("unwind-primitives", ariadne.boot.UnwindPrimitives.buildObject()));
        objects.add(new NamedObject("math-primitives", ariadne.boot.MathPrimitives.buildObject()));
        List<ArchiveEntry> archived = new ArrayList<>();
        built.objects().forEach((name, cell) -> {
            CellDescriptor descriptor = built.catalog().get(name);
            if (descriptor.kind() == CellDescriptor.Kind.LOADABLE) {
                archived.add(ArchiveEntry.of(name, descriptor.version(), cell.elf()));
            } else {
                objects.add(new NamedObject(name + ".cell", cell.elf()));
            }
        });
        objects.add(new NamedObject(CellArchive.OBJECT_NAME, CellArchive.buildObject(archived)));
        objects.add(new NamedObject("loader-call-gate", LoaderCallGate.buildObject()));
        LinkOptions options = new LinkOptions(BootTrampoline.ENTRY_SYMBOL).withAlias(PROGRAM_ENTRY, programMainSymbol)
                .withSymbolTable();
        try {
            LinkResult result = ImageLinker.link(objects, options);
            Path image = outputDirectory.resolve(IMAGE_FILE);
            write(image, result.image());
            write(outputDirectory.resolve(MAP_FILE), result.map().getBytes(StandardCharsets.UTF_8));
            log.step("linked " + image + " (" + result.image().length + " bytes)");
            return image;
        } catch (LinkException e) {
            throw new BuildException("link: " + e.getMessage());
        }
    }

    private DialectJavac javac() {
        return new DialectJavac(outputDirectory.resolve("classes"));
    }

    private void compileCell(CellCatalog catalog, CellDescriptor cell, Map<String, CellClasses> classes,
                             Map<String, CompiledCell> objects, List<String> problems) {
        // Cells of one javac module may refer to each other (java.lang.Object uses ariadne.runtime),
        // so each sees the whole module besides the cells it depends on.
        Map<String, byte[]> library = new LinkedHashMap<>();
        List<CellDescriptor> visible = new ArrayList<>(catalog.closureOf(cell));
        if (cell.module() != null) {
            visible.addAll(catalog.moduleMembers(cell.module()));
        }
        for (CellDescriptor other : visible) {
            if (!other.name().equals(cell.name())) {
                library.putAll(classes.get(other.name()).classes());
            }
        }
        CellSpec spec = new CellSpec(cell.name(), cell.version(), cell.privileged(), cell.dependencies());
        try {
            CellClasses own = classes.get(cell.name());
            Map<String, byte[]> lowered = InvokeDynamicLowering.lower(cell.name(), own.classes(), library);
            classes.put(cell.name(), new CellClasses(own.cell(), own.directory(), lowered));
            CompiledCell result = CellCompiler.compile(spec, lowered, library);
            write(outputDirectory.resolve("cells").resolve(cell.name() + ".cell"), result.elf());
            objects.put(cell.name(), result);
            log.step("compiled cell " + cell.name() + " (" + result.elf().length + " bytes)");
        } catch (LoweringException e) {
            problems.addAll(e.errors());
        } catch (CompileException e) {
            problems.addAll(e.errors());
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
