package demo;

import ariadne.ownership.CellState;
import java.util.ArrayList;
import java.util.List;
import other.Buffer;
import other.Registry;

/** Rule 5: a cell's mutable static state is declared, not public, and never leaves the cell. */
public class CellStateRules {
    static class Table {
        int size;
    }

    // :: error: (cell.state.unmarked)
    static int counter;

    @CellState
    static int ticks;

    @CellState
    private static final Table TABLE = new Table();

    @CellState
    private static final Buffer BUFFER = new Buffer();

    @CellState
    static final List<String> NAMES = new ArrayList<>();

    // :: error: (cell.state.unmarked) :: error: (cell.state.public)
    public static Table exposed = new Table();

    @CellState
    // :: error: (cell.state.public)
    protected static int visibleToSubclasses;

    public static final String VERSION = "1";

    public static final int LIMIT = 10;

    public static Table table() {
        // :: error: (cell.state.escape)
        return TABLE;
    }

    public static Table tableInParenthesesAndCast() {
        // :: error: (cell.state.escape)
        return ((Table) (TABLE));
    }

    public static Table tableThroughLocals() {
        Table t = TABLE;
        Table u = t;
        // :: error: (cell.state.escape)
        return u;
    }

    public static void passedThroughALocal() {
        Buffer b = BUFFER;
        // :: error: (cell.state.escape)
        Registry.keep(b);
    }

    public static Table freshTableIsNotState() {
        Table t = new Table();
        t.size = TABLE.size;
        return t;
    }

    static Table tableForThisPackage() {
        return TABLE;
    }

    public static int size() {
        return TABLE.size;
    }

    public static int ticksNow() {
        return ticks;
    }

    public static void passedToAnotherCell() {
        // :: error: (cell.state.escape)
        Registry.keep(BUFFER);
    }

    public static void passedAsVarargsToAnotherCell() {
        // :: error: (cell.state.escape)
        Registry.keepAll(new Buffer(), BUFFER);
    }

    public static void storedIntoAnotherCell() {
        // :: error: (cell.state.escape)
        Registry.lastKept = BUFFER;
    }

    public static void lentToAnotherCell() {
        Registry.look(BUFFER);
        Registry.count(BUFFER.length);
    }
}
