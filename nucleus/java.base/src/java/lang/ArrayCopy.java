package java.lang;

import ariadne.base.Memory;
import ariadne.base.ObjectLayout;
import ariadne.base.PrimitiveNames;
import ariadne.base.TypeCheck;
import ariadne.base.TypeLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/** System.arraycopy, with HotSpot's checks, order of checks and messages. */
final class ArrayCopy {

    private ArrayCopy() {
    }

    static void copy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        Address srcType = ObjectLayout.typeOf(src);
        Address destType = ObjectLayout.typeOf(dest);
        int srcFlags = srcType.loadInt(TypeLayout.FLAGS);
        int destFlags = destType.loadInt(TypeLayout.FLAGS);
        if ((srcFlags & TypeLayout.FLAG_ARRAY) == 0) {
            throw storeError("arraycopy: source type ", TypeCheck.nameOf(srcType), " is not an array");
        }
        if ((destFlags & TypeLayout.FLAG_ARRAY) == 0) {
            throw storeError("arraycopy: destination type ", TypeCheck.nameOf(destType), " is not an array");
        }
        boolean references = (srcFlags & TypeLayout.FLAG_REFERENCE_ELEMENTS) != 0;
        if (references != ((destFlags & TypeLayout.FLAG_REFERENCE_ELEMENTS) != 0)
                || !references && srcType.toLong() != destType.toLong()) {
            throw storeError("arraycopy: type mismatch: can not copy ",
                    elementWord(srcType).concat("[] into "), elementWord(destType).concat("[]"));
        }
        checkBounds(src, srcPos, dest, destPos, length, elementWord(srcType), elementWord(destType));
        if (length == 0) {
            return;
        }
        if (references && !TypeCheck.isAssignable(srcType, destType)) {
            copyCheckingElements(src, srcPos, dest, destPos, length);
            return;
        }
        long elementSize = srcType.loadInt(TypeLayout.SIZE);
        Memory.copy(elementAddress(dest, destPos, elementSize),
                elementAddress(src, srcPos, elementSize), elementSize * length);
    }

    private static void checkBounds(Object src, int srcPos, Object dest, int destPos, int length,
            String srcWord, String destWord) {
        int srcLength = ObjectLayout.arrayLength(src);
        int destLength = ObjectLayout.arrayLength(dest);
        if (srcPos < 0) {
            throw indexError("arraycopy: source index ", srcPos, srcWord, srcLength);
        }
        if (destPos < 0) {
            throw indexError("arraycopy: destination index ", destPos, destWord, destLength);
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException(new StringBuilder("arraycopy: length ")
                    .append(length).append(" is negative").toString());
        }
        // The sums are compared unsigned, as HotSpot does, so overflow cannot hide an error.
        long srcEnd = (long) srcPos + length;
        long destEnd = (long) destPos + length;
        if (srcEnd > srcLength) {
            throw indexError("arraycopy: last source index ", srcEnd, srcWord, srcLength);
        }
        if (destEnd > destLength) {
            throw indexError("arraycopy: last destination index ", destEnd, destWord, destLength);
        }
    }

    /** Copies references one by one, stopping at the first that dest cannot hold. */
    private static void copyCheckingElements(Object src, int srcPos, Object dest, int destPos,
            int length) {
        Address srcElementType = ObjectLayout.typeOf(src).loadAddress(TypeLayout.ELEMENT_TYPE);
        Address destElementType = ObjectLayout.typeOf(dest).loadAddress(TypeLayout.ELEMENT_TYPE);
        Address from = elementAddress(src, srcPos, 8);
        Address to = elementAddress(dest, destPos, 8);
        for (int i = 0; i < length; i++) {
            Address element = from.loadAddress(8L * i);
            if (!element.isZero() && !TypeCheck.isInstance(Magic.addressAsObject(element), destElementType)) {
                throw elementError(srcElementType, destElementType);
            }
            to.storeAddress(8L * i, element);
        }
    }

    private static ArrayStoreException elementError(Address srcElementType, Address destElementType) {
        String srcName = TypeCheck.nameOf(srcElementType);
        String destName = TypeCheck.nameOf(destElementType);
        if (!TypeCheck.isAssignable(destElementType, srcElementType)) {
            return storeError("arraycopy: type mismatch: can not copy ",
                    srcName.concat("[] into "), destName.concat("[]"));
        }
        return storeError("arraycopy: element type mismatch: can not cast one of the elements of ",
                srcName.concat("[] to the type of the destination array, "), destName);
    }

    private static Address elementAddress(Object array, int index, long elementSize) {
        return Magic.objectAddress(array).plus(ObjectLayout.ARRAY_ELEMENTS + elementSize * index);
    }

    /** How HotSpot names an array's elements in these messages: "int" or "object array". */
    private static String elementWord(Address arrayType) {
        int flags = arrayType.loadInt(TypeLayout.FLAGS);
        if ((flags & TypeLayout.FLAG_REFERENCE_ELEMENTS) != 0) {
            return "object array";
        }
        return PrimitiveNames.of(TypeCheck.nameOf(arrayType).charAt(1));
    }

    private static ArrayStoreException storeError(String first, String second, String third) {
        return new ArrayStoreException(first.concat(second).concat(third));
    }

    private static ArrayIndexOutOfBoundsException indexError(String what, long index, String word,
            int length) {
        return new ArrayIndexOutOfBoundsException(new StringBuilder(what).append(index)
                .append(" out of bounds for ").append(word).append('[').append(length).append(']')
                .toString());
    }
}
