import { error } from '@sveltejs/kit';
import {
	BODY_KINDS,
	EVENT_KINDS,
	LIFE_STAGES,
	OFFER_TYPES,
	PREVENTION_LEVELS,
	type BodyKind,
	type EventKind
} from '$lib/server/db/schema';
import { listEventsHeld, listMeetingsHeld, listReportOffers } from '$lib/server/domains/planning/monitoring-lists';
import { parseReportYear } from '$lib/server/domains/planning/planning-year';
import type { OfferFilter } from '$lib/server/domains/planning/offer-report-conditions';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { t } from '$lib/i18n';
import type { PageServerLoad } from './$types';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
	list.includes(v as T) ? (v as T) : undefined;

/** The list behind a figure of the monitoring: ?liste=angebote|sitzungen|veranstaltungen with the figure's filters. */
export const load: PageServerLoad = async (event) => {
	const p = event.url.searchParams;
	const year = parseReportYear(p.get('jahr'));
	const ctx = coordinatorContext(event);
	try {
		switch (p.get('liste')) {
			case 'angebote': {
				const filter: OfferFilter = {
					lifeStage: oneOf(LIFE_STAGES, p.get('lebensphase')),
					prevention: oneOf(PREVENTION_LEVELS, p.get('praevention')),
					offerType: oneOf(OFFER_TYPES, p.get('art')),
					verified: oneOf(['ja', 'nein'] as const, p.get('geprueft'))
				};
				return { list: 'offers' as const, year, filter, offers: await listReportOffers(ctx, year, filter) };
			}
			case 'sitzungen': {
				const kind = oneOf<BodyKind>(BODY_KINDS, p.get('art')) ?? null;
				return { list: 'meetings' as const, year, kind, meetings: await listMeetingsHeld(ctx, year, kind) };
			}
			case 'veranstaltungen': {
				const kind = oneOf<EventKind>(EVENT_KINDS, p.get('art')) ?? null;
				return { list: 'events' as const, year, kind, events: await listEventsHeld(ctx, year, kind) };
			}
		}
	} catch (e) {
		raise(e);
	}
	error(404, t('error.notFound'));
};
