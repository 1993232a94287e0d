package ariadne.x86;

/** SSE registers; the ordinal is the hardware register number. */
public enum Xmm {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** Hardware number 0..15; bit 3 goes into a REX prefix. */
    public int code() {
        return ordinal();
    }
}
