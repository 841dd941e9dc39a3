// Solves ALTCHA challenges through Khabar's real protocol, for bench/comments.sh: fetches N challenges from
// GET /api/v1/captcha/challenge, finds each number by SHA-256 as a browser does, and writes one `altcha` payload
// per line. Run: java bench/CaptchaPool.java http://127.0.0.1:18090 80000 out.txt
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class CaptchaPool {

	static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"[^\"]*\"|\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		HttpClient http = HttpClient.newHttpClient();
		int workers = Runtime.getRuntime().availableProcessors() * 4;
		List<Future<List<String>>> parts = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(workers)) {
			for (int w = 0; w < workers; w++) {
				int share = count / workers + (w < count % workers ? 1 : 0);
				parts.add(pool.submit(() -> {
					MessageDigest sha = MessageDigest.getInstance("SHA-256");
					List<String> lines = new ArrayList<>(share);
					for (int i = 0; i < share; i++) {
						String json = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/captcha/challenge")).build(),
								HttpResponse.BodyHandlers.ofString()).body();
						lines.add(solve(json, sha));
					}
					return lines;
				}));
			}
			List<String> all = new ArrayList<>(count);
			for (var part : parts) {
				all.addAll(part.get());
			}
			Files.write(out, all);
		}
	}

	static String solve(String challengeJson, MessageDigest sha) {
		var fields = new java.util.HashMap<String, String>();
		Matcher m = FIELD.matcher(challengeJson);
		while (m.find()) {
			fields.put(m.group(1), m.group(2).replace("\"", ""));
		}
		byte[] target = HexFormat.of().parseHex(fields.get("challenge"));
		long max = Long.parseLong(fields.get("maxnumber"));
		for (long n = 0; n <= max; n++) {
			if (MessageDigest.isEqual(target, sha.digest((fields.get("salt") + n).getBytes(StandardCharsets.UTF_8)))) {
				String payload = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + fields.get("challenge") + "\",\"number\":" + n
						+ ",\"salt\":\"" + fields.get("salt") + "\",\"signature\":\"" + fields.get("signature") + "\"}";
				return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
			}
		}
		throw new IllegalStateException("no solution for " + challengeJson);
	}

}
