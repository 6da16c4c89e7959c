package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The manual's options table is the one {@link Option} makes: no option, default, type or meaning differs. */
class OptionsManualTest {

    @Test
    void theManualsTableIsTheOneTheCodeMakes() throws Exception {
        String section = OptionsTable.section(Files.readString(OptionsTable.MANUAL, StandardCharsets.UTF_8));
        assertNotNull(section, OptionsTable.MANUAL + " keeps the markers around its table");
        assertEquals(OptionsTable.render(), section, OptionsTable.MANUAL + "'s table differs from the Option enum;"
            + " edit the enum, then run: mvn -B -q -o test-compile && java -cp target/classes:target/test-classes"
            + " dev.hostednet.agent.OptionsTable");
    }
}
