package app.khabar.api;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The OpenAPI document's head; springdoc writes the rest from the controllers (settings
 * in application.properties: OpenAPI 3.1, {@code /api/v1/**} only, Persian). Texts are
 * message keys of {@code messages/api}, which springdoc looks up. The server is this
 * origin, relative: never the request's Host header, which a client chooses.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "api.doc.title", version = "v1", description = "api.doc.description"),
		servers = @Server(url = "/", description = "api.doc.server"))
class ReadApiDocument {

}
