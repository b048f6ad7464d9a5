import { redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { endOtherSessions, endOwnSession } from '$lib/server/domains/accounts/end-sessions';
import { listOwnSessions } from '$lib/server/domains/accounts/list-sessions';
import type { Device } from '$lib/server/domains/accounts/describe-device';
import { logOutEverywhere } from '$lib/server/domains/accounts/log-out-everywhere';
import type { SessionState } from '$lib/server/domains/accounts/validate-session';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import { clearSessionCookie, landingFor } from '$lib/server/http/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** Account actions need the whole login: someone who only knows the password must not end the real person's sessions (the hook refuses it too). */
function fullSession(session: SessionState | null): SessionState {
	if (!session) redirect(303, '/anmelden?weiter=/konto');
	if (session.secondFactorPending)
		redirect(
			303,
			session.secondFactorEnrolmentNeeded ? '/konto/zwei-faktor-einrichten' : '/anmelden/zwei-faktor?weiter=/konto'
		);
	return session;
}

function deviceLabel({ browser, os }: Device): string {
	if (browser && os) return t('auth.sessions.deviceOn', { browser, os });
	return browser ?? os ?? t('auth.sessions.unknownDevice');
}

export const load: PageServerLoad = async ({ locals }) => {
	const s = locals.session;
	if (!s) redirect(303, '/anmelden?weiter=/konto');
	if (s.secondFactorEnrolmentNeeded) redirect(303, '/konto/zwei-faktor-einrichten');
	if (s.secondFactorPending) redirect(303, '/anmelden/zwei-faktor?weiter=/konto');
	const sessions = await listOwnSessions(locals.app.database.db, {
		userId: s.actor.userId,
		currentSessionId: s.sessionId,
		idleMinutes: locals.app.config.sessionIdleMinutes
	});
	return {
		name: s.actor.name,
		email: s.actor.email,
		roles: s.actor.grants.map((g) => g.role),
		landing: landingFor(s.actor),
		sessionHours: locals.app.config.sessionHours,
		idleMinutes: locals.app.config.sessionIdleMinutes,
		sessions: sessions.map((x) => ({
			id: x.publicId,
			device: deviceLabel(x.device),
			signedInAt: formatDate(x.signedInAt, 'dateTime'),
			lastSeenAt: formatDate(x.lastSeenAt, 'dateTime'),
			current: x.current
		}))
	};
};

export const actions: Actions = {
	endSession: async ({ locals, cookies, url, request }) => {
		const s = fullSession(locals.session);
		const publicId = uuidParam((await request.formData()).get('session')?.toString());
		let wasCurrent: boolean;
		try {
			({ wasCurrent } = await endOwnSession(locals.app.database.db, {
				userId: s.actor.userId,
				publicId,
				currentSessionId: s.sessionId
			}));
		} catch (e) {
			raise(e); // someone else's or an unknown session: 404
		}
		if (wasCurrent) {
			clearSessionCookie(cookies, url);
			redirect(303, '/anmelden');
		}
		return { ended: 1 };
	},
	endOtherSessions: async ({ locals }) => {
		const s = fullSession(locals.session);
		const { ended } = await endOtherSessions(locals.app.database.db, {
			userId: s.actor.userId,
			currentSessionId: s.sessionId
		});
		return { ended };
	},
	logoutEverywhere: async ({ locals, cookies, url }) => {
		const s = fullSession(locals.session);
		await logOutEverywhere(locals.app.database.db, s.actor.userId);
		clearSessionCookie(cookies, url);
		redirect(303, '/anmelden');
	}
};
