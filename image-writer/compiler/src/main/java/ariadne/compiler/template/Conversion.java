package ariadne.compiler.template;

/** The primitive conversions {@code i2l ... d2f}; float to integer conversions saturate, NaN gives 0. */
public enum Conversion {
    I2L, L2I, I2B, I2C, I2S,
    I2F, I2D, L2F, L2D,
    F2I, F2L, D2I, D2L,
    F2D, D2F
}
