# Ariadne — the two commands a newcomer needs are `make run` and `make test`.
SHELL       := /bin/bash
MVN         := mvn -B -q
BUILD       := build
IMAGE       := $(BUILD)/ariadne.elf
WRITER_CP   := image-writer/cli/target/classes:image-writer/cli/target/lib/*
# javac internals the ownership checker needs to run inside the image writer's JVM (no fork per cell)
WRITER_JVM  := $(foreach p,api code file main model parser processing tree util,--add-exports=jdk.compiler/com.sun.tools.javac.$(p)=ALL-UNNAMED) --add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED
WRITER      := java $(WRITER_JVM) -cp '$(WRITER_CP)' ariadne.imagewriter.Main
QEMU        := qemu-system-x86_64
MEMORY      ?= 128M
CMDLINE     ?=
PUSH_PORT   ?= 4555
QEMU_FLAGS  := -m $(MEMORY) -display none -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04
OS_SOURCES  := $(shell find nucleus task loader cells -name '*.java' -o -name cell.properties 2>/dev/null)
HOST_SOURCES:= $(shell find image-writer boot -name '*.java' -path '*src/main*' 2>/dev/null) $(wildcard pom.xml */pom.xml image-writer/*/pom.xml)

.PHONY: all run test image tools qemu clean help java swap bench

all: image

help:
	@echo "make run    - build the image and boot it in QEMU (serial on this terminal; Ctrl-A X quits)"
	@echo "make test   - every host test and every QEMU suite"
	@echo "make image  - build $(IMAGE) only"
	@echo "make java MAIN=pkg.Main SRC=dir - run a plain Java program in Ariadne (its output only on stdout)"
	@echo "make bench  - guest instructions per spawn+join and per yield switch, beside Linux's"

# Host toolchain: assembler, compiler, ELF writer, linker, boot code, image-writer CLI.
tools: image-writer/cli/target/.built
image-writer/cli/target/.built: $(HOST_SOURCES)
	$(MVN) -DskipTests -pl image-writer/cli -am package
	@touch $@

image: $(IMAGE)
$(IMAGE): image-writer/cli/target/.built $(OS_SOURCES)
	$(WRITER) build --root . --out $(BUILD)

# QEMU comes from Debian's qemu-system-x86; installed here when we may, named when we may not.
qemu:
	@if ! command -v $(QEMU) >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing QEMU (Debian package qemu-system-x86)..." >&2; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-system-x86 >/dev/null; \
	  else \
	    echo "QEMU is missing: install it with 'sudo apt-get install qemu-system-x86' and run make again" >&2; exit 1; \
	  fi; \
	fi

run: qemu $(IMAGE)
	@echo "booting $(IMAGE); Ctrl-A X leaves QEMU" >&2
	$(QEMU) -kernel $(IMAGE) $(QEMU_FLAGS) -serial mon:stdio -serial file:/dev/stderr \
	  -serial tcp:127.0.0.1:$(PUSH_PORT),server=on,wait=off $(if $(CMDLINE),-append "$(CMDLINE)")

# Host push: compile the cell's current sources and send the new NAME.cell over COM3 to the
# Ariadne that `make run` started; it verifies and swaps it while its tasks keep running.
swap: tools
	$(WRITER) build --root . --out $(BUILD)
	java -cp '$(WRITER_CP)' ariadne.imagewriter.archive.CellPush 127.0.0.1:$(PUSH_PORT) \
	  $$(ls $(BUILD)/cells/$(CELL)*.cell | sort -V | tail -1)

# The generic runner. Its exit status is the program's (make itself turns a failure into 2;
# image-writer/cli's `java` command returns the exact status).
java: qemu tools
	@$(WRITER) java --main $(MAIN) --src $(SRC) --out $(BUILD)/java

test: qemu
	mvn -B verify

clean:
	rm -rf $(BUILD)
	$(MVN) clean

# Spawn+join and yield-switch costs in guest instructions (under -icount shift=0 one TSC tick is
# one instruction), beside the Linux peer's from a fresh run of its script, or the figures
# issue 5 quotes when the script cannot run here.
PEER_SCRIPT := ../shared/bench/peer-linux/run.sh
bench: qemu $(IMAGE)
	@timeout 300 $(QEMU) -kernel $(IMAGE) $(QEMU_FLAGS) -icount shift=0,sleep=off -serial stdio \
	  -append "program bench loaderbench" | grep -E '^(BENCH |CASE .* FAIL)'
	@if peer=$$(timeout 900 bash $(PEER_SCRIPT) 2>/dev/null) && echo "$$peer" | grep -q spawn_join; then \
	  echo "$$peer" | sed -n -e 's/^PEER spawn_join_ns=[0-9]* spawn_join_cycles=\([0-9]*\).*/PEER spawn_join=\1/p' \
	    -e 's/^PEER yield_switch_ns=[0-9]* cycles=\([0-9]*\).*/PEER yield_switch=\1/p'; \
	else \
	  echo "PEER spawn_join=50800"; echo "PEER yield_switch=2165"; \
	  echo "(PEER figures quoted from issue 5: $(PEER_SCRIPT) did not run here)"; \
	fi
	@WRITER_JVM='$(WRITER_JVM)' bash tests/conformance/measure-workloads.sh
