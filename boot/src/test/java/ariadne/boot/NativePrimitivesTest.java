package ariadne.boot;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSymbol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The native methods of the memory and interrupts cells are defined under the compiler's symbol names. */
class NativePrimitivesTest {

    @Test
    void memoryNativesAreGlobalAlignedFunctions() {
        ElfFile elf = ElfReader.read(MemoryPrimitives.buildObject());
        for (String name : List.of("ariadne.memory.Mmu.readCr3()J", "ariadne.memory.Mmu.writeCr4(J)V",
                "ariadne.memory.Mmu.invalidate(Lariadne/magic/Address;)V", "ariadne.memory.Mmu.readMsr(I)J",
                "ariadne.memory.Mmu.writeMsr(IJ)V", "ariadne.memory.Mmu.cpuid(IILariadne/magic/Address;)V",
                "ariadne.memory.CpuState.disableInterrupts()J", "ariadne.memory.CpuState.restoreInterrupts(J)V",
                "ariadne.memory.CpuState.acquire(Lariadne/magic/Address;)J",
                "ariadne.memory.CpuState.release(Lariadne/magic/Address;J)V",
                "ariadne.memory.StackSwitch.callOn(Lariadne/magic/Address;Ljava/lang/Object;)V",
                "ariadne.memory.MemoryProbe.canRead(Lariadne/magic/Address;)Z")) {
            assertFunction(elf, name);
        }
        for (String name : List.of(MemoryPrimitives.READ_PROBE, MemoryPrimitives.READ_RESUME,
                MemoryPrimitives.WRITE_PROBE, MemoryPrimitives.WRITE_RESUME, MemoryPrimitives.EXECUTE_RETURN)) {
            assertEquals(STB_GLOBAL, elf.symbol(name).orElseThrow().binding(), name);
        }
        assertTrue(elf.symbol(MemoryPrimitives.READ_PROBE).orElseThrow().value()
                < elf.symbol(MemoryPrimitives.READ_RESUME).orElseThrow().value(), "a probe resumes after its access");
        assertTrue(elf.symbol(MemoryPrimitives.STACK_ENTRY).isPresent(), "the stack switch calls into Java");
    }

    @Test
    void interruptNativesAreGlobalAlignedFunctions() {
        ElfFile elf = ElfReader.read(InterruptPrimitives.buildObject());
        for (String name : List.of("ariadne.interrupts.Cpu.loadIdt(Lariadne/magic/Address;)V",
                "ariadne.interrupts.Cpu.loadTaskRegister(I)V", "ariadne.interrupts.Cpu.readCr2()J",
                "ariadne.interrupts.FaultInjection.divide(JJ)J")) {
            assertFunction(elf, name);
        }
    }

    private static void assertFunction(ElfFile elf, String name) {
        ElfSymbol symbol = elf.symbol(name).orElseThrow(() -> new AssertionError("no symbol " + name));
        assertEquals(STB_GLOBAL, symbol.binding(), name);
        assertEquals(STT_FUNC, symbol.type(), name);
        assertEquals(0, symbol.value() % 16, name + " is 16-byte aligned");
    }
}
