package java.lang;

/**
 * StrictMath's elementary functions: the fdlibm 5.3 algorithms (argument reduction, the same
 * polynomial coefficients and the same operation order), so results are bit for bit those of
 * the JDK's StrictMath. Doubles are taken apart into 32-bit high and low words as fdlibm does.
 */
final class FdLibm {

    private static final double TWO24 = 0x1.0p24;
    private static final double TWO54 = 0x1.0p54;
    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;
    private static final int ABS_MASK = 0x7fffffff;
    private static final int EXP_BITS = 0x7ff00000;

    private FdLibm() {
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHigh(double x, int high) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffffL) | ((long) high << 32));
    }

    private static double withLow(double x, int low) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffff00000000L) | (low & 0xffffffffL));
    }

    private static double fromWords(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xffffffffL));
    }

    // ---- sin, cos, tan --------------------------------------------------------------------

    private static final double S1 = -0x1.5555555555549p-3;
    private static final double S2 = 0x1.111111110f8a6p-7;
    private static final double S3 = -0x1.a01a019c161d5p-13;
    private static final double S4 = 0x1.71de357b1fe7dp-19;
    private static final double S5 = -0x1.ae5e68a2b9cebp-26;
    private static final double S6 = 0x1.5d93a5acfd57cp-33;

    private static final double C1 = 0x1.555555555554cp-5;
    private static final double C2 = -0x1.6c16c16c15177p-10;
    private static final double C3 = 0x1.a01a019cb159p-16;
    private static final double C4 = -0x1.27e4f809c52adp-22;
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29;
    private static final double C6 = -0x1.8fae9be8838d4p-37;

    private static final double PIO4 = 0x1.921fb54442d18p-1;
    private static final double PIO4_LO = 0x1.1a62633145c07p-55;
    private static final double[] T = {
        0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
        0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
        0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
        0x1.b2a7074bf7ad4p-16,
    };

    static double sin(double x) {
        int ix = high(x) & ABS_MASK;
        if (ix <= 0x3fe921fb) {
            return kernelSin(x, 0.0, false);
        }
        if (ix >= EXP_BITS) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0:
                return kernelSin(y[0], y[1], true);
            case 1:
                return kernelCos(y[0], y[1]);
            case 2:
                return -kernelSin(y[0], y[1], true);
            default:
                return -kernelCos(y[0], y[1]);
        }
    }

    static double cos(double x) {
        int ix = high(x) & ABS_MASK;
        if (ix <= 0x3fe921fb) {
            return kernelCos(x, 0.0);
        }
        if (ix >= EXP_BITS) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0:
                return kernelCos(y[0], y[1]);
            case 1:
                return -kernelSin(y[0], y[1], true);
            case 2:
                return -kernelCos(y[0], y[1]);
            default:
                return kernelSin(y[0], y[1], true);
        }
    }

    static double tan(double x) {
        int ix = high(x) & ABS_MASK;
        if (ix <= 0x3fe921fb) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= EXP_BITS) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
    }

    /** sin(x + y) for |x| <= pi/4, y the tail of x (used only if hasTail). */
    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = high(x) & ABS_MASK;
        if (ix < 0x3e400000 && (int) x == 0) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static double kernelCos(double x, double y) {
        int ix = high(x) & ABS_MASK;
        if (ix < 0x3e400000 && (int) x == 0) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd33333) {
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /** tan(x + y) if sign is 1, -1/tan(x + y) if sign is -1, for |x| <= pi/4. */
    private static double kernelTan(double x, double y, int sign) {
        int hx = high(x);
        int ix = hx & ABS_MASK;
        if (ix < 0x3e300000 && (int) x == 0) {
            if (((ix | low(x)) | (sign + 1)) == 0) {
                return 1.0 / Math.abs(x);
            }
            if (sign == 1) {
                return x;
            }
            return negativeReciprocal(x + y, y, x);
        }
        boolean large = ix >= 0x3fe59428;
        if (large) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4_LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (large) {
            v = sign;
            return (double) (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (sign == 1) {
            return w;
        }
        return negativeReciprocal(w, r, x);
    }

    /** -1/w computed carefully, where w = x + r. */
    private static double negativeReciprocal(double w, double r, double x) {
        double z = withLow(w, 0);
        double v = r - (z - x);
        double a = -1.0 / w;
        double t = withLow(a, 0);
        double s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    private static final double INV_PIO2 = 0x1.45f306dc9c883p-1;
    private static final double PIO2_1 = 0x1.921fb544p0;
    private static final double PIO2_1T = 0x1.0b4611a626331p-34;
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_2T = 0x1.3198a2e037073p-69;
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    private static final double PIO2_3T = 0x1.b839a252049c1p-104;

    /**
     * x - n*pi/2 as y[0] + y[1] with |y| <= pi/4; returns n. Large arguments use
     * {@link PiOverTwoReduction}.
     */
    private static int remPio2(double x, double[] y) {
        int hx = high(x);
        int ix = hx & ABS_MASK;
        if (ix < 0x4002d97c) {
            // |x| < 3pi/4: n is +-1.
            double sign = hx > 0 ? 1.0 : -1.0;
            double z = x - sign * PIO2_1;
            if (ix != 0x3ff921fb) {
                y[0] = z - sign * PIO2_1T;
                y[1] = (z - y[0]) - sign * PIO2_1T;
            } else {
                z -= sign * PIO2_2;
                y[0] = z - sign * PIO2_2T;
                y[1] = (z - y[0]) - sign * PIO2_2T;
            }
            return hx > 0 ? 1 : -1;
        }
        if (ix <= 0x413921fb) {
            double t = Math.abs(x);
            int n = (int) (t * INV_PIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;
            y[0] = r - w;
            if (n >= 32 || ix == nearMultipleHigh(n)) {
                int j = ix >> 20;
                int i = j - ((high(y[0]) >> 20) & 0x7ff);
                if (i > 16) {
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    i = j - ((high(y[0]) >> 20) & 0x7ff);
                    if (i > 49) {
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        int n = PiOverTwoReduction.reduce(Math.abs(x), y);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /**
     * fdlibm checks for cancellation (and refines the reduction) when n >= 32 or x's high word
     * equals that of n*pi/2; this is that high word for n = 1..31.
     */
    private static int nearMultipleHigh(int n) {
        return high(n * (Math.PI / 2));
    }

    // ---- asin, acos, atan, atan2 ---------------------------------------------------------

    private static final double PIO2_HI = 0x1.921fb54442d18p0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;
    private static final double PS0 = 0x1.5555555555555p-3;
    private static final double PS1 = -0x1.4d61203eb6f7dp-2;
    private static final double PS2 = 0x1.9c1550e884455p-3;
    private static final double PS3 = -0x1.48228b5688f3bp-5;
    private static final double PS4 = 0x1.9efe07501b288p-11;
    private static final double PS5 = 0x1.23de10dfdf709p-15;
    private static final double QS1 = -0x1.33a271c8a2d4bp1;
    private static final double QS2 = 0x1.02ae59c598ac8p1;
    private static final double QS3 = -0x1.6066c1b8d0159p-1;
    private static final double QS4 = 0x1.3b8c5b12e9282p-4;

    /** The rational approximation R(t) = p(t)/q(t) of asin and acos, as (p, q). */
    private static double asinP(double t) {
        return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    }

    private static double asinQ(double t) {
        return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    }

    static double asin(double x) {
        int hx = high(x);
        int ix = hx & ABS_MASK;
        if (ix >= 0x3ff00000) {
            if (((ix - 0x3ff00000) | low(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {
            double t = 0;
            if (ix < 0x3e400000) {
                if (HUGE + x > 1.0) {
                    return x;
                }
            } else {
                t = x * x;
            }
            double w = asinP(t) / asinQ(t);
            return x + x * w;
        }
        double w = 1.0 - Math.abs(x);
        double t = w * 0.5;
        double p = asinP(t);
        double q = asinQ(t);
        double s = StrictMath.sqrt(t);
        if (ix >= 0x3fef3333) {
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = withLow(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4 - 2.0 * w;
            t = PIO4 - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    static double acos(double x) {
        int hx = high(x);
        int ix = hx & ABS_MASK;
        if (ix >= 0x3ff00000) {
            if (((ix - 0x3ff00000) | low(x)) == 0) {
                return hx > 0 ? 0.0 : Math.PI + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {
            if (ix <= 0x3c600000) {
                return PIO2_HI + PIO2_LO;
            }
            double z = x * x;
            double r = asinP(z) / asinQ(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (hx < 0) {
            double z = (1.0 + x) * 0.5;
            double p = asinP(z);
            double q = asinQ(z);
            double s = StrictMath.sqrt(z);
            double r = p / q;
            double w = r * s - PIO2_LO;
            return Math.PI - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5;
        double s = StrictMath.sqrt(z);
        double df = withLow(s, 0);
        double c = (z - df * df) / (s + df);
        double r = asinP(z) / asinQ(z);
        double w = r * s + c;
        return 2.0 * (df + w);
    }

    private static final double[] ATAN_HI = {
        0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0,
    };
    private static final double[] ATAN_LO = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
    };
    private static final double[] AT = {
        0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
        0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
        0x1.97b4b24760debp-5, -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
    };

    static double atan(double x) {
        int hx = high(x);
        int ix = hx & ABS_MASK;
        int id;
        if (ix >= 0x44100000) {
            if (ix > EXP_BITS || (ix == EXP_BITS && low(x) != 0)) {
                return x + x;
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc0000) {
            if (ix < 0x3e200000 && HUGE + x > 1.0) {
                return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) {
                if (ix < 0x3fe60000) {
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) {
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    private static final double PI_LO = 0x1.1a62633145c07p-53;

    static double atan2(double y, double x) {
        if (x != x || y != y) {
            return x + y;
        }
        int hx = high(x);
        int ix = hx & ABS_MASK;
        int lx = low(x);
        int hy = high(y);
        int iy = hy & ABS_MASK;
        int ly = low(y);
        if (((hx - 0x3ff00000) | lx) == 0) {
            return atan(y);
        }
        // 2 * sign(x) + sign(y)
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) {
            switch (m) {
                case 0:
                case 1:
                    return y;
                case 2:
                    return Math.PI + TINY;
                default:
                    return -Math.PI - TINY;
            }
        }
        if ((ix | lx) == 0) {
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        if (ix == EXP_BITS) {
            if (iy == EXP_BITS) {
                switch (m) {
                    case 0:
                        return PIO4 + TINY;
                    case 1:
                        return -PIO4 - TINY;
                    case 2:
                        return 3.0 * PIO4 + TINY;
                    default:
                        return -3.0 * PIO4 - TINY;
                }
            }
            switch (m) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return Math.PI + TINY;
                default:
                    return -Math.PI - TINY;
            }
        }
        if (iy == EXP_BITS) {
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            z = PIO2_HI + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) {
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        switch (m) {
            case 0:
                return z;
            case 1:
                return -z;
            case 2:
                return Math.PI - (z - PI_LO);
            default:
                return (z - PI_LO) - Math.PI;
        }
    }

    // ---- exp, log, log10, expm1, log1p ---------------------------------------------------

    private static final double O_THRESHOLD = 0x1.62e42fefa39efp9;
    private static final double U_THRESHOLD = -0x1.74910d52d3051p9;
    private static final double TWO_M1000 = 0x1.0p-1000;
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    private static final double P1 = 0x1.555555555553ep-3;
    private static final double P2 = -0x1.6c16c16bebd93p-9;
    private static final double P3 = 0x1.1566aaf25de2cp-14;
    private static final double P4 = -0x1.bbd41c5d26bf1p-20;
    private static final double P5 = 0x1.6376972bea4d0p-25;

    static double exp(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= ABS_MASK;
        if (hx >= 0x40862e42) {
            if (hx >= EXP_BITS) {
                if (((hx & 0xfffff) | low(x)) != 0) {
                    return x + x;
                }
                return negative ? 0.0 : x;
            }
            if (x > O_THRESHOLD) {
                return HUGE * HUGE;
            }
            if (x < U_THRESHOLD) {
                return TWO_M1000 * TWO_M1000;
            }
        }
        double hi = 0.0;
        double lo = 0.0;
        int k = 0;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3ff0a2b2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) {
            if (HUGE + x > 1.0) {
                return 1.0 + x;
            }
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHigh(y, high(y) + (k << 20));
        }
        return withHigh(y, high(y) + ((k + 1000) << 20)) * TWO_M1000;
    }

    private static final double LG1 = 0x1.5555555555593p-1;
    private static final double LG2 = 0x1.999999997fa04p-2;
    private static final double LG3 = 0x1.2492494229359p-2;
    private static final double LG4 = 0x1.c71c51d8e78afp-3;
    private static final double LG5 = 0x1.7466496cb03dep-3;
    private static final double LG6 = 0x1.39a09d078c69fp-3;
    private static final double LG7 = 0x1.2f112df3e5244p-3;

    static double log(double x) {
        int hx = high(x);
        int lx = low(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & ABS_MASK) | lx) == 0) {
                return -TWO54 / 0.0;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO54;
            hx = high(x);
        }
        if (hx >= EXP_BITS) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // Normalize x or x/2 into [sqrt(2)/2, sqrt(2)).
        x = withHigh(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    private static final double IVLN10 = 0x1.bcb7b1526e50ep-2;
    private static final double LOG10_2HI = 0x1.34413509f6p-2;
    private static final double LOG10_2LO = 0x1.9fef311f12b36p-42;

    static double log10(double x) {
        int hx = high(x);
        int lx = low(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & ABS_MASK) | lx) == 0) {
                return -TWO54 / 0.0;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO54;
            hx = high(x);
        }
        if (hx >= EXP_BITS) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHigh(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    private static final double Q1 = -0x1.11111111110f4p-5;
    private static final double Q2 = 0x1.a01a019fe5585p-10;
    private static final double Q3 = -0x1.4ce199eaadbb7p-14;
    private static final double Q4 = 0x1.0cfca86e65239p-18;
    private static final double Q5 = -0x1.afdb76e09c32dp-23;

    static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= ABS_MASK;
        if (hx >= 0x4043687a) {
            if (hx >= 0x40862e42) {
                if (hx >= EXP_BITS) {
                    if (((hx & 0xfffff) | low(x)) != 0) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (negative && x + TINY < 0.0) {
                return TINY - 1.0;
            }
        }
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) {
            double hi;
            double lo;
            if (hx < 0x3ff0a2b2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56) {
            y = 1.0 - (e - x);
            y = withHigh(y, high(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = fromWords(0x3ff00000 - (0x200000 >> k), 0);
            y = t - (e - x);
        } else {
            t = fromWords((0x3ff - k) << 20, 0);
            y = x - (e + t);
            y += 1.0;
        }
        return withHigh(y, high(y) + (k << 20));
    }

    static double log1p(double x) {
        int hx = high(x);
        int ax = hx & ABS_MASK;
        int k = 1;
        double f = 0;
        double c = 0;
        int hu = 0;
        if (hx < 0x3fda827a) {
            if (ax >= 0x3ff00000) {
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) {
                if (TWO54 + x > 0.0 && ax < 0x3c900000) {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= EXP_BITS) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHigh(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    // ---- sinh, cosh, tanh -----------------------------------------------------------------

    private static final double SHUGE = 1.0e307;

    static double sinh(double x) {
        int jx = high(x);
        int ix = jx & ABS_MASK;
        if (ix >= EXP_BITS) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000 && SHUGE + x > 1.0) {
                return x;
            }
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) {
            return h * exp(Math.abs(x));
        }
        if (belowCoshOverflow(ix, low(x))) {
            double w = exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SHUGE;
    }

    /** |x| <= the largest argument for which sinh and cosh do not overflow. */
    private static boolean belowCoshOverflow(int ix, int lx) {
        return ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0);
    }

    static double cosh(double x) {
        int ix = high(x) & ABS_MASK;
        if (ix >= EXP_BITS) {
            return x * x;
        }
        if (ix < 0x3fd62e43) {
            double t = expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * exp(Math.abs(x));
        }
        if (belowCoshOverflow(ix, low(x))) {
            double w = exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE;
    }

    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & ABS_MASK;
        if (ix >= EXP_BITS) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3c800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    // ---- cbrt, hypot ----------------------------------------------------------------------

    private static final int CBRT_B1 = 715094163;
    private static final int CBRT_B2 = 696219795;
    private static final double CBRT_C = 0x1.15f15f15f15f1p-1;
    private static final double CBRT_D = -0x1.691de2532c834p-1;
    private static final double CBRT_E = 0x1.6a0ea0ea0ea0fp0;
    private static final double CBRT_F = 0x1.9b6db6db6db6ep0;
    private static final double CBRT_G = 0x1.6db6db6db6db7p-2;

    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        double sign = x < 0.0 ? -1.0 : 1.0;
        x = Math.abs(x);
        double t = 0.0;
        if (x < Double.MIN_NORMAL) {
            t = TWO54 * x;
            t = withHigh(t, high(t) / 3 + CBRT_B2);
        } else {
            t = withHigh(t, high(x) / 3 + CBRT_B1);
        }
        double r = t * t / x;
        double s = CBRT_C + r * t;
        t *= CBRT_G + CBRT_F / (s + CBRT_E + CBRT_D / s);
        // Chop to 20 bits and make it larger than the cube root.
        t = withLow(t, 0);
        t = withHigh(t, high(t) + 1);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return sign * t;
    }

    private static final double TWO_MINUS_600 = 0x1.0p-600;
    private static final double TWO_PLUS_600 = 0x1.0p600;

    static double hypot(double x, double y) {
        double a = Math.abs(x);
        double b = Math.abs(y);
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            return a + b;
        }
        if (b > a) {
            double tmp = a;
            a = b;
            b = tmp;
        }
        int ha = high(a);
        int hb = high(b);
        if ((ha - hb) > 0x3c00000) {
            return a + b;
        }
        int k = 0;
        if (a > 0x1.00000ffffffffp500) {
            ha -= 0x25800000;
            hb -= 0x25800000;
            a = a * TWO_MINUS_600;
            b = b * TWO_MINUS_600;
            k += 600;
        }
        if (b < 0x1.0p-500) {
            if (b < Double.MIN_NORMAL) {
                if (b == 0.0) {
                    return a;
                }
                double t1 = 0x1.0p1022;
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                a = a * TWO_PLUS_600;
                b = b * TWO_PLUS_600;
                k -= 600;
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = fromWords(ha, 0);
            double t2 = a - t1;
            w = StrictMath.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromWords(hb, 0);
            double y2 = b - y1;
            double t1 = fromWords(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = StrictMath.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        return k != 0 ? fromWords((k + 1023) << 20, 0) * w : w;
    }

    // ---- pow ------------------------------------------------------------------------------

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 0x1.2b8034p-1};
    private static final double[] DP_L = {0.0, 0x1.cfdeb43cfd006p-27};
    private static final double L1 = 0x1.3333333333303p-1;
    private static final double L2 = 0x1.b6db6db6fabffp-2;
    private static final double L3 = 0x1.55555518f264dp-2;
    private static final double L4 = 0x1.17460a91d4101p-2;
    private static final double L5 = 0x1.d864a93c9db65p-3;
    private static final double L6 = 0x1.a7e284a454eefp-3;
    private static final double CP = 0x1.ec709dc3a03fdp-1;
    private static final double CP_H = 0x1.ec709ep-1;
    private static final double CP_L = -0x1.e2fe0145b01f5p-28;
    private static final double INV_LN2_H = 0x1.715476p0;
    private static final double INV_LN2_L = 0x1.4ae0bf85ddf44p-26;
    private static final double LN2 = 0x1.62e42fefa39efp-1;
    private static final double LN2_H = 0x1.62e43p-1;
    private static final double LN2_L = -0x1.05c610ca86c39p-29;
    private static final double OVT = 8.0085662595372944372e-0017;

    static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (x != x || y != y) {
            return x + y;
        }
        double yAbs = Math.abs(y);
        double xAbs = Math.abs(x);
        if (y == 2.0) {
            return x * x;
        }
        if (y == 0.5 && x >= -Double.MAX_VALUE) {
            return StrictMath.sqrt(x + 0.0);
        }
        if (yAbs == 1.0) {
            return y == 1.0 ? x : 1.0 / x;
        }
        if (yAbs == Double.POSITIVE_INFINITY) {
            if (xAbs == 1.0) {
                return y - y;
            }
            if (xAbs > 1.0) {
                return y >= 0 ? y : 0.0;
            }
            return y < 0 ? -y : 0.0;
        }
        int hx = high(x);
        int ix = hx & ABS_MASK;
        // 0: y is not an integer, 1: odd, 2: even (only needed for negative x).
        int yIsInt = 0;
        if (hx < 0) {
            if (yAbs >= 0x1.0p53) {
                yIsInt = 2;
            } else if (yAbs >= 1.0) {
                long asLong = (long) yAbs;
                if ((double) asLong == yAbs) {
                    yIsInt = 2 - (int) (asLong & 1L);
                }
            }
        }
        if (xAbs == 0.0 || xAbs == Double.POSITIVE_INFINITY || xAbs == 1.0) {
            double z = xAbs;
            if (y < 0.0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yIsInt) == 0) {
                    z = (z - z) / (z - z);
                } else if (yIsInt == 1) {
                    z = -1.0 * z;
                }
            }
            return z;
        }
        int n = (hx >> 31) + 1;
        if ((n | yIsInt) == 0) {
            return (x - x) / (x - x);
        }
        double sign = (n | (yIsInt - 1)) == 0 ? -1.0 : 1.0;
        double t1;
        double t2;
        if (yAbs > 0x1.00000ffffffffp31) {
            if (xAbs < 0x1.fffff00000000p-1) {
                return y < 0.0 ? sign * Double.POSITIVE_INFINITY : sign * 0.0;
            }
            if (xAbs > 0x1.00000ffffffffp0) {
                return y > 0.0 ? sign * Double.POSITIVE_INFINITY : sign * 0.0;
            }
            double t = xAbs - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = INV_LN2_H * t;
            double v = t * INV_LN2_L - w * INV_LN2;
            t1 = withLow(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {
                xAbs *= 0x1.0p53;
                n -= 53;
                ix = high(xAbs);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988e) {
                k = 0;
            } else if (j < 0xbb67a) {
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            xAbs = withHigh(xAbs, ix);
            double u = xAbs - BP[k];
            double v = 1.0 / (xAbs + BP[k]);
            double ss = u * v;
            double sH = withLow(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = xAbs - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLow(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLow(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = n;
            t1 = withLow(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        // (y1 + y2) * (t1 + t2), y1 = y with its low word cleared.
        double y1 = withLow(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = high(z);
        int i = low(z);
        if (j >= 0x40900000) {
            if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
                return sign * Double.POSITIVE_INFINITY;
            }
        } else if ((j & ABS_MASK) >= 0x4090cc00) {
            if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
                return sign * 0.0;
            }
        }
        i = j & ABS_MASK;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & ABS_MASK) >> 20) - 0x3ff;
            double t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLow(pL + pH, 0);
        double u = t * LN2_H;
        double v = (pL - (t - pH)) * LN2 + t * LN2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = high(z) + (n << 20);
        if ((j >> 20) <= 0) {
            z = Math.scalb(z, n);
        } else {
            z = withHigh(z, high(z) + (n << 20));
        }
        return sign * z;
    }

    // ---- IEEEremainder --------------------------------------------------------------------

    /** x - n*p with n the integer nearest x/p (ties to even), computed exactly. */
    static double remainder(double x, double p) {
        if (x != x || p != p || Double.isInfinite(x) || p == 0.0) {
            return (x * p) / (x * p);
        }
        if (Double.isInfinite(p)) {
            return x;
        }
        double a = Math.abs(p);
        double r = x % a;
        boolean oddQuotient = a <= Double.MAX_VALUE / 2 ? Math.abs(x % (2 * a)) >= a : Math.abs(x) >= a;
        double ar = Math.abs(r);
        if (2 * ar > a || (2 * ar == a && oddQuotient)) {
            r = r > 0 ? r - a : r + a;
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }
}
