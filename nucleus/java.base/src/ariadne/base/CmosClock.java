package ariadne.base;

import ariadne.magic.Magic;

/**
 * The PC's battery-backed real-time clock (MC146818 in the CMOS, ports 0x70/0x71), read as
 * seconds since 1970-01-01 UTC (QEMU keeps it in UTC). Its resolution is one second.
 */
public final class CmosClock {

    private static final int INDEX_PORT = 0x70;
    private static final int DATA_PORT = 0x71;
    private static final int SECONDS = 0x00;
    private static final int MINUTES = 0x02;
    private static final int HOURS = 0x04;
    private static final int DAY = 0x07;
    private static final int MONTH = 0x08;
    private static final int YEAR = 0x09;
    private static final int STATUS_A = 0x0a;
    private static final int STATUS_B = 0x0b;
    private static final int CENTURY = 0x32;
    private static final int UPDATE_IN_PROGRESS = 0x80;
    private static final int BINARY_MODE = 0x04;
    private static final int HOURS_24 = 0x02;
    private static final int PM = 0x80;

    private CmosClock() {
    }

    /** Seconds since the epoch: the registers are read until two reads agree (no update between). */
    public static long epochSeconds() {
        long previous;
        long current = readOnce();
        do {
            previous = current;
            current = readOnce();
        } while (current != previous);
        return current;
    }

    private static int register(int index) {
        Magic.outb(INDEX_PORT, index);
        return Magic.inb(DATA_PORT) & 0xff;
    }

    private static long readOnce() {
        while ((register(STATUS_A) & UPDATE_IN_PROGRESS) != 0) {
            Magic.pause();
        }
        int status = register(STATUS_B);
        boolean binary = (status & BINARY_MODE) != 0;
        int second = value(register(SECONDS), binary);
        int minute = value(register(MINUTES), binary);
        int hourRegister = register(HOURS);
        int hour = value(hourRegister & ~PM, binary);
        if ((status & HOURS_24) == 0) {
            hour = (hour % 12) + ((hourRegister & PM) != 0 ? 12 : 0);
        }
        int day = value(register(DAY), binary);
        int month = value(register(MONTH), binary);
        int year = value(register(YEAR), binary) + 100 * value(register(CENTURY), binary);
        if (year < 1970) {
            year += 2000 - 100 * (year / 100);
        }
        return daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
    }

    private static int value(int raw, boolean binary) {
        return binary ? raw : (raw & 0x0f) + 10 * (raw >> 4);
    }

    /** Days from 1970-01-01 to the given proleptic Gregorian date (eras of 400 years). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097L + dayOfEra - 719468;
    }
}
