package app.khabar.account.web;

import java.util.List;

/** New recovery codes, shown this once; {@code next} is where the member goes on. */
public record RecoveryCodesPage(List<String> codes, String next) {

	public RecoveryCodesPage {
		codes = List.copyOf(codes);
	}

}
