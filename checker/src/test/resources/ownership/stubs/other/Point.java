package other;

import ariadne.ownership.Immutable;

/** An immutable value of another cell. */
@Immutable
public final class Point {
    public final int x;
    public final int y;

    public Point(int x, int y) {
        this.x = x;
        this.y = y;
    }
}
