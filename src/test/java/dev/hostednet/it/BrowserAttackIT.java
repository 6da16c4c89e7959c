package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A web page on another site, in a real browser, against a running agent with its default options: everything a
 * page can make a browser send (image, script, forms, fetch, navigation) changes nothing and reads nothing. With
 * {@code origins=} naming the page's origin, the same browser's POST works: the wall is the origin, not the browser.
 */
class BrowserAttackIT {

    private static final String M = Http.MBEAN;

    private static String read(String url, String attribute) throws Exception {
        return Http.value(url, attribute);
    }

    private static String fingerprint(String url) throws Exception {
        return Http.fingerprint(url);
    }

    /** Everything a page may make the browser send on its own, each result written into the page. */
    static String attackPage(String a) {
        String exec = "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"refreshSecuritySettings\"";
        return "<!doctype html><html><body><pre id=out></pre><script>\n"
            + "function log(s){document.getElementById('out').textContent += s + '\\n';}\n"
            + "function steal(d){log('STOLEN ' + JSON.stringify(d));}\n"
            + "</script>\n"
            + img(a + "?p=/exec/" + M + "/refreshSecuritySettings&p=/version")
            + img(a + "?p=/version&p=/exec/" + M + "/refreshSecuritySettings")
            + img(a + "?p=/exec/" + M + "/stop&p=/version")
            + img(a + "?p=/version&p=/exec/" + M + "/stop")
            + img(a + "exec/" + M + "/stop")
            + "<script src=\"" + a + "read/" + M + "?callback=steal\"></script>\n"
            + "<script src=\"" + a + "list?callback=steal\"></script>\n"
            + "<script src=\"" + a + "read/dev.hostednet:type=Agent?callback=steal\"></script>\n"
            + "<iframe name=f1></iframe><iframe name=f2></iframe>\n"
            + "<form id=plain method=POST enctype=text/plain target=f1 action=\"" + a + "\">"
            + "<input name='" + exec.replace("'", "&#39;") + ",\"x\":\"' value='\"}'></form>\n"
            + "<form id=encoded method=POST target=f2 action=\"" + a + "\"><input name=p value='/exec/" + M
            + "/stop'></form>\n"
            + "<script>\n"
            + "document.getElementById('plain').submit();\n"
            + "document.getElementById('encoded').submit();\n"
            + "fetch('" + a + "', {method:'POST', mode:'no-cors', body:'" + exec + "}'})"
            + ".then(r => log('no-cors ' + r.type), e => log('no-cors error ' + e));\n"
            + "fetch('" + a + "', {method:'POST', body:'" + exec + "}'})"
            + ".then(r => r.text()).then(t => log('cors POST ' + t), e => log('cors POST error ' + e));\n"
            + "fetch('" + a + "read/" + M + "/Ssid').then(r => r.text())"
            + ".then(t => log('cors read ' + t), e => log('cors read error ' + e));\n"
            + "</script></body></html>";
    }

    private static String img(String src) {
        return "<img src=\"" + src + "\" onerror=\"log('image refused')\" onload=\"log('image loaded')\">\n";
    }

    @Test
    void aPageOnAnotherSiteChangesNothingAndReadsNothing() throws Exception {
        try (Chromium browser = Chromium.open();
             Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0")) {
            String a = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String ssid = read(a, "Ssid");
            String bssid = read(a, "Bssid");
            String before = fingerprint(a);
            String dom = browser.load("/attack.html", attackPage(a));
            String seen = dom.replaceAll("(?s).*<pre id=\"out\">(.*?)</pre>.*", "$1"); // what the page's scripts got
            assertTrue(seen.contains("no-cors opaque"), "the page ran its attacks: " + dom);
            assertEquals(before, fingerprint(a), "nothing changed; page saw: " + seen);
            assertFalse(seen.contains("STOLEN") || seen.contains(ssid) || seen.contains(bssid)
                || seen.contains("\"value\""), seen);
            assertFalse(dom.contains(ssid), dom);

            String nav = browser.load("/navigate.html", "<script>location.href='" + a + "read/" + M
                + "/Ssid';</script>");
            assertFalse(nav.contains(ssid), "a top-level navigation reads nothing: " + nav);
            assertTrue(nav.contains("Sec-Fetch-Site"), nav);
            browser.load("/navigate-exec.html", "<script>location.href='" + a + "?p=/exec/" + M
                + "/refreshSecuritySettings';</script>");
            assertEquals(before, fingerprint(a));
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @Test
    void aTrustedOriginsPostWorks() throws Exception {
        try (Chromium browser = Chromium.open()) {
            try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0,origins="
                + browser.origin())) {
                String a = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
                String dom = browser.load("/console.html", "<!doctype html><pre id=out></pre><script>"
                    + "fetch('" + a + "', {method:'POST', body:'{\"type\":\"exec\",\"mbean\":\"" + M
                    + "\",\"operation\":\"refreshSecuritySettings\"}'}).then(r => r.text())"
                    + ".then(t => document.getElementById('out').textContent = t,"
                    + " e => document.getElementById('out').textContent = 'error ' + e);</script>");
                assertTrue(dom.contains("\"succeeded\":true"), dom);
                assertEquals("1", read(a, "RefreshCount"));
                assertEquals(0, host.exit(Duration.ofSeconds(15)));
            }
        }
    }
}
