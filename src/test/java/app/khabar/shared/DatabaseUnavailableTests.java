package app.khabar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTests {

	@Test
	void noConnectionWithinThePoolsTimeoutIsAnOutage() {
		var timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms.");
		assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection", timeout)))
			.isTrue();
		assertThat(DatabaseUnavailable
			.isCause(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout)))
			.isTrue();
	}

	@Test
	void aServerThatStoppedOrDiedUnderTheStatementIsAnOutage() {
		assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("insert", "INSERT",
				new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"))))
			.isTrue();
		assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("select", "SELECT", new PSQLException(
				"An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
			.isTrue();
		assertThat(DatabaseUnavailable.isCause(new SQLException("FATAL: the database system is starting up", "57P03")))
			.isTrue();
		assertThat(DatabaseUnavailable
			.isCause(new SQLException("FATAL: the database system is in recovery mode", "57P02"))).isTrue();
	}

	@Test
	void aRollbackThatFoundTheConnectionClosedIsAnOutage() {
		// what TransactionTemplate throws when the insert failed on a dead server and the
		// rollback then found Hikari's connection closed: not a DataAccessException at
		// all
		var rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed", "08003"));
		rollback.initApplicationException(new IllegalStateException("the batch failed first"));
		assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();

		var hidden = new TransactionSystemException("JDBC rollback failed", new IllegalStateException("odd"));
		hidden.initApplicationException(new CannotGetJdbcConnectionException("lost",
				new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)));
		assertThat(DatabaseUnavailable.isCause(hidden)).as("the application failure a failed rollback hides").isTrue();
	}

	@Test
	void aRefusedStatementOrAnyOtherFailureIsNot() {
		assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
				new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION))))
			.isFalse();
		assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit",
				new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE))))
			.isFalse();
		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.isCause(null)).isFalse();
	}

	@Test
	void aCauseChainThatLoopsEnds() {
		var first = new IllegalStateException("first");
		var second = new IllegalArgumentException("second", first);
		first.initCause(second);
		assertThat(DatabaseUnavailable.isCause(first)).isFalse();
	}

}
