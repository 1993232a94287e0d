package ariadne.checker;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The task cell's spawn API, which the checker knows by name so that its ownership rules hold
 * whether or not the task cell's sources carry the annotations: every parameter and the result
 * of {@code ariadne.task.Task.spawn} are {@code @Unique}, {@code ariadne.task.OneShot.run}
 * consumes its receiver, so a one-shot entry can be run or spawned only once, and
 * {@code ariadne.task.JoinHandle.join} hands the finished task's result over as {@code @Unique}.
 */
final class TaskApi {
    static final String TASK = "ariadne.task.Task";
    static final String ONE_SHOT = "ariadne.task.OneShot";
    static final String JOIN_HANDLE = "ariadne.task.JoinHandle";

    private TaskApi() {}

    static boolean isSpawn(ExecutableElement method) {
        return method.getSimpleName().contentEquals("spawn") && declaredIn(method, TASK);
    }

    static boolean isOneShotRun(ExecutableElement method) {
        return method.getSimpleName().contentEquals("run") && declaredIn(method, ONE_SHOT);
    }

    static boolean isJoin(ExecutableElement method) {
        return method.getSimpleName().contentEquals("join") && declaredIn(method, JOIN_HANDLE);
    }

    private static boolean declaredIn(ExecutableElement method, String className) {
        return method.getEnclosingElement() instanceof TypeElement type
                && type.getQualifiedName().contentEquals(className);
    }
}
