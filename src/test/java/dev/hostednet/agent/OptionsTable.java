package dev.hostednet.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The manual's table of options, made from {@link Option}; {@link OptionsManualTest} fails when options.md holds
 * another. Run after changing an option (from the project's folder):
 * {@code mvn -B -q -o test-compile && java -cp target/classes:target/test-classes dev.hostednet.agent.OptionsTable}
 */
final class OptionsTable {

    static final Path MANUAL = Path.of("src/site/markdown/options.md");
    static final String BEGIN = "<!-- options table: made from dev.hostednet.agent.Option by OptionsTable; edit the"
        + " enum, not this table -->\n";
    static final String END = "<!-- end of the options table -->\n";

    private OptionsTable() {
    }

    /** @return the table, header included, one row for each option in the enum's order */
    static String render() {
        StringBuilder t = new StringBuilder("| option | default | type | meaning |\n|---|---|---|---|\n");
        for (Option o : Option.values()) {
            t.append("| `").append(o.key()).append("` | ")
                .append(o.defaultValue().isEmpty() ? "" : "`" + o.defaultValue() + "`").append(" | ")
                .append(cell(o.typeName())).append(" | ").append(cell(o.meaning())).append(" |\n");
        }
        return t.toString();
    }

    /** @return the part of the page between the markers, or null when a marker is missing */
    static String section(String page) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        return begin < 0 || end < begin ? null : page.substring(begin + BEGIN.length(), end);
    }

    /** A '|' inside a cell would end it: Markdown reads "\|" as the character. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Writes the table into the manual between the markers. */
    public static void main(String[] args) throws IOException {
        String page = Files.readString(MANUAL, StandardCharsets.UTF_8);
        String old = section(page);
        if (old == null) {
            throw new IllegalStateException(MANUAL + " has lost its markers: " + BEGIN.strip() + " ... " + END.strip());
        }
        int begin = page.indexOf(BEGIN) + BEGIN.length();
        Files.writeString(MANUAL, page.substring(0, begin) + render() + page.substring(begin + old.length()),
            StandardCharsets.UTF_8);
    }
}
