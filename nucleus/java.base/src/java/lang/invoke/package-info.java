/**
 * The names javac needs to compile lambdas, method references and record methods to
 * {@code invokedynamic}. Ariadne lowers every such call site at build time (closed world), so
 * nothing here runs: the bootstrap methods throw if they are ever called.
 */
package java.lang.invoke;
