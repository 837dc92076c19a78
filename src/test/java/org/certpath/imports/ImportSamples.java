package org.certpath.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The sample files of src/test/resources/imports, as their publishers' layouts write them. */
final class ImportSamples {

    private ImportSamples() {
    }

    static String read(String name) {
        try (InputStream in = ImportSamples.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
