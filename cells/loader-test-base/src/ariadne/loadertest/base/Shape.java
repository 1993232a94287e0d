package ariadne.loadertest.base;

/** A type another cell extends, so that its type descriptors refer into this cell. */
public abstract class Shape {
    public abstract long area();

    public long twiceTheArea() {
        return Base.add(area(), area());
    }
}
