/**
 * Reader comments: posting (the input checks, the length of a comment among them, then a
 * group commit that screens and stores a batch in one transaction and, at shutdown,
 * stores everything handed in before it closes), replies, votes and the exact per-article
 * counters (published, awaiting review, not publishable), by form and by a JSON API that
 * decodes its bodies strictly (invalid UTF-8, an id that is no integer: a 400 before
 * anything is stored); imports store comments that arrive decided, a whole article's in
 * one batch ({@code CommentImport}), and an export reads the published and held ones
 * ({@code CommentExport}). Screening decisions, and whether an article takes comments,
 * come from {@code comment.spi}, implemented by moderation. Threads are cached per node
 * and follow the cluster's change feed, so a comment published on one node shows on all.
 * Commenters' rights: a private receipt per comment ({@code Receipt}, only its hash
 * stored; {@code CommentReceipts}), the public rules page, and what an export, an erasure
 * and the retention period need ({@code CommenterRecords}).
 */
@ApplicationModule(displayName = "comment", allowedDependencies = { "web", "article", "article :: spi", "cluster" })
@NullMarked
package app.khabar.comment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
