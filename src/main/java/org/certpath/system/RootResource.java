package org.certpath.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.certpath.api.PublicLinks;

/** The bare host is where a developer lands first: send them to the interactive documentation. */
@Path("/")
public class RootResource {

    private final PublicLinks links;

    public RootResource(PublicLinks links) {
        this.links = links;
    }

    @GET
    public Response root() {
        // Set as a header, not with location(): JAX-RS would resolve it against the request's Host.
        return Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, links.to("/q/swagger-ui/")).build();
    }
}
