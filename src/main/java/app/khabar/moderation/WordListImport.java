package app.khabar.moderation;

/**
 * What importing a word list file did.
 *
 * @param added entries new to their list
 * @param present entries the list had already (however they were typed), or that the file
 * repeated
 * @param skipped rows that were no entry: no letters, too long, a broken pattern, a list
 * that is neither banned nor suspect
 */
public record WordListImport(int added, int present, int skipped) {
}
