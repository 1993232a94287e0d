#!/usr/bin/env bash
# Differential checks of the dialect's java.base against the host JDK (the oracle).
#  1. java.lang text conversions: the classes below are copied into package hostcheck.lang,
#     where they shadow the JDK's, and compared call by call with java.lang's.
#  2. floating point: FloatingText, FloatingParser, Math, StrictMath, FdLibm (sqrt from the
#     JDK's, since ours is a boot-code native) against the JDK's, bit for bit.
#  3. java.util collections: CollectionsScenario runs once over copies of the dialect's
#     collection classes (package hostcheck.util) and once over the JDK's; the transcripts
#     must be equal.
#  4. java.util.Formatter: the dialect's Formatter and its helpers and exceptions, copied into
#     package hostcheck.fmt, against java.util.Formatter over ~800,000 format/argument
#     combinations (FormatterCheck).
# Exit status 0 = equal.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$here/../src
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src/hostcheck/lang" "$work/src/hostcheck/util" "$work/src/hostcheck/jdk" "$work/src/hostcheck/fmt"
for c in Digits Integer Long Short Byte Character CharacterData CharacterTables Boolean NumberFormatException \
         StringBuilder StringBuffer StringCoding IndexOutOfBoundsException StringIndexOutOfBoundsException; do
  sed 's/^package java\.lang;/package hostcheck.lang;/' "$src/java/lang/$c.java" > "$work/src/hostcheck/lang/$c.java"
done
cp "$here/TextConversionCheck.java" "$here/FloatingCheck.java" "$work/src/hostcheck/lang/"
for c in FloatingText FloatingParser BigNatural ExactRounding ExactPower Math StrictMath FdLibm PiOverTwoReduction; do
  sed -e 's/^package java\.lang;/package hostcheck.lang;/' \
      -e 's/public static native double sqrt(double a);/public static double sqrt(double a) { return java.lang.StrictMath.sqrt(a); }/' \
      "$src/java/lang/$c.java" > "$work/src/hostcheck/lang/$c.java"
done

# The JDK's Iterator, ListIterator and exceptions stay: java.lang.Iterable needs java.util.Iterator.
for c in Collection List Set Queue Deque Map AbstractCollection AbstractList AbstractSequentialList \
         AbstractSet AbstractMap ArrayList LinkedList ArrayDeque HashMap HashSet LinkedHashMap \
         LinkedHashSet ImmutableCollections Collections Comparators SortedMap NavigableMap SortedSet \
         NavigableSet TreeMap Range KeySet TreeSet AbstractQueue PriorityQueue StringJoiner Optional; do
  sed -e 's/^package java\.util;/package hostcheck.util;\nimport java.util.*;\nimport java.util.function.*;/' \
      "$src/java/util/$c.java" > "$work/src/hostcheck/util/$c.java"
done
# Random seeds itself from the time stamp counter in Ariadne, from nanoTime here.
sed -e 's/^package java\.util;/package hostcheck.util;\nimport java.util.*;/' -e '/^import ariadne.magic.Magic;/d' \
    -e 's/Magic\.rdtsc()/System.nanoTime()/' "$src/java/util/Random.java" > "$work/src/hostcheck/util/Random.java"
sed 's/^package PACKAGE;/package hostcheck.util;/' "$here/CollectionsScenario.java" > "$work/src/hostcheck/util/CollectionsScenario.java"
sed 's/^package PACKAGE;/package hostcheck.jdk;/' "$here/CollectionsScenario.java" > "$work/src/hostcheck/jdk/CollectionsScenario.java"

for c in Formatter FormatParser FormatSpecifier FormatFlags FormatConversions GeneralConversion IntegralConversion \
         FloatingConversion SignedMagnitude DecimalDigits HexFloat IllegalFormatException \
         UnknownFormatConversionException MissingFormatArgumentException MissingFormatWidthException \
         IllegalFormatConversionException FormatFlagsConversionMismatchException IllegalFormatFlagsException \
         DuplicateFormatFlagsException UnknownFormatFlagsException IllegalFormatPrecisionException \
         IllegalFormatWidthException IllegalFormatCodePointException IllegalFormatArgumentIndexException; do
  sed 's/^package java\.util;/package hostcheck.fmt;\nimport java.util.*;/' "$src/java/util/$c.java" > "$work/src/hostcheck/fmt/$c.java"
done
cp "$here/FormatterCheck.java" "$work/src/hostcheck/fmt/"

javac -nowarn -XDstringConcat=inline -d "$work/classes" $(find "$work/src" -name '*.java') > "$work/javac.txt" 2>&1 \
  || { cat "$work/javac.txt"; exit 1; }
java -cp "$work/classes" hostcheck.lang.TextConversionCheck
java -cp "$work/classes" hostcheck.lang.FloatingCheck
java -cp "$work/classes" hostcheck.fmt.FormatterCheck
java -cp "$work/classes" hostcheck.util.CollectionsScenario > "$work/dialect.txt"
java -cp "$work/classes" hostcheck.jdk.CollectionsScenario > "$work/jdk.txt"
if ! diff "$work/jdk.txt" "$work/dialect.txt" > "$work/diff.txt"; then
  echo "collections differ from the JDK ($(grep -c '^[<>]' "$work/diff.txt") lines; < JDK, > dialect):"
  head -40 "$work/diff.txt"
  exit 1
fi
echo "collections: $(wc -l < "$work/jdk.txt") transcript lines equal"
