package app.khabar.comment.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentVotes;
import app.khabar.comment.Vote;
import app.khabar.comment.VoteCounts;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientIdentity;

/**
 * {@code POST /comments/{id}/vote} from the plain vote forms under each comment: records
 * the vote and answers 303 back to the comment on the article page (which renders anew:
 * the thread's version moved).
 */
@Controller
class VoteController {

	private final CommentVotes votes;

	private final ArticleCatalog articles;

	private final ClientIdentity clients;

	private final VoterCookie voters;

	VoteController(CommentVotes votes, ArticleCatalog articles, ClientIdentity clients, VoterCookie voters) {
		this.votes = votes;
		this.articles = articles;
		this.clients = clients;
		this.voters = voters;
	}

	@PostMapping("/comments/{id}/vote")
	ResponseEntity<Void> vote(@PathVariable long id, @RequestParam(required = false) @Nullable String value,
			@CookieValue(name = VoterCookie.NAME, required = false) @Nullable String voter, HttpServletRequest request,
			HttpServletResponse response) {
		Vote vote = Vote.parse(value).orElseThrow(() -> new KhabarException(CommentError.INVALID_VOTE));
		VoteCounts counts = votes.vote(id, voters.idFor(voter, request, response), clients.hash(request), vote);
		String back = articles.findPublished(counts.articleId()).map(a -> a.path()).orElse("/") + "#comment-" + id;
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(back))
			.cacheControl(CacheControl.noStore())
			.build();
	}

}
