package app.khabar.moderation;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.moderation.*}: the screening rules until moderators edit word lists and
 * bans on the desk.
 *
 * @param holdAtLinks this many links or more hold a comment
 * @param floodLimit this many comments by one client within {@code floodWindow} hold the
 * last one
 * @param floodWindow see {@code floodLimit}
 * @param bannedWords words and phrases that make a comment not publishable
 * @param suspectWords words and phrases that hold a comment
 * @param bannedClients banned client hashes
 * @param bannedNames banned names (matched folded)
 */
@ConfigurationProperties("khabar.moderation")
record ModerationSettings(@DefaultValue("2") int holdAtLinks, @DefaultValue("5") int floodLimit,
		@DefaultValue("10m") Duration floodWindow, @DefaultValue List<String> bannedWords,
		@DefaultValue List<String> suspectWords, @DefaultValue List<String> bannedClients,
		@DefaultValue List<String> bannedNames) {
}
