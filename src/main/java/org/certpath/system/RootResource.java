package org.certpath.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The bare host is where a developer lands first: send them to the interactive documentation. */
@Path("/")
public class RootResource {

    private static final URI SWAGGER_UI = URI.create("/q/swagger-ui/");

    @GET
    public Response root() {
        return Response.status(Response.Status.FOUND).location(SWAGGER_UI).build();
    }
}
