package ariadne.memory;

import ariadne.magic.Entrypoint;

/** Where {@link StackSwitch#callOn} arrives on the new stack. */
final class StackEntry {
    private StackEntry() {
    }

    @Entrypoint
    static void enter(Object target) {
        ((Runnable) target).run();
    }
}
