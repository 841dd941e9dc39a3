package app.khabar.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached: no connection could be had (refused, the pool's
 * {@code connection-timeout} passed) or the one in use was lost (the server was stopped
 * or died mid-statement, mid-commit or mid-rollback). Nothing a reader did, and nothing
 * the node can fix: the web shell answers it 503 with a {@code Retry-After}, and the
 * request may be tried again once the database is back.
 * <p>
 * Thrown as such where a caller must tell an outage from other failures (the comments'
 * group commit fails every waiting comment with it at once); everywhere else
 * {@link #isCause} recognizes it in whatever the JDBC driver, the pool and Spring threw.
 */
public class DatabaseUnavailable extends RuntimeException {

	public DatabaseUnavailable(Throwable cause) {
		super("database unavailable: " + cause, cause);
	}

	/**
	 * Whether {@code failure} comes from a lost or unobtainable database connection,
	 * anywhere in its cause chain (with the application failure a failed rollback hides,
	 * and suppressed ones).
	 */
	public static boolean isCause(@Nullable Throwable failure) {
		return find(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static boolean find(@Nullable Throwable failure, Set<Throwable> seen) {
		if (failure == null || !seen.add(failure)) {
			return false;
		}
		if (isLostConnection(failure)) {
			return true;
		}
		if (failure instanceof TransactionSystemException transaction
				&& find(transaction.getApplicationException(), seen)) {
			return true;
		}
		if (failure instanceof SQLException sql && find(sql.getNextException(), seen)) {
			return true;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			if (find(suppressed, seen)) {
				return true;
			}
		}
		return find(failure.getCause(), seen);
	}

	private static boolean isLostConnection(Throwable failure) {
		return switch (failure) {
			case DatabaseUnavailable unavailable -> true;
			// Spring's: CannotGetJdbcConnectionException, SQL states 08 translated
			case DataAccessResourceFailureException resource -> true;
			// Hikari: no connection within connection-timeout
			case SQLTransientConnectionException transientConnection -> true;
			case SQLNonTransientConnectionException lost -> true;
			case SQLException sql -> isLostConnectionState(sql.getSQLState());
			default -> false;
		};
	}

	/**
	 * SQL state class 08 (connection exception: refused, failed, closed) and PostgreSQL's
	 * 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now: the server
	 * stopping, restarting after a crash, or still starting).
	 */
	static boolean isLostConnectionState(@Nullable String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
