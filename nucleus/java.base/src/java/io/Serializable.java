package java.io;

/** Marker javac expects on arrays; the dialect has no serialization. */
public interface Serializable {
}
