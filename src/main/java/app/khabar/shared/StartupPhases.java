package app.khabar.shared;

/**
 * Where Khabar's start-up work runs among Spring's lifecycle phases ("ready means
 * ready"): all of it before the web server opens its port (Boot starts it at phase
 * {@code Integer.MAX_VALUE - 2048}), so the first request, and the readiness probe, find
 * a node that has its content and its projections.
 */
public final class StartupPhases {

	/** Content the first page needs: the demo articles on a first start. */
	public static final int CONTENT = Integer.MAX_VALUE - 4096;

	/** Projections of that content: the search index, the change feed follower. */
	public static final int PROJECTIONS = CONTENT + 1;

	private StartupPhases() {
	}

}
