package app.khabar.comment.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import app.khabar.comment.CommentVotes;
import app.khabar.shared.Unguessable;

/**
 * The reader's voter id: 128 random bits in a long-lived, HTTP-only, SameSite=Lax cookie,
 * set by the first vote. It identifies a browser, not a person, and is sent only to the
 * vote endpoints' answers, never to cached pages. Beside it, {@value #VOTED} says only
 * that this browser has voted, readable by the page's script, so that only readers who
 * voted ask for their own votes ({@code GET /api/v1/articles/{id}/votes/mine}).
 */
@Component
class VoterCookie {

	static final String NAME = "khabar_voter";

	static final String VOTED = "khabar_voted";

	private static final Duration LIFETIME = Duration.ofDays(730);

	private final SecureRandom random = Unguessable.generator();

	/** The request's voter id, or a new one, set on the response. */
	String idFor(@Nullable String cookie, HttpServletRequest request, HttpServletResponse response) {
		String id = cookie;
		if (id == null || !CommentVotes.isVoterId(id)) {
			byte[] bytes = new byte[16];
			random.nextBytes(bytes);
			id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(NAME, id, true, request));
		}
		if (!hasVoted(request)) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(VOTED, "1", false, request));
		}
		return id;
	}

	private static boolean hasVoted(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(VOTED));
	}

	private static String cookie(String name, String value, boolean httpOnly, HttpServletRequest request) {
		return ResponseCookie.from(name, value)
			.path("/")
			.maxAge(LIFETIME)
			.httpOnly(httpOnly)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build()
			.toString();
	}

}
