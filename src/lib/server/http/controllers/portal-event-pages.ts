import { redirect, type RequestEvent } from '@sveltejs/kit';
import { LIFE_STAGES } from '$lib/server/db/schema';
import { getPublicEvent, type PublicEvent } from '$lib/server/domains/events/get-public-event';
import { listPublicEvents } from '$lib/server/domains/events/list-public-events';
import { eventJsonLd } from '$lib/server/domains/events/event-json-ld';
import { registerFromPortal } from '$lib/server/domains/events/register-from-portal';
import { registrationSchema } from '$lib/server/domains/events/registration-schema';
import type { AudienceFilter } from '$lib/server/domains/events/event-visibility';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { telHref } from '$lib/server/domains/tenancy/help-numbers';
import { cleanQuery } from '$lib/server/domains/offers/query-text';
import { SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { portalViewerContext } from '../context';
import { formValues, invalid, parseWith } from '../forms';
import { actionFail, raise } from '../errors';
import { invalidateNetworkPages } from '../page-cache';
import { publicTermTranslator } from '../network-memo';

type Portal = { network: { id: string; slug: string; name: string }; locale: LocaleCode; prefix: string };

/** The list's filters from the URL (`?q=…&lebensphase=…&thema=…&sprache=…`); unknown values are ignored. */
export function eventListQuery(params: URLSearchParams) {
	const one = (name: string, shape: RegExp) => {
		const v = (params.get(name) ?? '').trim();
		return shape.test(v) ? v : '';
	};
	const lebensphase = one('lebensphase', /^[a-z0-9-]{1,20}$/);
	return {
		q: cleanQuery(params.get('q') ?? ''),
		lebensphase: (LIFE_STAGES as readonly string[]).includes(lebensphase) ? lebensphase : '',
		thema: one('thema', /^[a-z0-9-]{1,40}$/),
		sprache: one('sprache', /^[a-z]{2,3}$/)
	};
}

/** `/veranstaltungen` (families) and `/fortbildungen` (professionals): the upcoming events, filtered. */
export async function loadEventList(event: RequestEvent, portal: Portal, audience: AudienceFilter) {
	const query = eventListQuery(event.url.searchParams);
	try {
		const ctx = portalViewerContext(event, portal.network);
		const [result, term] = await Promise.all([
			listPublicEvents(ctx, {
				audience,
				q: query.q,
				lifeStages: query.lebensphase ? [query.lebensphase] : [],
				topics: query.thema ? [query.thema] : [],
				languages: query.sprache ? [query.sprache] : [],
				locale: portal.locale
			}),
			publicTermTranslator(event, portal.network, portal.locale)
		]);
		return {
			query,
			audience,
			result: {
				...result,
				options: { ...result.options, topics: result.options.topics.map((x) => ({ ...x, name: term(x.name) })) }
			}
		};
	} catch (e) {
		raise(e);
	}
}

/** What the answer after a registration says: registered, or the place on the waiting list. */
function answerOf(params: URLSearchParams): { status: 'registered' } | { status: 'waiting'; position: number } | null {
	const kind = params.get('anmeldung');
	if (kind === 'angemeldet') return { status: 'registered' };
	const position = Number(params.get('platz'));
	if (kind === 'warteliste' && Number.isInteger(position) && position >= 1 && position <= 100_000)
		return { status: 'waiting', position };
	return null;
}

const jsonLdTag = (data: unknown) =>
	// Not executed: a data block. "<" is escaped so the text cannot close the element.
	`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/** The event page: texts, sessions, seats, the registration form (or why there is none), JSON-LD. */
export async function loadEventPage(event: RequestEvent, portal: Portal) {
	try {
		const ctx = portalViewerContext(event, portal.network);
		const [found, term] = await Promise.all([
			getPublicEvent(ctx, event.params.id ?? ''),
			publicTermTranslator(event, portal.network, portal.locale)
		]);
		const url = `${event.url.origin}${event.url.pathname}`;
		return {
			event: { ...found, topicNames: found.topicNames.map(term) },
			answer: answerOf(event.url.searchParams),
			// A member's name and address fill the form (they may change them).
			phoneHref: found.contactPhone ? telHref(found.contactPhone) : null,
			prefill: ctx.actor ? { name: ctx.actor.name, email: ctx.actor.email } : { name: '', email: '' },
			jsonLdTag: jsonLdTag(eventJsonLd(found, { url, networkName: portal.network.name }))
		};
	} catch (e) {
		raise(e);
	}
}

/**
 * The registration form's action: the event's own form schema (its questions), then one use case;
 * bad input comes back next to the fields with everything typed kept, the answer is a redirect to
 * the event page saying "angemeldet" or the place on the waiting list (a reload registers nobody twice).
 */
export async function registerAction(event: RequestEvent) {
	const values = formValues(await event.request.formData());
	const locale = (event.params.locale ?? SOURCE_LOCALE) as LocaleCode;
	let found: PublicEvent;
	let ctx: ReturnType<typeof portalViewerContext<{ id: string; slug: string; name: string }>>;
	try {
		const network = await getNetworkBySlug(event.locals.app.database.db, event.params.network ?? '');
		ctx = portalViewerContext(event, { id: network.id, slug: network.slug, name: network.name });
		found = await getPublicEvent(ctx, event.params.id ?? '');
	} catch (e) {
		raise(e);
	}
	if (found.closed) return invalid({ form: `events.error.closed.${found.closed}` }, values);
	const parsed = parseWith(registrationSchema(found), values);
	if (!parsed.ok) return invalid(parsed.errors, values);
	let placed: Awaited<ReturnType<typeof registerFromPortal>>;
	try {
		placed = await registerFromPortal({ ...ctx, baseUrl: event.url.origin }, found.id, parsed.data, {
			clientAddress: event.getClientAddress(),
			locale,
			rateLimit: event.locals.app.config.eventRateLimit
		});
	} catch (e) {
		return actionFail(e, values, { rate_limited: { field: 'form', message: 'events.form.rateLimited' } });
	}
	// Seats changed: the cached lists and this event's page show the new count at once.
	invalidateNetworkPages(ctx.network.slug, (key) => /\/(veranstaltungen|fortbildungen|angebote)/.test(key));
	const prefix = `/${ctx.network.slug}${locale === SOURCE_LOCALE ? '' : `/${locale}`}`;
	const answer =
		placed.status === 'registered' ? 'anmeldung=angemeldet' : `anmeldung=warteliste&platz=${placed.waitingPosition}`;
	redirect(303, `${prefix}/veranstaltungen/${found.id}?${answer}#antwort`);
}
