package app.khabar.newsroom.web;

import java.util.List;

import app.khabar.newsroom.WordDiff;

/** A changed field and its word diff. */
public record FieldDiff(String labelKey, List<WordDiff.Segment> segments) {
}
