package ariadne.loadertest.callback;

/** Runs what it is given, so that this cell has a frame on the stack while that runs. */
public final class Callback {
    private Callback() {
    }

    public static void call(Runnable action) {
        action.run();
    }
}
