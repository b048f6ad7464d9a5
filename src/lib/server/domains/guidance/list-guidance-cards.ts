import { asc, eq } from 'drizzle-orm';
import { AppError } from '$lib/server/errors';
import { guidanceCards, GUIDANCE_STAGES, type GuidanceStage } from '$lib/server/db/schema';
import type { Tx } from '$lib/server/db/client';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { DEFAULT_GUIDANCE } from './default-guidance';

/** A card as the home page shows it: in the page's language, or German with `german: true`. */
export type PortalGuidanceCard = {
	lifeStage: GuidanceStage;
	title: string;
	text: string;
	query: string;
	/** The page is not German but the card has no title in its language: mark it `lang="de"`. */
	german: boolean;
	/** The same for the short text alone (a translated title without text). */
	textGerman: boolean;
};

async function rowsOf(tx: Tx, ctx: TenantContext) {
	return tx
		.select()
		.from(guidanceCards)
		.where(scoped(guidanceCards, ctx))
		.orderBy(asc(guidanceCards.lifeStage), asc(guidanceCards.position), asc(guidanceCards.title));
}

const stageOrder = (s: string) => GUIDANCE_STAGES.indexOf(s as GuidanceStage);

/** The coordinator's cards, by life stage and sort order; `usesDefaults` when the network has none yet. */
export async function listGuidanceCards(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const rows = await tenantTx(ctx, (tx) => rowsOf(tx, ctx));
	rows.sort((a, b) => stageOrder(a.lifeStage) - stageOrder(b.lifeStage) || a.position - b.position);
	return { cards: rows, usesDefaults: rows.length === 0, defaults: DEFAULT_GUIDANCE };
}

/** The home page's cards grouped by life stage in `locale` (German fallback); the shipped ones while the network has none. */
export async function guidanceForPortal(
	ctx: TenantContext,
	locale: LocaleCode
): Promise<{ stage: GuidanceStage; cards: PortalGuidanceCard[] }[]> {
	const own = await tenantTx(ctx, (tx) => rowsOf(tx, ctx));
	const source = own.length > 0 ? own : DEFAULT_GUIDANCE.map((c, i) => ({ ...c, position: i }));
	return GUIDANCE_STAGES.map((stage) => ({
		stage,
		cards: source
			.filter((c) => c.lifeStage === stage)
			.sort((a, b) => a.position - b.position)
			.map((c) => {
				const tr = locale === SOURCE_LOCALE ? undefined : c.translations[locale];
				const foreign = locale !== SOURCE_LOCALE;
				return {
					lifeStage: stage,
					title: tr?.title || c.title,
					text: (tr?.title && tr.text) || c.text,
					query: c.query,
					german: foreign && !tr?.title,
					textGerman: foreign && !(tr?.title && tr.text)
				};
			})
	})).filter((g) => g.cards.length > 0);
}

/** One card of the network for its edit form (`not_found` for another network's id). */
export async function getGuidanceCard(ctx: TenantContext, id: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found');
	const [row] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(guidanceCards)
			.where(scoped(guidanceCards, ctx, eq(guidanceCards.id, id)))
	);
	if (!row) throw new AppError('not_found');
	return row;
}
