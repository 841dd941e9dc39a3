package app.khabar.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sizes the connector's write buffer ({@code khabar.web.socket-write-buffer}): the site
 * feed is 15 KB gzipped, and with Tomcat's 8 KB buffer every answer took three writes.
 */
@Component
class TomcatWriteBuffer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final long bytes;

	TomcatWriteBuffer(WebSettings settings) {
		this.bytes = settings.socketWriteBuffer().toBytes();
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers(
				connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(this.bytes)));
	}

}
