import { eq } from 'drizzle-orm';
import { networks, topics } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { helpNumbersFor } from './help-numbers';
import { SHIPPED_TERM_TRANSLATIONS, type TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { listTermTranslations } from '$lib/server/domains/taxonomy/term-translations';

/** One German term of the network with its shipped translation and the network's own one (with version). */
export type NetworkTerm = {
	source: string;
	kind: 'topic' | 'helpLabel' | 'helpNote';
	shipped: string;
	own: string;
	version: number;
};

/**
 * Every topic name and help-number label and note the network shows, in portal order, with what
 * the portal shows in `locale` today: the own translation, else the shipped one.
 */
export async function listNetworkTerms(ctx: TenantContext, locale: TargetLocale): Promise<NetworkTerm[]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const { names, help } = await tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({ name: topics.name })
			.from(topics)
			.where(scoped(topics, ctx))
			.orderBy(topics.position, topics.name);
		const [network] = await tx
			.select({ helpNumbers: networks.helpNumbers })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		return { names: rows.map((r) => r.name), help: helpNumbersFor(network?.helpNumbers ?? []) };
	});
	const own = new Map((await listTermTranslations(ctx, locale)).map((r) => [r.source, r]));
	const seen = new Set<string>();
	const terms: NetworkTerm[] = [];
	const add = (source: string, kind: NetworkTerm['kind']) => {
		if (!source.trim() || seen.has(source)) return;
		seen.add(source);
		const mine = own.get(source);
		terms.push({
			source,
			kind,
			shipped: SHIPPED_TERM_TRANSLATIONS[source]?.[locale] ?? '',
			own: mine?.text ?? '',
			version: mine?.version ?? 0
		});
	};
	for (const name of names) add(name, 'topic');
	for (const h of help) {
		add(h.label, 'helpLabel');
		if (h.note) add(h.note, 'helpNote');
	}
	return terms;
}
