package ariadne.imagewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Main.run(List.of()));
        assertEquals(2, Main.run(List.of("frobnicate")));
        assertEquals(2, Main.run(List.of("build", "--nope", "x")));
        assertEquals(2, Main.run(List.of("build", "--root")));
        assertEquals(2, Main.run(List.of("java", "--main", "p.Main")));
    }
}
