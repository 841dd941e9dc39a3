package app.khabar.account.web;

import java.util.List;

import app.khabar.shared.KhabarException;

/** A message key with its arguments, for a notice or an error on a staff page. */
public record Message(String key, List<Object> args) {

	public Message {
		args = List.copyOf(args);
	}

	static Message of(String key, Object... args) {
		return new Message(key, List.of(args));
	}

	static Message of(KhabarException failure) {
		return new Message(failure.code().messageKey(), failure.arguments());
	}

	public Object[] argArray() {
		return args.toArray();
	}

}
