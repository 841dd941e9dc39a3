package app.khabar.account;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only log of two-factor changes ({@code account_two_factor_event}). */
@Repository
class TwoFactorLog {

	private static final String INSERT = """
			INSERT INTO account_two_factor_event (happened_at, actor, subject, event, detail)
			VALUES (:at, :actor, :subject, :event, :detail)
			""";

	private static final String RECENT = """
			SELECT happened_at, actor, subject, event, detail FROM account_two_factor_event
			ORDER BY happened_at DESC, id DESC
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	TwoFactorLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(TwoFactorEvent event) {
		jdbc.sql(INSERT)
			.param("at", OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
			.param("actor", event.actor())
			.param("subject", event.subject(), Types.VARCHAR)
			.param("event", event.kind().name())
			.param("detail", event.detail())
			.update();
	}

	List<TwoFactorEvent> recent(int limit) {
		return jdbc.sql(RECENT)
			.param("limit", limit)
			.query((rs, row) -> new TwoFactorEvent(rs.getObject("happened_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("subject"), TwoFactorEvent.Kind.valueOf(rs.getString("event")),
					rs.getString("detail")))
			.list();
	}

}
