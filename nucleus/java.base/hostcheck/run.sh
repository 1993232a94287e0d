#!/usr/bin/env bash
# Differential check of the dialect's java.lang text conversions against the host JDK (the
# oracle): copies the classes below into package hostcheck.lang, where they shadow the JDK's,
# and compares their results and exception messages with java.lang's. Exit status 0 = equal.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$here/../src/java/lang
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/hostcheck/lang"
for c in Digits Integer Long Short Byte Character Boolean NumberFormatException StringBuilder \
         IndexOutOfBoundsException StringIndexOutOfBoundsException; do
  sed 's/^package java\.lang;/package hostcheck.lang;/' "$src/$c.java" > "$work/src/hostcheck/lang/$c.java"
done
cp "$here/TextConversionCheck.java" "$work/src/hostcheck/lang/"
javac -nowarn -XDstringConcat=inline -d "$work/classes" $(find "$work/src" -name '*.java')
java -cp "$work/classes" hostcheck.lang.TextConversionCheck
