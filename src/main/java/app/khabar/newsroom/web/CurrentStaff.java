package app.khabar.newsroom.web;

import java.util.EnumSet;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import app.khabar.newsroom.NewsroomError;
import app.khabar.newsroom.Staff;
import app.khabar.shared.KhabarException;

/**
 * The signed-in newsroom member, from Spring Security's context: the login and the {@code ROLE_ADMIN},
 * {@code ROLE_EDITOR}, {@code ROLE_REPORTER} authorities. Anyone else is refused with a Persian 403, even if a URL
 * rule let them through.
 */
@Component
class CurrentStaff {

	Staff get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			throw new KhabarException(NewsroomError.FORBIDDEN);
		}
		var roles = EnumSet.noneOf(Staff.Role.class);
		for (GrantedAuthority authority : auth.getAuthorities()) {
			for (Staff.Role role : Staff.Role.values()) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		if (roles.isEmpty()) {
			throw new KhabarException(NewsroomError.FORBIDDEN);
		}
		return new Staff(auth.getName(), roles);
	}

}
