package app.khabar.shared;

/**
 * A stable failure code owned by a module (usually an enum), with the message key that
 * explains it to the user.
 */
public interface ErrorCode {

	ErrorKind kind();

	/** Key in the module's message bundle; the Persian text is the base bundle's. */
	String messageKey();

}
