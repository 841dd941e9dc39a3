package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ops endpoints are not public: the site's port answers only the load balancer's probes
 * ({@code /livez}, {@code /readyz}); health details, metrics and every other actuator
 * endpoint are on the management port, which listens on loopback only unless the operator
 * binds it elsewhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpsEndpointsIntegrationTests {

	static final List<String> ACTUATOR = List.of("/actuator", "/actuator/prometheus", "/actuator/health",
			"/actuator/health/readiness", "/actuator/info", "/actuator/env", "/actuator/metrics", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/loggers", "/actuator/configprops");

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Value("${management.server.address:}")
	String managementAddress;

	@Test
	void theSitesPortAnswersNoActuatorEndpoint() throws Exception {
		for (String path : ACTUATOR) {
			assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theSitesPortAnswersTheLoadBalancersProbes() throws Exception {
		for (String probe : List.of("/livez", "/readyz")) {
			var response = get(port, probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"UP\"");
		}
	}

	@Test
	void theManagementPortServesHealthAndMetrics() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		assertThat(get(managementPort, "/actuator/health").body()).contains("\"UP\"");
		assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		get(port, "/");
		var metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count");
	}

	@Test
	void answersFromMemoryAreCountedApartFromTheTimedOnes() throws Exception {
		String before = get(managementPort, "/actuator/prometheus").body();
		for (int i = 0; i < 4; i++) {
			assertThat(get(port, "/robots.txt").statusCode()).isEqualTo(200);
		}
		String after = get(managementPort, "/actuator/prometheus").body();
		// the first answers went through the application and were timed (an origin's
		// pages
		// are kept once it is seen again); the next ones came from memory
		assertThat(MetricsIntegrationTests.value(after, "khabar_pages_hot_served_total")
				- MetricsIntegrationTests.value(before, "khabar_pages_hot_served_total"))
			.isGreaterThanOrEqualTo(2);
		assertThat(after).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/robots.txt\"");
	}

	@Test
	void theConnectorWritesAFeedInOneGo(@Autowired ServletWebServerApplicationContext context) {
		var tomcat = (TomcatWebServer) context.getWebServer();
		assertThat(tomcat.getTomcat().getConnector().getProperty("socket.appWriteBufSize")).hasToString("32768");
	}

	@Test
	void theManagementPortListensOnLoopbackOnly() throws IOException {
		assertThat(InetAddress.ofLiteral(managementAddress).isLoopbackAddress()).as(managementAddress).isTrue();
		// where the machine has another address, nothing answers there
		Optional<InetAddress> outside = outsideAddress();
		if (outside.isPresent()) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(outside.get(), managementPort), 2_000);
				}
			});
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(outside.get(), port), 2_000);
			}
		}
	}

	static Optional<InetAddress> outsideAddress() throws SocketException {
		return NetworkInterface.networkInterfaces().filter(network -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (SocketException e) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLinkLocalAddress())
			.findFirst();
	}

	static HttpResponse<String> get(int port, String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
