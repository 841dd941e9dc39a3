/**
 * Persian text as pure functions, no Spring: normalization for storage, folding for
 * matching (yeh/kaf, ZWNJ, space and no-separator variants), Persian digits, Jalali
 * date-time in Asia/Tehran, Jalali years, months and days as periods with their Tehran
 * midnights ({@code JalaliPeriod}: which days exist), slugs. Every module that stores,
 * indexes or matches text goes through it.
 */
@ApplicationModule(displayName = "persian", allowedDependencies = {})
@NullMarked
package app.khabar.persian;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
