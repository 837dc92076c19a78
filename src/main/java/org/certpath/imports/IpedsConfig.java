package org.certpath.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** What the IPEDS imports keep: {@code certpath.ipeds.*} in application.properties. */
@ConfigMapping(prefix = "certpath.ipeds")
public interface IpedsConfig {

    /**
     * The CIP codes whose completions become programs: the field's health information and medical
     * records programs (CIP 2020). Written as IPEDS writes them, {@code 51.0707}.
     */
    @WithDefault("51.0706,51.0707,51.0713,51.0714,51.0716")
    List<String> cipCodes();
}
