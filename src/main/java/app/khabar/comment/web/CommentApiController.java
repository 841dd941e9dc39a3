package app.khabar.comment.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.comment.CaptchaProof;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentPosting;
import app.khabar.comment.CommentVotes;
import app.khabar.comment.Commenter;
import app.khabar.comment.NewComment;
import app.khabar.comment.PostedComment;
import app.khabar.comment.Vote;
import app.khabar.comment.VoteCounts;
import app.khabar.comment.country.CountryResolver;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientIdentity;
import app.khabar.web.Ui;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comment form's JSON twin, for the page's script and for other clients: {@code POST
 * /api/v1/articles/{id}/comments} with {@code {name, text, parentId, altcha}} answers 201
 * {@code {id, status, message, receipt, receiptLabel}} (the receipt: the path of the
 * commenter's private receipt page); {@code POST /api/v1/comments/{id}/vote} with
 * {@code {value: like|dislike}} answers the new counts, and {@code GET
 * /api/v1/articles/{id}/votes/mine} the reader's own votes. Refusals are the shell's JSON
 * errors {@code {status, code, message}} with a Persian message. Bodies are read here,
 * bounded, so a megabyte of JSON costs no more than the bound, and decoded strictly:
 * invalid UTF-8 or an id that is no integer is a 400 before anything is stored or the
 * captcha spent.
 */
@RestController
class CommentApiController {

	/** The JSON body of a new comment. */
	record CommentRequest(@Nullable String name, @Nullable String text, @Nullable Long parentId,
			@Nullable String altcha) {
	}

	/** The JSON body of a vote. */
	record VoteRequest(@Nullable String value) {
	}

	/** No float for an id ({@code 1.5} was read as 1), no null for a primitive. */
	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final CommentPosting posting;

	private final CommentVotes votes;

	private final ClientIdentity clients;

	private final CountryResolver countries;

	private final VoterCookie voters;

	private final Ui ui;

	CommentApiController(CommentPosting posting, CommentVotes votes, ClientIdentity clients, CountryResolver countries,
			VoterCookie voters, Ui ui) {
		this.posting = posting;
		this.votes = votes;
		this.clients = clients;
		this.countries = countries;
		this.voters = voters;
		this.ui = ui;
	}

	@PostMapping("/api/v1/articles/{id}/comments")
	ResponseEntity<Map<String, Object>> post(@PathVariable long id, HttpServletRequest request) {
		var body = read(request, CommentRequest.class);
		PostedComment posted = posting.post(new NewComment(id, body.parentId(), body.name(), body.text()),
				new Commenter(clients.hash(request), countries.countryOf(request)),
				new CaptchaProof.Altcha(body.altcha()));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", posted.id());
		answer.put("status", posted.status().name());
		answer.put("message", ui.t(posted.messageKey()));
		answer.put("receipt", posted.receipt().path());
		answer.put("receiptLabel", ui.t("comment.receipt.open"));
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(answer);
	}

	@PostMapping("/api/v1/comments/{id}/vote")
	ResponseEntity<Map<String, Object>> vote(@PathVariable long id,
			@CookieValue(name = VoterCookie.NAME, required = false) @Nullable String voter, HttpServletRequest request,
			HttpServletResponse response) {
		var body = read(request, VoteRequest.class);
		Vote vote = Vote.parse(body.value()).orElseThrow(() -> new KhabarException(CommentError.INVALID_VOTE));
		VoteCounts counts = votes.vote(id, voters.idFor(voter, request, response), clients.hash(request), vote);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("commentId", counts.commentId());
		answer.put("likes", counts.likes());
		answer.put("dislikes", counts.dislikes());
		answer.put("yours", counts.yours().name());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
	}

	/**
	 * The reader's own votes on the article's comments, {@code {"votes": {"12":
	 * "LIKE"}}}, which the cached page cannot carry; never stored by any cache.
	 */
	@GetMapping("/api/v1/articles/{id}/votes/mine")
	ResponseEntity<Map<String, Object>> myVotes(@PathVariable long id,
			@CookieValue(name = VoterCookie.NAME, required = false) @Nullable String voter) {
		Map<String, String> mine = new LinkedHashMap<>();
		if (voter != null) {
			votes.votesOf(id, voter).forEach((comment, vote) -> mine.put(Long.toString(comment), vote.name()));
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("votes", mine));
	}

	private <T> T read(HttpServletRequest request, Class<T> type) {
		long limit = posting.maxBodyBytes();
		if (request.getContentLengthLong() > limit) {
			throw new KhabarException(CommentError.TOO_LARGE);
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		catch (IOException unreadable) {
			throw new KhabarException(CommentError.INVALID_REQUEST);
		}
		if (bytes.length > limit) {
			throw new KhabarException(CommentError.TOO_LARGE);
		}
		try {
			T value = STRICT.readValue(strictUtf8(bytes), type);
			if (value == null) {
				throw new KhabarException(CommentError.INVALID_REQUEST);
			}
			return value;
		}
		catch (JacksonException malformed) {
			throw new KhabarException(CommentError.INVALID_REQUEST);
		}
	}

	/**
	 * Jackson's own reader takes overlong sequences ({@code C0 BC} was read as
	 * {@code <}); the JDK's decoder does not.
	 */
	private static String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException invalid) {
			throw new KhabarException(CommentError.INVALID_REQUEST);
		}
	}

}
