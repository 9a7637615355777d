package healthbot.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebianPackagesTest {

    @Test
    void aProgramOnThePathIsFoundWithoutInstallingAnything() {
        Path sh = DebianPackages.require("sh", "dash");
        assertTrue(Files.isExecutable(sh), sh + " should be executable");
    }

    @Test
    void aProgramThatIsNowhereIsReportedAsMissing() {
        assertEquals(java.util.Optional.empty(), DebianPackages.find("no-such-program-healthbot"));
    }
}
