package dev.hostednet.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented sessions of a markdown file: its {@code ```console} blocks, where a line starting with {@code $ }
 * is a command (a trailing backslash continues it on the next line) and the lines after it, up to the next command,
 * are what it prints (standard output and error together). {@link Expected} says how an answer is compared.
 */
public final class ConsoleBlocks {

    /**
     * One documented command and its output.
     *
     * @param file the markdown file
     * @param line the command's line in it (1-based), for the failure message
     * @param command the command as a reader would type it
     * @param output the lines documented after it
     */
    public record Step(Path file, int line, String command, List<String> output) {
        /** @return where the step is documented, as file:line */
        public String where() {
            return file + ":" + line;
        }
    }

    private ConsoleBlocks() {
    }

    /**
     * @param file a markdown file
     * @return its documented commands, in order
     * @throws IOException if it cannot be read
     */
    public static List<Step> steps(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Step> steps = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder command = null;
        int commandLine = 0;
        List<String> output = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!inBlock) {
                inBlock = l.strip().equals("```console");
                continue;
            }
            boolean end = l.strip().equals("```");
            boolean continued = command != null && output.isEmpty() && command.toString().endsWith("\\");
            if (continued && !end) {
                command.setLength(command.length() - 1);
                command.append(' ').append(l.strip());
                continue;
            }
            if (end || l.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(file, commandLine, command.toString(), List.copyOf(output)));
                }
                command = end ? null : new StringBuilder(l.substring(2));
                commandLine = i + 1;
                output.clear();
                inBlock = !end;
                continue;
            }
            if (command != null) {
                output.add(l);
            }
        }
        return steps;
    }

    /**
     * @param file a markdown file
     * @return the text of every fenced block in it, in order
     * @throws IOException if it cannot be read
     */
    public static List<String> fencedBlocks(Path file) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String l : Files.readAllLines(file)) {
            if (l.strip().startsWith("```")) {
                if (current == null) {
                    current = new StringBuilder();
                } else {
                    blocks.add(current.toString());
                    current = null;
                }
            } else if (current != null) {
                current.append(l).append('\n');
            }
        }
        return blocks;
    }
}
