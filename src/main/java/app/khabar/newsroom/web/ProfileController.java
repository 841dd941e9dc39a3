package app.khabar.newsroom.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleError;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.ProfileChange;
import app.khabar.media.MediaLibrary;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * Where a member of the newsroom edits their own public profile, the one their bylines
 * link to: display name, short bio and photo (an image upload, resized by {@code media}).
 */
@Controller
class ProfileController {

	private static final String FORM = "redirect:/newsroom/profile";

	private final AuthorDirectory authors;

	private final MediaLibrary library;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	ProfileController(AuthorDirectory authors, MediaLibrary library, NewsroomPermissions permissions,
			CurrentStaff current) {
		this.authors = authors;
		this.library = library;
		this.permissions = permissions;
		this.current = current;
	}

	@GetMapping("/newsroom/profile")
	String showProfileForm(CsrfToken csrf, Model model) {
		StaffMember staff = permissions.member(current.current());
		model.addAttribute("page", new ProfilePage(Csrf.of(csrf), authors.ensureStaff(staff)));
		return "newsroom/profile";
	}

	@PostMapping("/newsroom/profile")
	String processProfileForm(@RequestParam long version, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String bio, @RequestParam(defaultValue = "false") boolean removePhoto,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
			RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		AuthorProfile profile = authors.ensureStaff(staff);
		String photoRef = removePhoto ? null : profile.photoRef();
		if (photo != null && !photo.isEmpty()) {
			try (InputStream in = photo.getInputStream()) {
				photoRef = library.storeImage(staff.username(), in, photo.getSize()).ref();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		try {
			authors.updateOwn(staff, new ProfileChange(version, name, bio, photoRef));
			Notice.done(redirect, "newsroom.profile.saved");
		}
		catch (KhabarException ex) {
			// the profile's own refusals (a blank name, too long, saved meanwhile) are
			// shown
			// on the form; the upload's are the shell's Persian 4xx
			if (!(ex.code() instanceof ArticleError)) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return FORM;
	}

}
