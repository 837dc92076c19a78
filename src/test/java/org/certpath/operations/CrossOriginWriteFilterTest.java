package org.certpath.operations;

import io.vertx.core.net.HostAndPort;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossOriginWriteFilterTest {

    @Test
    void shouldMatchTheHostAndPortTheBrowserSent() {
        assertTrue(CrossOriginWriteFilter.isSameOrigin("http://localhost:8080", HostAndPort.create("localhost", 8080)));
        assertTrue(CrossOriginWriteFilter.isSameOrigin("https://API.example.org", HostAndPort.create("api.example.org", -1)));
    }

    @Test
    void shouldTakeAnOmittedPortAsTheDefaultOfTheOriginsScheme() {
        assertTrue(CrossOriginWriteFilter.isSameOrigin("https://api.example.org", HostAndPort.create("api.example.org", 443)));
        assertTrue(CrossOriginWriteFilter.isSameOrigin("http://api.example.org:80", HostAndPort.create("api.example.org", -1)));
        assertFalse(CrossOriginWriteFilter.isSameOrigin("https://api.example.org", HostAndPort.create("api.example.org", 80)));
    }

    @Test
    void shouldTellOtherHostsAndPortsApart() {
        assertFalse(CrossOriginWriteFilter.isSameOrigin("http://localhost:8081", HostAndPort.create("localhost", 8080)));
        assertFalse(CrossOriginWriteFilter.isSameOrigin("https://jobs.example", HostAndPort.create("api.example.org", -1)));
        assertFalse(CrossOriginWriteFilter.isSameOrigin("https://api.example.org.jobs.example",
                HostAndPort.create("api.example.org", -1)));
    }

    @Test
    void shouldTreatAnOriginWithoutHostAsForeign() {
        assertFalse(CrossOriginWriteFilter.isSameOrigin("null", HostAndPort.create("localhost", 8080)));
        assertFalse(CrossOriginWriteFilter.isSameOrigin("not a url", HostAndPort.create("localhost", 8080)));
        assertFalse(CrossOriginWriteFilter.isSameOrigin("http://localhost:8080", null));
    }
}
