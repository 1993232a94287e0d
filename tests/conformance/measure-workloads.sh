#!/bin/bash
# Guest instructions of each workload program (tests/conformance/workload_*), counted over the
# whole QEMU run by the insn-count plugin (../shared/bench/insn-count) under
# -icount shift=0,sleep=off, minus the run of an empty program (boot, firmware, exit), so each
# figure is the program's own cost. Prints one `BENCH workload_<name>=<instructions>` line each.
# Usage: tests/conformance/measure-workloads.sh (`make bench` runs it last; needs `make tools`).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
counter=${INSN_COUNT_DIR:-$root/../shared/bench/insn-count}
if [ ! -x "$counter/qemu-system-x86_64" ]; then
    echo "measure-workloads: no instruction counter at $counter (see its README)" >&2
    exit 1
fi
read -r -a jvm <<< "${WRITER_JVM:-$(make -s -p -n 2>/dev/null | sed -n 's/^WRITER_JVM *:= //p' | head -1)}"
writer=(java "${jvm[@]}" -cp 'image-writer/cli/target/classes:image-writer/cli/target/lib/*' ariadne.imagewriter.Main)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The baseline: a program that does nothing.
mkdir -p "$work/empty/baseline"
printf 'package baseline;\npublic class Main {\n    public static void main(String[] args) {\n    }\n}\n' > "$work/empty/baseline/Main.java"
programs="baseline=baseline.Main@$work/empty"
names=()
for dir in tests/conformance/workload_*/; do
    name=$(basename "$dir")
    names+=("$name")
    programs="$programs,$name=conformance.$name.Main@$root/$dir"
done
"${writer[@]}" images --root . --out "$work/images" --programs "$programs" >&2

count() { # prints the guest instructions of one run of the image in $1
    PATH="$counter:$PATH" timeout 600 qemu-system-x86_64 -kernel "$1/ariadne.elf" -m 128M -display none -no-reboot \
        -device isa-debug-exit,iobase=0xf4,iosize=0x04 -icount shift=0,sleep=off -serial file:/dev/null \
        -append program 2>&1 >/dev/null | sed -n 's/^insns: *\([0-9]*\).*/\1/p' | tail -1 || true
}
baseline=$(count "$work/images/baseline")
[ -n "$baseline" ] || { echo "measure-workloads: the counter printed no count" >&2; exit 1; }
echo "BENCH workload_baseline_empty_program=$baseline"
for name in "${names[@]}"; do
    total=$(count "$work/images/$name")
    if [ -z "$total" ]; then
        echo "measure-workloads: no count for $name" >&2
        continue
    fi
    echo "BENCH $name=$((total - baseline))"
done
