package app.khabar.account;

/**
 * The identity of a staff account, the only account reference other modules store.
 */
public record AccountId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
