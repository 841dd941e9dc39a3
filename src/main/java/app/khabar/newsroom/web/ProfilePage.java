package app.khabar.newsroom.web;

import app.khabar.article.AuthorProfile;

/** The staff member's own public profile form: the profile as stored. */
public record ProfilePage(Csrf csrf, AuthorProfile profile) {
}
