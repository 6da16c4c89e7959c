package dev.hostednet.agent.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jolokia.json.JSONObject;
import org.jolokia.json.parser.JSONParser;

/** An agent reached over Jolokia's HTTP/JSON protocol, as curl would. */
final class JolokiaTarget implements Target {

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    JolokiaTarget(String url) {
        this.url = url.endsWith("/") ? url : url + "/";
    }

    @Override
    public int state(PrintStream out, PrintStream err) {
        return send("{\"type\":\"read\",\"mbean\":\"" + MBEAN + "\",\"attribute\":\"State\"}", out, err,
            v -> String.valueOf(v));
    }

    @Override
    public int refresh(boolean restart, PrintStream out, PrintStream err) {
        String op = restart ? "refreshSecuritySettingsAndRestart" : "refreshSecuritySettings";
        return send("{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"" + op + "\"}", out, err,
            v -> Target.outcomeLine(((Map<?, ?>) v)::get));
    }

    @Override
    public int network(String operation, PrintStream out, PrintStream err) {
        // operation is start or stop (chosen by the command line), so it needs no JSON escaping
        return send("{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"" + operation + "\"}", out,
            err, v -> Target.outcomeLine(((Map<?, ?>) v)::get));
    }

    @Override
    public int rotateUserKey(PrintStream out, PrintStream err) {
        return send("{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"rotateUserKey\"}", out, err,
            v -> Target.outcomeLine(((Map<?, ?>) v)::get));
    }

    @Override
    public int requireReveal(String command, PrintStream err) {
        boolean[] on = {false};
        int sent = send("{\"type\":\"read\",\"mbean\":\"" + MBEAN + "\",\"attribute\":\"RevealOn\"}", null, err,
            v -> {
                on[0] = Boolean.TRUE.equals(v);
                return null;
            });
        if (sent != Cli.OK || on[0]) {
            return sent;
        }
        // Only the agent's own MBeans are served here, so its options are unknown: the message names the one to add.
        err.println("hostednet-agent: " + Target.revealOff(command, null, null));
        return Cli.FAILED;
    }

    @Override
    public int joinInfo(String which, java.util.function.ToIntFunction<java.util.function.Function<String, Object>>
        show, PrintStream err) {
        int[] code = {Cli.OK};
        // which is user or system (checked by the command line), so it needs no JSON escaping
        int sent = send("{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"joinInfo\",\"arguments\":[\""
            + which + "\"]}", null, err, v -> {
                code[0] = show.applyAsInt(((Map<?, ?>) v)::get);
                return null;
            });
        return sent == Cli.OK ? code[0] : sent;
    }

    private int send(String body, PrintStream out, PrintStream err, java.util.function.Function<Object, String> show) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        // Credentials come from the environment, never from the command line (ps shows it to every user).
        String user = System.getenv("HOSTEDNET_USER");
        String password = System.getenv("HOSTEDNET_PASSWORD");
        if (user != null && password != null) {
            String clear = inClear(url);
            if (clear != null) {
                err.println("hostednet-agent: refusing to send HOSTEDNET_USER's password to " + url + ": " + clear
                    + " would carry it in clear text over the network. Use the agent's https:// URL (https=on), or"
                    + " run the command on that machine against http://127.0.0.1");
                return Cli.FAILED;
            }
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        HttpRequest req = b.build();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() == 429) {
                err.println("hostednet-agent: " + url + " refuses logins from this address for "
                    + resp.headers().firstValue("Retry-After").orElse("a few") + " s after repeated wrong passwords;"
                    + " check HOSTEDNET_USER and HOSTEDNET_PASSWORD, then try again");
                return Cli.FAILED;
            }
            if (resp.statusCode() == 401) {
                err.println("hostednet-agent: " + url + " wants a user and password: set HOSTEDNET_USER and"
                    + " HOSTEDNET_PASSWORD in the environment");
                return Cli.UNREACHABLE;
            }
            if (resp.statusCode() != 200) {
                err.println("hostednet-agent: " + url + " answered HTTP " + resp.statusCode() + (resp.statusCode()
                    == 404 ? ": nothing is served at that path; the agent's URL ends in its context, such as"
                    + " http://127.0.0.1:8778/jolokia/ (status PID prints it)" : ""));
                return Cli.UNREACHABLE;
            }
            JSONObject json = new JSONParser().parse(resp.body(), JSONObject.class);
            Object status = json.get("status");
            if (status instanceof Number n && n.intValue() == 200) {
                String line = show.apply(json.get("value"));
                if (line != null) {
                    out.println(line);
                }
                return Cli.OK;
            }
            boolean noMBean = "javax.management.InstanceNotFoundException".equals(json.get("error_type"));
            err.println("hostednet-agent: " + (noMBean ? url + " is a Jolokia agent, but hostednet-agent does not"
                + " run there (another Jolokia agent, such as Jolokia's own, on that port?); 'status PID' prints"
                + " hostednet-agent's URL" : error(json)));
            return status instanceof Number n && n.intValue() == 404 ? Cli.UNREACHABLE : Cli.FAILED;
        } catch (java.net.ConnectException e) {
            err.println("hostednet-agent: nothing answers at " + url + " (connection refused): check the port, and"
                + " that the agent runs there with jolokia=on; 'list' shows the JVMs, 'status PID' an agent's URLs");
            return Cli.UNREACHABLE;
        } catch (IOException e) {
            err.println("hostednet-agent: cannot reach " + url + ": " + (e.getMessage() != null ? e.getMessage()
                : e.getClass().getSimpleName()) + "; 'status PID' prints an agent's URLs");
            return Cli.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        } catch (org.jolokia.json.parser.ParseException | RuntimeException e) {
            err.println("hostednet-agent: " + url + " did not answer like Jolokia (" + e.getMessage() + "): check that"
                + " it is the agent's Jolokia URL; 'status PID' prints it");
            return Cli.UNREACHABLE;
        }
    }

    /** Jolokia's error without its "java.lang.SomeException : " prefix: the agent's own messages are sentences. */
    private static String error(JSONObject json) {
        String error = String.valueOf(json.get("error"));
        String prefix = json.get("error_type") + " : ";
        return error.startsWith(prefix) ? error.substring(prefix.length()) : error;
    }

    /**
     * @param url the agent's URL
     * @return null when credentials may go there (HTTPS, or plain HTTP to this machine's loopback), else the
     *     words for the plain HTTP hop they would cross
     */
    static String inClear(String url) {
        URI u = URI.create(url);
        if ("https".equalsIgnoreCase(u.getScheme())) {
            return null;
        }
        String host = u.getHost() == null ? "" : u.getHost().replaceAll("^\\[|\\]$", "");
        boolean loopback = host.equalsIgnoreCase("localhost") || host.matches("127(\\.\\d{1,3}){3}")
            || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
        return loopback ? null : "plain " + u.getScheme() + " to " + (host.isEmpty() ? "an unknown host" : host);
    }
}
