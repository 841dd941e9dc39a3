package app.khabar.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The posting and voting part of {@code khabar.comment.*}.
 *
 * @param minLength fewest characters (code points) in a comment; shorter is refused as
 * invalid, not stored (the one length setting: screening does not check the length again)
 * @param maxLength most characters in a comment; longer is refused as invalid, not stored
 * @param maxNameLength most characters in the optional name
 * @param clientLimit comments one client (address hash) may post within
 * {@code clientWindow} on this node; more are refused as too fast (the screening's flood
 * phase, over the database, holds bursts across nodes)
 * @param clientWindow see {@code clientLimit}
 * @param articleLimit comments one article takes within {@code articleWindow} on this
 * node, from everyone together
 * @param articleWindow see {@code articleLimit}
 * @param voteLimit votes one client may cast within {@code voteWindow} on this node
 * @param voteWindow see {@code voteLimit}
 * @param recentWindow how far back screening looks at the client's earlier comments
 * (repeats, floods)
 * @param maxBodyBytes the largest JSON request body the comment API reads; larger is
 * refused with 413
 * @param writers threads of this node that store comments (group commit), each with a
 * database connection while it writes
 * @param maxBatch most comments one writer stores in one transaction
 */
@ConfigurationProperties("khabar.comment")
record PostingSettings(@DefaultValue("2") int minLength, @DefaultValue("3000") int maxLength,
		@DefaultValue("60") int maxNameLength, @DefaultValue("5") int clientLimit,
		@DefaultValue("1m") Duration clientWindow, @DefaultValue("300") int articleLimit,
		@DefaultValue("1m") Duration articleWindow, @DefaultValue("60") int voteLimit,
		@DefaultValue("1m") Duration voteWindow, @DefaultValue("24h") Duration recentWindow,
		@DefaultValue("65536") long maxBodyBytes, @DefaultValue("4") int writers, @DefaultValue("64") int maxBatch) {

	PostingSettings {
		if (minLength < 1 || maxLength < minLength || maxNameLength < 1) {
			throw new IllegalArgumentException(
					"khabar.comment: need 1 <= min-length <= max-length, max-name-length >= 1");
		}
		if (writers < 1 || maxBatch < 1) {
			throw new IllegalArgumentException("khabar.comment: need writers >= 1 and max-batch >= 1");
		}
	}

}
