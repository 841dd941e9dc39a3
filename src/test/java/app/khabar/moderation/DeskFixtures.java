package app.khabar.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.Source;
import app.khabar.comment.CaptchaProof;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentPosting;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.Commenter;
import app.khabar.comment.NewComment;
import app.khabar.comment.PostedComment;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.support.AltchaSolver;
import app.khabar.web.ClientHash;

/** Moderators, articles and comments for the desk's tests; {@code @Import} it. */
public class DeskFixtures {

	public static final String PASSWORD = "a-real-password-1";

	private final AccountManagement accounts;

	private final ArticleImport articles;

	private final ArticleLifecycle lifecycle;

	private final CommentImport comments;

	private final CommentPosting posting;

	private final CaptchaVerifier captcha;

	public DeskFixtures(AccountManagement accounts, ArticleImport articles, ArticleLifecycle lifecycle,
			CommentImport comments, CommentPosting posting, CaptchaVerifier captcha) {
		this.accounts = accounts;
		this.articles = articles;
		this.lifecycle = lifecycle;
		this.comments = comments;
		this.posting = posting;
		this.captcha = captcha;
	}

	/**
	 * Signs the moderator in through the login page at {@code loginUrl} in a real browser
	 * and waits until it has left that page.
	 */
	public static void signIn(WebDriver driver, WebDriverWait wait, String loginUrl, StaffMember moderator) {
		driver.get(loginUrl);
		driver.findElement(By.id("login-username")).sendKeys(moderator.username());
		driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	public static String unique(String prefix) {
		return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	/** A moderator whose one-time password is already replaced by {@link #PASSWORD}. */
	public StaffMember moderator(String displayName) {
		return staff(displayName, Role.MODERATOR);
	}

	public StaffMember staff(String displayName, Role role) {
		var id = accounts.create(new NewAccount(unique("mod."), displayName, "one-time-password", Set.of(role)));
		accounts.changeOwnPassword(id, "one-time-password", PASSWORD);
		return accounts.staff(id).orElseThrow();
	}

	/** A published article in a section of its own. */
	public long article(String sectionSlug, String title) {
		long section = articles.ensureSection(sectionSlug, "سرویس " + sectionSlug).id();
		long id = lifecycle.create("sara",
				new ArticleContent(section, ArticleKind.STORY, null, title, "لید خبر برای آزمون میز بررسی",
						"<p>متن خبر</p>", Source.NONE, Byline.NONE, List.of(), Media.NONE, CommentSettings.DEFAULT));
		lifecycle.publish("maryam", id, 0);
		return id;
	}

	public long published(long article, @org.jspecify.annotations.Nullable Long parent, String name, String text,
			Instant at) {
		return comments.store(article, parent, name, text, "IR", CommentStatus.PUBLISHED, at, 0, 0);
	}

	public long pending(long article, String name, String text, Instant at) {
		return comments.store(article, null, name, text, "IR", CommentStatus.PENDING, at, 0, 0);
	}

	/** A pending reply to {@code parent}. */
	public long pendingReply(long article, long parent, String name, String text, Instant at) {
		return comments.store(article, parent, name, text, "IR", CommentStatus.PENDING, at, 0, 0);
	}

	/**
	 * A comment posted by a reader of its own (so no flood or repeat rule applies)
	 * through the whole posting path: screened, and scored when a model is in use.
	 */
	public PostedComment posted(long article, String text) {
		var reader = new Commenter(
				new ClientHash(String.format("%032x", ThreadLocalRandom.current().nextLong(1L << 62))), "IR");
		return posting.post(new NewComment(article, null, null, text), reader, new CaptchaProof.Altcha(altcha()));
	}

	/** A solved captcha challenge, as the page's script sends it. */
	public String altcha() {
		return AltchaSolver.solve(captcha.newChallenge());
	}

}
