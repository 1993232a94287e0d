package demo;

import ariadne.magic.Address;
import ariadne.ownership.Unique;
import other.Buffer;
import other.Device;
import other.Point;
import other.Registry;

/** Rule 6: values crossing into another cell are immutable or moved (or only lent). */
class CellBoundary {
    Buffer mine = new Buffer();

    void sharedValueCrosses() {
        // :: error: (cell.boundary.shared)
        Registry.keep(mine);
    }

    void freshValueCrosses() {
        Registry.keep(new Buffer());
    }

    void uniqueVariableCrossesAndIsMoved() {
        @Unique Buffer b = new Buffer();
        Registry.keep(b);
        // :: error: (use.after.move)
        b.length = 3;
    }

    void uniqueParameterRequiresAMove() {
        // :: error: (not.unique)
        Registry.take(mine);
    }

    void immutableValuesCross() {
        Registry.name("disk");
        Registry.count(7);
        Registry.point(new Point(1, 2));
        Point p = new Point(3, 4);
        Registry.point(p);
        Registry.point(p);
    }

    void borrowedParameterIsOnlyLent() {
        Registry.look(mine);
        Registry.look(mine);
    }

    void sharedResultCrossesBack() {
        // :: error: (cell.boundary.shared.result)
        Buffer b = Registry.shared();
    }

    void uniqueAndImmutableResultsCrossBack() {
        @Unique Buffer b = Registry.fresh();
        String label = Registry.label();
        b.length = label.length();
    }

    void varargsElementsCross() {
        // :: error: (cell.boundary.shared)
        Registry.keepAll(new Buffer(), mine);
    }

    void varargsArrayCrosses() {
        Buffer[] array = {mine};
        // :: error: (cell.boundary.shared)
        Registry.keepAll(array);
        Registry.keepAll(new Buffer[] {new Buffer()});
    }

    void unboxedAddressesAreValues() {
        Address a = Device.map(Address.fromLong(0x1000));
        Device.map(a);
    }

    static final class Disk extends Device {
        Disk(Buffer shared) {
            // :: error: (cell.boundary.shared)
            super(shared);
        }

        Disk() {
            super(new Buffer());
        }
    }

    void fieldStoreCrosses() {
        // :: error: (cell.boundary.shared)
        Registry.lastKept = mine;
        Registry.lastKept = new Buffer();
    }
}
