package java.lang;

/** One frame of a stack trace: class, method, source file and line, printed as HotSpot prints them. */
public final class StackTraceElement implements java.io.Serializable {
    private static final int NATIVE_METHOD = -2;

    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public boolean isNativeMethod() {
        return lineNumber == NATIVE_METHOD;
    }

    public String toString() {
        StringBuilder text = new StringBuilder(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            text.append("Native Method");
        } else if (fileName == null) {
            text.append("Unknown Source");
        } else {
            text.append(fileName);
            if (lineNumber >= 0) {
                text.append(':').append(lineNumber);
            }
        }
        return text.append(')').toString();
    }

    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement element = (StackTraceElement) other;
        return declaringClass.equals(element.declaringClass) && methodName.equals(element.methodName)
                && lineNumber == element.lineNumber
                && (fileName == null ? element.fileName == null : fileName.equals(element.fileName));
    }

    public int hashCode() {
        int hash = 31 * declaringClass.hashCode() + methodName.hashCode();
        hash = 31 * hash + (fileName == null ? 0 : fileName.hashCode());
        return 31 * hash + lineNumber;
    }
}
