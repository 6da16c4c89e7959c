package dev.hostednet.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP requests, as curl sends them. */
final class Http {

    static final String MBEAN = "dev.hostednet:type=HostedNetworkSecurity";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return an attribute of the agent's MBean as Jolokia reads it, unquoted */
    static String value(String url, String attribute) throws Exception {
        return get(url + "read/" + MBEAN + "/" + attribute).body()
            .replaceAll("(?s).*\"value\":\"?([^,\"}]*)\"?.*", "$1");
    }

    /** State and every counter an operation moves: equal before and after means nothing ran. */
    static String fingerprint(String url) throws Exception {
        return value(url, "State") + " " + value(url, "RefreshCount") + " " + value(url, "FailedRefreshCount") + " "
            + get(url + "read/" + MBEAN + "/History").body().length();
    }

    static String exec(String operation) {
        return "{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"" + operation + "\"}";
    }
}
