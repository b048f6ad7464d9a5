import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { events, LIFE_STAGES, organisations, topics } from '$lib/server/db/schema';
import { understandQuery } from '$lib/server/domains/offers/understand-query';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { forAudience, notPast, visibleEvents, type AudienceFilter } from './event-visibility';
import type { PublicEventSession } from './get-public-event';

export type PublicEventFilters = {
	audience: AudienceFilter;
	q?: string;
	lifeStages?: string[];
	topics?: string[];
	languages?: string[];
	/** Only events free of charge (also when the words say "kostenlos"). */
	costFree?: boolean;
	/** The page language: its translated title and summary are searched too. */
	locale?: string;
	/** The words as typed, without the filters read into them (the offer search's "undo"). */
	literal?: boolean;
	limit?: number;
	/** `false`: the filter options are not needed (the search page's "Termine"); `options` is then empty. */
	withOptions?: boolean;
};

/** One event in a list: what a family or a professional needs to choose (date, place, seats, fee). */
export type PublicEventCard = Pick<
	typeof events.$inferSelect,
	| 'id'
	| 'kind'
	| 'audience'
	| 'visibility'
	| 'title'
	| 'summary'
	| 'translations'
	| 'costFree'
	| 'feeCents'
	| 'capacity'
	| 'waitingList'
	| 'languages'
> & {
	organiser: string;
	sessions: PublicEventSession[];
	free: number;
	waiting: number;
};

export type PublicEventList = {
	events: PublicEventCard[];
	total: number;
	/** Values the filters can take: those of the events listed without any filter. */
	options: { lifeStages: string[]; topics: { slug: string; name: string }[]; languages: string[] };
};

const MAX_LISTED = 100;

const list = (values: string[]) => sql`string_to_array(${values.join(',')}, ',')`;

/**
 * Every word must occur in the event's texts (German, or the page language's translation) or
 * its topics: as part of a word ("massage" finds "Babymassage", also without an ending: "Kurse"
 * finds "Kurs") or by its German stem.
 */
function wordsMatch(words: string[], locale: string): SQL | undefined {
	if (words.length === 0) return undefined;
	const text = sql`nfh_unaccent(lower(${events.title} || ' ' || ${events.summary} || ' ' || ${events.description} || ' '
		|| coalesce(${events.translations} -> ${locale} ->> 'title', '') || ' '
		|| coalesce(${events.translations} -> ${locale} ->> 'summary', '') || ' '
		|| array_to_string(${events.topics}, ' ')))`;
	return and(
		...words.map((w) => {
			// "Kurse" finds "Kurs", "Massagen" "Babymassage": the word without a plural or case ending too.
			const bare = w.replace(/(en|er|e|n|s)$/u, '');
			const part = bare.length >= 4 ? bare : w;
			return sql`(strpos(${text}, nfh_unaccent(${part})) > 0 or to_tsvector('german', ${text}) @@ to_tsquery('german', nfh_unaccent(${`'${w}':*`})))`;
		})
	);
}

/** A session as the list statement returns it (JSON: instants as text). */
type SessionRow = { id: string; startsAt: string; endsAt: string; place: string; onlineUrl: string };

async function filterOptions(tx: Tx, ctx: TenantContext, base: SQL): Promise<PublicEventList['options']> {
	const all = await tx
		.select({ lifeStages: events.lifeStages, topics: events.topics, languages: events.languages })
		.from(events)
		.where(base);
	const stages = new Set(all.flatMap((e) => e.lifeStages));
	const slugs = [...new Set(all.flatMap((e) => e.topics))];
	const topicRows = slugs.length
		? await tx
				.select({ slug: topics.slug, name: topics.name })
				.from(topics)
				.where(scoped(topics, ctx, inArray(topics.slug, slugs)))
				.orderBy(asc(topics.position))
		: [];
	return {
		lifeStages: LIFE_STAGES.filter((s) => stages.has(s)),
		topics: topicRows,
		languages: [...new Set(all.flatMap((e) => e.languages))].sort()
	};
}

/**
 * Upcoming published events of the network for the portal's lists (`/veranstaltungen` for
 * families, `/fortbildungen` for professionals, the "Termine" of the offer search): public ones,
 * and members-only ones for a logged-in member of the network; filtered by life stage, topic,
 * language and words; in the order of their first session.
 */
export async function listPublicEvents(ctx: TenantContext, f: PublicEventFilters): Promise<PublicEventList> {
	const now = ctx.now ?? new Date();
	const understood = understandQuery(f.q ?? '', { literal: f.literal });
	const languages = [...new Set([...(f.languages ?? []), ...understood.languages])];
	const costFree = !!f.costFree || understood.costFree;
	return tenantTx(ctx, async (tx) => {
		const base = and(visibleEvents(ctx), forAudience(f.audience), notPast(now))!;
		const options =
			f.withOptions === false ? { lifeStages: [], topics: [], languages: [] } : await filterOptions(tx, ctx, base);
		const noWords = (f.q ?? '').trim() !== '' && understood.words.length === 0 && languages.length === 0 && !costFree;
		if (noWords) return { events: [], total: 0, options };
		const where = and(
			base,
			f.lifeStages?.length ? sql`${events.lifeStages} && ${list(f.lifeStages)}` : undefined,
			f.topics?.length ? sql`${events.topics} && ${list(f.topics)}` : undefined,
			languages.length ? sql`${events.languages} && ${list(languages)}` : undefined,
			costFree ? eq(events.costFree, true) : undefined,
			wordsMatch(understood.words, f.locale ?? 'de')
		);
		const firstStart = sql<string>`(select min(s.starts_at) from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id})`;
		const rows = await tx
			.select({
				id: events.id,
				kind: events.kind,
				audience: events.audience,
				visibility: events.visibility,
				title: events.title,
				summary: events.summary,
				translations: events.translations,
				costFree: events.costFree,
				feeCents: events.feeCents,
				capacity: events.capacity,
				waitingList: events.waitingList,
				languages: events.languages,
				organiser: organisations.name,
				firstStart,
				// Seats and sessions in the same statement (issue 17: one round trip, not three).
				taken: sql<number>`(select coalesce(sum(r.persons) filter (where r.status in ('registered', 'offered')), 0)::int
					from event_registrations r where r.network_id = ${events.networkId} and r.event_id = ${events.id})`,
				waiting: sql<number>`(select count(*) filter (where r.status = 'waiting')::int
					from event_registrations r where r.network_id = ${events.networkId} and r.event_id = ${events.id})`,
				sessions: sql<SessionRow[]>`(select coalesce(json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at,
						'endsAt', s.ends_at, 'place', s.place, 'onlineUrl', s.online_url) order by s.starts_at, s.position), '[]')
					from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id})`
			})
			.from(events)
			.leftJoin(
				organisations,
				and(eq(organisations.networkId, events.networkId), eq(organisations.id, events.organisationId))
			)
			.where(where)
			.orderBy(firstStart, asc(events.title))
			.limit(MAX_LISTED);
		const total = rows.length;
		const shown = rows.slice(0, Math.min(f.limit ?? MAX_LISTED, MAX_LISTED));
		const cards = shown
			.map(({ organiser, firstStart, taken, waiting, sessions, ...r }) => ({
				...r,
				organiser: organiser ?? ctx.network.name,
				sessions: sessions.map((x) => ({
					...x,
					startsAt: new Date(x.startsAt),
					endsAt: new Date(x.endsAt)
				})),
				free: Math.max(0, r.capacity - Number(taken)),
				waiting: Number(waiting),
				firstStart: new Date(firstStart).getTime()
			}))
			.sort((a, b) => a.firstStart - b.firstStart || a.title.localeCompare(b.title, 'de'))
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			.map(({ firstStart, ...card }) => card);
		return { events: cards, total, options };
	});
}
