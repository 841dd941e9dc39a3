package app.khabar.shared;

import java.time.Clock;

import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.util.ErrorHandler;

/**
 * Beans every module may use. The clock is injected, never read statically, so tests can
 * set the time. Scheduled work that fails because the database is unavailable is logged
 * once per outage ({@link DatabaseOutageLog}) instead of a stack trace per run; any other
 * failure of a scheduled run is logged as Spring does.
 */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SimpleAsyncTaskSchedulerCustomizer outageAwareVirtualScheduler() {
		ErrorHandler handler = scheduledRunErrors();
		return scheduler -> scheduler.setErrorHandler(handler);
	}

	@Bean
	ThreadPoolTaskSchedulerCustomizer outageAwarePooledScheduler() {
		ErrorHandler handler = scheduledRunErrors();
		return scheduler -> scheduler.setErrorHandler(handler);
	}

	private static ErrorHandler scheduledRunErrors() {
		var outage = new DatabaseOutageLog("scheduled runs fail", "scheduled run(s) failed");
		return failure -> {
			if (DatabaseUnavailable.isCause(failure)) {
				outage.failed(failure);
			}
			else {
				TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
			}
		};
	}

}
