package dev.hostednet.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reads a password from a file (its first line) or from an environment variable, never from the command line,
 * where {@code ps} shows it to every user. The value itself never reaches a log line or a message.
 */
final class Secrets {


    private Secrets() {
    }

    /**
     * @param what what the password is for, for messages ("password")
     * @param file a file holding it, or null
     * @param env an environment variable holding it, or null
     * @return the password, or null when neither is given
     * @throws IllegalArgumentException when the file or variable cannot be read or is empty
     */
    static char[] read(String what, Path file, String env) {
        if (file != null && env != null) {
            throw new IllegalArgumentException("give " + what + ".file or " + what + ".env, not both");
        }
        if (env != null) {
            String v = System.getenv(env);
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException(what + ".env=" + env + ": that environment variable is not set");
            }
            return v.toCharArray();
        }
        if (file == null) {
            return null;
        }
        try {
            warnIfOthersCanRead(what, file);
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IllegalArgumentException(what + ".file=" + file + " is empty");
            }
            return first.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(what + ".file=" + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void warnIfOthersCanRead(String what, Path p) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                // stderr, not a logger, at start: see Agent's start line
                System.err.println("hostednet-agent: WARNING: " + what + ".file " + p
                    + " can be read by other users; chmod 600 it");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): its ACLs are the user's business
        }
    }
}
