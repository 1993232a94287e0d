package other;

import ariadne.ownership.ThreadSafe;

/** A thread-safe object of another cell, built to be shared between tasks. */
@ThreadSafe
public class Mailbox {
    public void post(String message) {}

    public static Mailbox system() {
        return new Mailbox();
    }

    public static void subscribe(Mailbox mailbox) {}
}
