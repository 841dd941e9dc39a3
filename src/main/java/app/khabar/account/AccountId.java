package app.khabar.account;

import java.io.Serializable;

/**
 * The identity of a staff account, the only account reference other modules store.
 */
public record AccountId(long value) implements Serializable {

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
