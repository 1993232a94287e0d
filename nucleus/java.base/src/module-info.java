/** The dialect's java.base: a subset of the JDK's API, plus the nucleus' magic and runtime. */
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.invoke;
    exports java.lang.runtime;
    exports java.util;
    exports java.util.function;
    exports ariadne.base;
    exports ariadne.magic;
    exports ariadne.ownership;
    exports ariadne.runtime;
    exports ariadne.runtime.unwind;
}
