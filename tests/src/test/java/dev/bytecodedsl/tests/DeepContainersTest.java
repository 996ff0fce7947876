package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bytecodedsl.runtime.VmOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * repr and == of containers nested past CPython's recursion limit raise RecursionError at once
 * (before: 168 s and 5 GB for a 300,000-deep list). Expected output is CPython 3.11's.
 */
class DeepContainersTest {
    @Test
    void reprAndEqualityHitTheRecursionLimit() {
        String program = """
                x = []
                for i in range(300000):
                    x = [x]
                try:
                    print(len(repr(x)))
                except RecursionError as e:
                    print('repr', e)
                y = []
                for i in range(300000):
                    y = [y]
                try:
                    print(x == y)
                except RecursionError as e:
                    print('eq', e)
                shallow = [[[1]]]
                print(repr(shallow), shallow == [[[1]]])
                """;
        String out = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ProgramRun.of(program, VmOptions.defaults()).out());
        assertEquals("""
                repr maximum recursion depth exceeded while getting the repr of an object
                eq maximum recursion depth exceeded in comparison
                [[[1]]] True
                """, out);
    }
}
