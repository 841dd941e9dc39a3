package app.khabar.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.ReviewedComment;
import app.khabar.comment.spi.Risk;
import app.khabar.moderation.screening.LabelledComments;
import app.khabar.moderation.screening.RiskModel;

/**
 * The screening model of this node: loaded from {@code ${khabar.data-dir}/moderation} at
 * start, retrained from the moderators' decisions ({@link #train}, the
 * {@code screening-train} command, or nightly when moderators turned that on) and swapped
 * in atomically; a model written by another process ({@code screening-train}, another
 * node on the same data dir) is picked up within {@code khabar.moderation.model-check}
 * without a restart. Each training writes a new versioned file, {@code model-N.bin}, then
 * points {@code model-current} at it with an atomic rename, so a crash mid-way leaves the
 * previous model in use. Without a model, or with one that does not read, the phase
 * abstains and comments keep flowing: one warning, no failure.
 */
@Service
public class ScreeningModels {

	private static final Logger log = LoggerFactory.getLogger(ScreeningModels.class);

	static final String CURRENT = "model-current";

	/** Moderator refusals that teach "offensive"; spam or off-topic are other matters. */
	static final Set<String> OFFENSIVE_REASONS = Set.of(RejectReason.INSULT.name(), RejectReason.UNLAWFUL.name());

	static final int MAX_DECISIONS = 200_000;

	private record Loaded(RiskModel model, ModelInfo info) {
	}

	private final Path dir;

	private final ActionLog actions;

	private final CommentReview comments;

	private final ModerationRules rules;

	private final Clock clock;

	private final AtomicReference<@Nullable Loaded> current = new AtomicReference<>();

	private volatile boolean scoringFailed;

	/** How often scoring looks whether another process wrote a new model. */
	private final long checkNanos;

	private final AtomicLong nextCheck = new AtomicLong();

	private final ExecutorService trainer = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("screening-train").daemon().factory());

	private final AtomicBoolean training = new AtomicBoolean();

	private volatile @Nullable String lastFailure;

	/** When {@code model-current} was written, as this node last read or wrote it. */
	private volatile @Nullable FileTime seenPointerTime;

	ScreeningModels(@Value("${khabar.data-dir:./data}") String dataDir,
			@Value("${khabar.moderation.model-check:10s}") Duration check, ActionLog actions, CommentReview comments,
			ModerationRules rules, Clock clock) {
		this.dir = Path.of(dataDir, "moderation");
		this.checkNanos = check.toNanos();
		this.nextCheck.set(System.nanoTime() + checkNanos);
		this.actions = actions;
		this.comments = comments;
		this.rules = rules;
		this.clock = clock;
		reload();
	}

	/** Reads the model {@code model-current} names again, as at start. */
	public void reload() {
		seenPointerTime = pointerTime(dir);
		current.set(load(dir));
		scoringFailed = false;
	}

	/**
	 * Reloads when {@code model-current} changed since this node last read or wrote it
	 * ({@code screening-train} run beside the node, or another node sharing the data
	 * dir): one file-time read every {@code khabar.moderation.model-check}, by the one
	 * scoring thread that wins the turn.
	 */
	private void reloadIfChanged() {
		long now = System.nanoTime();
		long due = nextCheck.get();
		if (now - due < 0 || !nextCheck.compareAndSet(due, now + checkNanos)) {
			return;
		}
		FileTime written = pointerTime(dir);
		if (written != null && !written.equals(seenPointerTime)) {
			log.info("screening model changed in {}, reloading", dir);
			reload();
		}
	}

	private static @Nullable FileTime pointerTime(Path dir) {
		try {
			return Files.getLastModifiedTime(dir.resolve(CURRENT));
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The model, its figures and the training started from the page, as the page shows
	 * them.
	 */
	public ModelStatus status() {
		Loaded loaded = current.get();
		ModelStatus.Figures figures = null;
		if (loaded != null) {
			var m = loaded.model().measured();
			figures = new ModelStatus.Figures(m.precision(), m.recall(), m.f1(), m.rocAuc(),
					loaded.model().suggested().bestF1());
		}
		return new ModelStatus(loaded == null ? null : loaded.info(), rules.riskModelOn(), figures, training.get(),
				lastFailure);
	}

	/**
	 * Trains from the decisions on a thread of its own, so the page that asked answers at
	 * once; false, and nothing started, while a training is running.
	 */
	public boolean trainInBackground() {
		if (!training.compareAndSet(false, true)) {
			return false;
		}
		trainer.execute(() -> {
			try {
				train(null);
				lastFailure = null;
			}
			catch (IllegalArgumentException ex) {
				lastFailure = "moderation.model.failed.classes";
				log.info("screening training from the page: {}", ex.getMessage());
			}
			catch (IOException | RuntimeException ex) {
				lastFailure = "moderation.model.failed.other";
				log.warn("screening training from the page failed, the model in use stays: {}", ex.toString());
			}
			finally {
				training.set(false);
			}
		});
		return true;
	}

	@PreDestroy
	void stopTraining() {
		trainer.shutdownNow();
	}

	/** The model in use, if there is one and moderators did not turn it off. */
	public Optional<ModelInfo> current() {
		Loaded loaded = current.get();
		return loaded == null || !rules.lists().riskModelOn() ? Optional.empty() : Optional.of(loaded.info());
	}

	/**
	 * The risk of a comment, or empty when there is no model or it failed: screening
	 * never stops for the model.
	 */
	Optional<Risk> risk(String text) {
		reloadIfChanged();
		Loaded loaded = current.get();
		if (loaded == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(loaded.model().risk(text, rules.lists().lexicon()));
		}
		catch (RuntimeException ex) {
			if (!scoringFailed) {
				scoringFailed = true;
				log.warn("screening model failed on a comment, the phase abstains: {}", ex.toString());
			}
			return Optional.empty();
		}
	}

	/**
	 * Trains a new model from the moderators' last decisions (approved: harmless; refused
	 * as an insult or unlawful: offensive), after the rows of the operator's labelled
	 * file if given ({@code text,label}), writes it as the next version and swaps it in.
	 * @throws IllegalArgumentException when the examples lack one of the classes
	 */
	public ModelInfo train(@Nullable Path labelledFile) throws IOException {
		return train(labelledFile, true);
	}

	/**
	 * Like {@link #train(Path)}; without the decisions ({@code withDecisions} false) the
	 * model is the labelled file's alone, e.g. a new site's starting model.
	 */
	public ModelInfo train(@Nullable Path labelledFile, boolean withDecisions) throws IOException {
		List<RiskModel.Example> examples = new ArrayList<>();
		if (labelledFile != null) {
			examples.addAll(LabelledComments.read(labelledFile, "text", "label", null));
		}
		if (withDecisions) {
			examples.addAll(decisions());
		}
		RiskModel model = RiskModel.train(examples, rules.lists().lexicon(), clock.instant());
		ModelInfo info = write(model);
		current.set(new Loaded(model, info));
		seenPointerTime = pointerTime(dir);
		scoringFailed = false;
		log.info("screening model {} trained on {} comments", info.version(), info.examples());
		return info;
	}

	/** Nightly, when moderators turned scheduled training on. */
	@Scheduled(cron = "${khabar.moderation.train-cron:0 30 3 * * *}", zone = "Asia/Tehran")
	void trainNightly() {
		if (!rules.trainAutomatically()) {
			return;
		}
		try {
			train(null);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("scheduled screening training failed, the model in use stays: {}", ex.toString());
		}
	}

	private List<RiskModel.Example> decisions() {
		List<ActionLog.Decision> decisions = actions.lastDecisions(MAX_DECISIONS);
		Map<Long, ActionLog.Decision> byId = decisions.stream()
			.collect(Collectors.toMap(ActionLog.Decision::commentId, Function.identity()));
		List<RiskModel.Example> examples = new ArrayList<>();
		List<Long> ids = List.copyOf(byId.keySet());
		for (int from = 0; from < ids.size(); from += 1000) {
			for (ReviewedComment c : comments.findAll(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
				ActionLog.Decision d = byId.get(c.id());
				if (d.to() == CommentStatus.PUBLISHED && c.originalText() == null) {
					examples.add(new RiskModel.Example(c.text(), false));
				}
				else if (d.to() == CommentStatus.REJECTED && d.reasonCode() != null
						&& OFFENSIVE_REASONS.contains(d.reasonCode())) {
					examples.add(new RiskModel.Example(c.originalText() != null ? c.originalText() : c.text(), true));
				}
			}
		}
		return examples;
	}

	private ModelInfo write(RiskModel model) throws IOException {
		Files.createDirectories(dir);
		Loaded previous = current.get();
		int version = Math.max(previous == null ? 0 : previous.info().version(), latestVersion(dir)) + 1;
		Path file = dir.resolve("model-" + version + ".bin");
		Path partial = dir.resolve("model-" + version + ".bin.partial");
		try (OutputStream out = Files.newOutputStream(partial)) {
			model.write(out);
		}
		move(partial, file);
		Path pointer = dir.resolve(CURRENT + ".partial");
		Files.writeString(pointer, file.getFileName().toString(), StandardCharsets.UTF_8);
		move(pointer, dir.resolve(CURRENT));
		return new ModelInfo(version, model.trainedAt(), model.examples());
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static int latestVersion(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.matches("model-\\d+\\.bin"))
				.mapToInt(name -> Integer.parseInt(name.substring(6, name.length() - 4)))
				.max()
				.orElse(0);
		}
	}

	/**
	 * The model {@code model-current} names; null, with one log line, when none reads.
	 */
	static @Nullable Loaded load(Path dir) {
		Path pointer = dir.resolve(CURRENT);
		if (!Files.exists(pointer)) {
			log.info("no screening model in {}: the model phase abstains until screening-train runs", dir);
			return null;
		}
		try {
			String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
			if (!name.matches("model-\\d+\\.bin")) {
				throw new IOException("model-current names no model file");
			}
			try (InputStream in = Files.newInputStream(dir.resolve(name))) {
				RiskModel model = RiskModel.read(in);
				int version = Integer.parseInt(name.substring(6, name.length() - 4));
				return new Loaded(model, new ModelInfo(version, model.trainedAt(), model.examples()));
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("screening model in {} does not read, the model phase abstains: {}", dir, ex.toString());
			return null;
		}
	}

}
