module java.base {
    exports java.lang;
    exports java.lang.annotation;
}
