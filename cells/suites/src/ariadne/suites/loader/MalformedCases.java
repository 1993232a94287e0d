package ariadne.suites.loader;

import ariadne.loader.Loader;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Broken cell objects: each is refused with a reason naming the cell and the damage, and leaves nothing. */
final class MalformedCases {
    private MalformedCases() {
    }

    /** One kind of damage to a good cell (counter v1) and the words its refusal must contain. */
    private abstract static class Damage extends TestCase {
        private final String expected;

        Damage(String name, String expected) {
            super(name);
            this.expected = expected;
        }

        abstract byte[] damage(byte[] cell);

        @Override
        // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
        @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
        protected void run() {
            Cells.absent(Cells.COUNTER);
            byte[] cell = damage(Cells.archived(Cells.COUNTER, 1));
            long pages = Loader.pagesInUse();
            long frames = Cells.framesOutsideHeap();
            int cells = Loader.namespace().count();
            Cells.refused(Loader.load(cell), expected);
            Check.equal(pages, Loader.pagesInUse(), "loader pages after the refusal");
            Check.equal(frames, Cells.framesOutsideHeap(), "used frames after the refusal");
            Check.equal(cells, Loader.namespace().count(), "cells in the namespace");
        }
    }

    static void addTo(CaseList cases) {
        cases.add(new Damage("truncatedHeaderIsRefused", "cell from memory: truncated") {
            @Override
            byte[] damage(byte[] cell) {
                return Corruption.truncated(cell, 40);
            }
        });
        cases.add(new Damage("truncatedBodyIsRefused", "section headers out of bounds") {
            @Override
            byte[] damage(byte[] cell) {
                return Corruption.truncated(cell, cell.length / 2);
            }
        });
        cases.add(new Damage("badMagicIsRefused", "bad magic") {
            @Override
            byte[] damage(byte[] cell) {
                cell[1] = 'X';
                return cell;
            }
        });
        cases.add(new Damage("foreignMachineIsRefused", "not an x86-64 relocatable object") {
            @Override
            byte[] damage(byte[] cell) {
                Corruption.put(cell, 18, 183, 2);
                return cell;
            }
        });
        cases.add(new Damage("sectionOutOfBoundsIsRefused", "section 1 out of bounds") {
            @Override
            byte[] damage(byte[] cell) {
                Corruption.put(cell, Corruption.header(cell, 1) + 24, 1L << 40, 8);
                return cell;
            }
        });
        cases.add(new Damage("unterminatedStringTableIsRefused", "terminated string table") {
            @Override
            byte[] damage(byte[] cell) {
                int strings = Corruption.firstOfType(cell, Corruption.SHT_STRTAB);
                cell[Corruption.offset(cell, strings) + Corruption.size(cell, strings) - 1] = 'x';
                return cell;
            }
        });
        cases.add(new Damage("symbolInMissingSectionIsRefused", "out of range") {
            @Override
            byte[] damage(byte[] cell) {
                int symbols = Corruption.offset(cell, Corruption.firstOfType(cell, Corruption.SHT_SYMTAB));
                Corruption.put(cell, symbols + 24 + 6, 0xfe00, 2);
                return cell;
            }
        });
        cases.add(new Damage("badRelocationTypeIsRefused", "bad relocation type 99") {
            @Override
            byte[] damage(byte[] cell) {
                Corruption.put(cell, Corruption.relocation(cell, 0) + 8, 99, 4);
                return cell;
            }
        });
        cases.add(new Damage("relocationSymbolIndexOutOfRangeIsRefused", "relocation symbol index 100000 out of range") {
            @Override
            byte[] damage(byte[] cell) {
                Corruption.put(cell, Corruption.relocation(cell, 0) + 12, 100000, 4);
                return cell;
            }
        });
        cases.add(new Damage("relocationOutsideItsSectionIsRefused", "outside .text.") {
            @Override
            byte[] damage(byte[] cell) {
                Corruption.put(cell, Corruption.relocation(cell, 0), 1 << 20, 8);
                return cell;
            }
        });
        cases.add(new Damage("displacementOutOfReachIsRefused", "out of 32-bit range") {
            @Override
            byte[] damage(byte[] cell) {
                int entry = Corruption.firstRelocationOfType(cell, 2);
                Check.isTrue(entry >= 0, "the cell has a PC32 relocation");
                Corruption.put(cell, entry + 16, 1L << 40, 8);
                return cell;
            }
        });
    }
}
