package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleSearch} over an index of its own: what a hit shows (marked title, a
 * snippet that never cuts a word or a ZWNJ joint, the lead when the match is elsewhere),
 * counting up to {@link ArticleSearch#COUNT_LIMIT}, and an index an older Khabar wrote
 * (format 1), read until it is rebuilt.
 */
class ArticleSearchTests {

	static final Instant PUBLISHED = Instant.parse("2023-06-06T06:00:00Z");

	static final String ZWNJ = "\u200C";

	@TempDir
	Path folder;

	SearchSettings settings;

	ArticleIndex index;

	@BeforeEach
	void openIndex() {
		settings = new SearchSettings(folder.resolve("search"), Duration.ofSeconds(1), Duration.ofSeconds(30), false,
				new SearchSettings.ResultCache(false, 0));
		index = new ArticleIndex(settings);
	}

	@AfterEach
	void closeIndex() throws Exception {
		index.destroy();
	}

	static IndexedArticle article(long id, String title, String lead, String body, List<String> tags) {
		return new IndexedArticle(id, title, lead, body, tags, "economy", "اقتصاد", "/news/" + id + "/x",
				PUBLISHED.plusSeconds(id));
	}

	void add(IndexedArticle... articles) {
		index.update(List.of(articles), List.of());
		index.commit(articles.length);
	}

	SearchResults search(String q) {
		return new ArticleSearch(index).search(SearchRequest.of(q, "", "", "", "", ""));
	}

	static SearchHit only(SearchResults results) {
		assertThat(results.hits()).hasSize(1);
		return results.hits().getFirst();
	}

	static Set<String> words(String text) {
		return Arrays.stream(text.split("\\s+")).collect(Collectors.toSet());
	}

	@Test
	void marksTheTitleAndCutsTheSnippetBetweenWordsWithZwnjJointsWhole() {
		String body = "کارشناسان اقتصادی از بازار مسکن و نرخ ارز در ماه‌های اخیر گزارش دادند. ".repeat(3)
				+ "نمایندگان مجلس می‌گویند همکاری‌های بانک‌ها با بورس ادامه دارد و سرمایه‌گذاران منتظرند. "
				+ "بانک مرکزی هنوز دربارهٔ سیاست‌های تازه چیزی نگفته است. ".repeat(3);
		add(article(1, "همکاری‌های بانک‌ها با بورس", "لید کوتاه خبر.", body, List.of("بانک")));

		SearchHit hit = only(search("همكاريهاي"));
		assertThat(hit.titleHtml()).isEqualTo("<mark>همکاری‌های</mark> بانک‌ها با بورس");
		Snippet snippet = hit.snippet();
		assertThat(snippet.text()).startsWith("… ").endsWith(" …");
		assertThat(snippet.text().length()).isLessThan(ArticleIndex.BODY_SHOWN);
		// every word shown is a whole word of the body (ZWNJ joints included)
		Set<String> bodyWords = words(body);
		assertThat(words(snippet.text().replace("…", " ").strip())).isSubsetOf(bodyWords);
		assertThat(hit.snippetHtml()).contains("<mark>همکاری‌های</mark>").contains("می‌گویند");
		assertThat(hit.id()).isEqualTo(1);
		assertThat(hit.path()).isEqualTo("/news/1/x");
		assertThat(hit.sectionSlug()).isEqualTo("economy");
		assertThat(hit.sectionName()).isEqualTo("اقتصاد");
		assertThat(hit.publishedAt()).isEqualTo(PUBLISHED.plusSeconds(1));
	}

	@Test
	void aMatchPastTheShownStartOfTheBodyShowsTheLeadMatchOrElseTheLeadStart() {
		String filler = "گزارش‌های روزانه از وضع بازار و قیمت‌ها منتشر شد. ".repeat(20);
		add(article(1, "گزارش روز", "لید با واژهٔ پالایشگاه در میان.", filler + "پالایشگاه آبادان", List.of()),
				article(2, "خبر دیگر", "لید دوم بی آن واژه.", filler + "پالایشگاه اصفهان", List.of()));

		Map<Long, SearchHit> hits = new java.util.HashMap<>();
		search("پالایشگاه").hits().forEach(hit -> hits.put(hit.id(), hit));
		assertThat(hits).containsOnlyKeys(1L, 2L);
		assertThat(hits.get(1L).snippetHtml()).isEqualTo("لید با واژهٔ <mark>پالایشگاه</mark> در میان.");
		assertThat(hits.get(2L).snippet()).isEqualTo(Snippet.plain("لید دوم بی آن واژه."));
		assertThat(hits.get(2L).title()).isEqualTo(Snippet.plain("خبر دیگر"));
	}

	@Test
	void aHitOnATagAloneShowsThePlainTitleAndTheLeadOrTheBodyStart() {
		add(article(1, "نشست هفتگی", "", "متن خبر دربارهٔ نشست هفتگی دولت است.", List.of("کابینه")));

		SearchHit hit = only(search("کابینه"));
		assertThat(hit.title()).isEqualTo(Snippet.plain("نشست هفتگی"));
		assertThat(hit.snippet().text()).isEqualTo("متن خبر دربارهٔ نشست هفتگی دولت است.");
		assertThat(hit.snippet().highlights()).isEmpty();
	}

	@Test
	void hitsFromSeveralSegmentsKeepTheScoreOrderAndTheirOwnText() {
		// three commits, three segments: hits are read segment by segment but shown by
		// score
		add(article(1, "بازار امروز", "لید یک", "متن دربارهٔ سکه", List.of()));
		add(article(2, "طلا و ارز", "لید دو", "متن دیگری دربارهٔ سکه", List.of()));
		add(article(3, "سکه", "لید سه", "متن سوم", List.of()));

		SearchResults results = search("سکه");
		assertThat(results.hits()).extracting(SearchHit::id).hasSize(3).first().isEqualTo(3L);
		Map<Long, SearchHit> hits = new java.util.HashMap<>();
		results.hits().forEach(hit -> hits.put(hit.id(), hit));
		assertThat(hits.get(3L).titleHtml()).isEqualTo("<mark>سکه</mark>");
		assertThat(hits.get(3L).snippetHtml()).isEqualTo("لید سه");
		assertThat(hits.get(1L).snippetHtml()).isEqualTo("متن دربارهٔ <mark>سکه</mark>");
		assertThat(hits.get(2L).snippetHtml()).isEqualTo("متن دیگری دربارهٔ <mark>سکه</mark>");
		hits.forEach((id, hit) -> assertThat(hit.path()).isEqualTo("/news/" + id + "/x"));
	}

	@Test
	void countsExactlyUpToTheLimitAndPastItSaysOnlyThatThereAreMore() {
		List<IndexedArticle> many = new ArrayList<>();
		for (int i = 1; i <= ArticleSearch.COUNT_LIMIT + 200; i++) {
			many.add(article(i, "بورس تهران " + i, "لید", i <= 3 ? "متن با واژهٔ فرابورس" : "متن", List.of()));
		}
		index.update(many, List.of());
		index.commit(1);

		SearchResults lots = search("بورس");
		assertThat(lots.exact()).isFalse();
		assertThat(lots.total()).isEqualTo(ArticleSearch.COUNT_LIMIT);
		assertThat(lots.totalPages()).isEqualTo(SearchRequest.MAX_PAGE);
		assertThat(lots.hits()).hasSize(SearchRequest.PAGE_SIZE);

		SearchResults few = search("فرابورس");
		assertThat(few.exact()).isTrue();
		assertThat(few.total()).isEqualTo(3);
	}

	static List<Long> ids(SearchResults results) {
		return results.hits().stream().map(SearchHit::id).toList();
	}

	@Test
	void aThreePartCompoundTypedApartFindsItWrittenWithZwnjGluedOrApart() {
		add(article(1, "بلیت حمل" + ZWNJ + "ونقل عمومی گران شد", "", "شورای شهر نرخ تازه را تصویب کرد.", List.of()),
				article(2, "خط تازهٔ اتوبوس", "", "سامانهٔ حملونقل شهری خط تازه‌ای راه انداخت.", List.of()),
				article(3, "ترافیک صبح", "", "وزارت راه و حمل و نقل دربارهٔ جاده‌ها گزارش داد.", List.of()),
				article(4, "بازار کتاب", "", "ناشران از فروش کتاب در نمایشگاه گفتند.", List.of()),
				article(5, "جلسهٔ عصر", "", "نشست بعد" + ZWNJ + "ازظهر دربارهٔ بودجه بود.", List.of()));
		Set<Long> transport = Set.of(1L, 2L, 3L);
		for (String typed : List.of("حمل و نقل", "حمل" + ZWNJ + "ونقل", "حملونقل", "حمل ونقل",
				"حمل" + ZWNJ + "و" + ZWNJ + "نقل")) {
			assertThat(ids(search(typed))).as(typed).containsExactlyInAnyOrderElementsOf(transport);
		}
		assertThat(ids(search("بعد از ظهر"))).containsExactly(5L);
		assertThat(ids(search("بعدازظهر"))).containsExactly(5L);
	}

	@Test
	void aCompoundGluedInTheQueryFindsItTypedApart() {
		add(article(1, "هفتهٔ کتاب", "", "طرح کتاب خوانی در مدرسه‌های شهر آغاز شد.", List.of()),
				article(2, "کتابخانهٔ محله", "", "کارگاه کتاب" + ZWNJ + "خوانی برای کودکان برگزار شد.", List.of()),
				article(3, "جشنواره", "", "مسابقهٔ کتابخوانی در روستاها برگزار می‌شود.", List.of()),
				article(4, "بازار", "", "فروش کتاب در نمایشگاه بیشتر شد و خوانندگان آمدند.", List.of()));
		List<Long> glued = ids(search("کتابخوانی"));
		assertThat(glued).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(ids(search("کتاب خوانی"))).containsAll(glued);
		assertThat(ids(search("کتاب" + ZWNJ + "خوانی"))).containsAll(glued);
	}

	@Test
	void theExactPhraseRanksAboveTheSameWordsApart() {
		// the same words, the same length; only their order and neighbours differ
		add(article(1, "گزارش روز", "", "مردم از آلودگی هوا و کمبود آب در تابستان گلایه کردند.", List.of()),
				article(2, "گزارش روز", "", "مردم از کمبود هوا و آلودگی آب در تابستان گلایه کردند.", List.of()));
		assertThat(ids(search("آلودگی هوا"))).containsExactly(1L, 2L);
		assertThat(ids(search("آلودگی آب"))).containsExactly(2L, 1L);
		assertThat(ids(search("کمبود آب"))).containsExactly(1L, 2L);
	}

	@Test
	void aStopwordFindsNothingAndIsNotSplitIntoASuggestion() {
		add(article(1, "هزینه‌ها در ارزیابی", "لید", "هز ار و هزینه", List.of()));

		SearchResults results = search("هزار");
		assertThat(results.hits()).isEmpty();
		assertThat(results.suggestion()).isNull();
	}

	@Test
	void anIndexOfTheOlderFormatIsReadAndTakesTheNewFormatWhenRebuilt() throws Exception {
		index.destroy();
		writeFormat1(settings.indexDir(), 7, "قیمت طلا در بازار", "لید خبر طلا.", "متن دربارهٔ طلا و سکه.");

		index = new ArticleIndex(settings);
		assertThat(index.format()).isEqualTo(1);
		assertThat(index.position()).isEqualTo(42);
		SearchHit old = only(search("طلا"));
		assertThat(old.titleHtml()).isEqualTo("قیمت <mark>طلا</mark> در بازار");
		assertThat(old.snippetHtml()).isEqualTo("متن دربارهٔ <mark>طلا</mark> و سکه.");
		assertThat(old.path()).isEqualTo("/news/7/x");

		// a change that follows the feed before the rebuild keeps the index marked as old
		add(article(8, "سکه طلا", "لید", "متن", List.of()));
		assertThat(index.format()).isEqualTo(1);
		assertThat(search("طلا").hits()).extracting(SearchHit::path)
			.containsExactlyInAnyOrder("/news/7/x", "/news/8/x");

		index.clear();
		add(article(7, "قیمت طلا در بازار", "لید خبر طلا.", "متن دربارهٔ طلا و سکه.", List.of()));
		index.destroy();
		index = new ArticleIndex(settings);
		assertThat(index.format()).isEqualTo(ArticleIndex.FORMAT);
		assertThat(only(search("طلا")).titleHtml()).isEqualTo("قیمت <mark>طلا</mark> در بازار");
	}

	@Test
	void aNewIndexIsOfTheCurrentFormat() {
		assertThat(index.format()).isEqualTo(ArticleIndex.FORMAT);
		assertThat(index.isNew()).isTrue();
	}

	/**
	 * What Khabar wrote before format 2: the shown text in stored fields, no format in
	 * the commit.
	 */
	static void writeFormat1(Path dir, long id, String title, String lead, String body) throws Exception {
		FieldType stored = new FieldType();
		stored.setTokenized(true);
		stored.setStored(true);
		stored.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		stored.freeze();
		FieldType notStored = new FieldType(stored);
		notStored.setStored(false);
		notStored.freeze();
		try (var directory = FSDirectory.open(dir);
				var writer = new IndexWriter(directory, new IndexWriterConfig(new KhabarAnalyzer()))) {
			Document doc = new Document();
			doc.add(new StringField(ArticleIndex.ID, Long.toString(id), Field.Store.NO));
			doc.add(new Field(ArticleIndex.TITLE, title, stored));
			doc.add(new Field(ArticleIndex.LEAD, lead, stored));
			doc.add(new Field(ArticleIndex.BODY, body, notStored));
			doc.add(new StoredField(ArticleIndex.BODY, body));
			doc.add(new NumericDocValuesField(ArticleIndex.ID, id));
			doc.add(new KeywordField(ArticleIndex.SECTION, "economy", Field.Store.NO));
			doc.add(new BinaryDocValuesField(ArticleIndex.SECTION_NAME, new BytesRef("اقتصاد")));
			doc.add(new BinaryDocValuesField(ArticleIndex.PATH, new BytesRef("/news/" + id + "/x")));
			doc.add(new LongField(ArticleIndex.PUBLISHED, PUBLISHED.toEpochMilli(), Field.Store.NO));
			writer.addDocument(doc);
			writer.setLiveCommitData(Map.of("khabar.feed.position", "42").entrySet());
			writer.commit();
		}
	}

}
