package org.certpath.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new key is for: a name to recognise it by, and its role. */
public record ApiKeyInput(@NotBlank @Size(max = 100) String name,
                          @NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin") String role) {
}
