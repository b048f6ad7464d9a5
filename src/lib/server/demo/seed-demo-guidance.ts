import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { guidanceCards, networks, type HelpNumber } from '$lib/server/db/schema';
import { insertDefaultGuidance } from '$lib/server/domains/guidance/save-guidance-card';
import { NATIONWIDE_HELP_NUMBERS } from '$lib/server/domains/tenancy/help-numbers';

/**
 * The demo network's "Was jetzt wichtig ist" cards (the shipped ones) and two or three help
 * numbers marked for the top of the home page: its own first number and the first two
 * nationwide ones. Idempotent: a network with cards or with important numbers keeps them.
 */
export async function seedDemoGuidance(tx: Tx, network: { id: string }): Promise<void> {
	const [count] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(guidanceCards)
		.where(eq(guidanceCards.networkId, network.id));
	if ((count?.n ?? 0) === 0) await insertDefaultGuidance(tx, network.id);
	const [row] = await tx
		.select({ helpNumbers: networks.helpNumbers })
		.from(networks)
		.where(eq(networks.id, network.id));
	const own = row?.helpNumbers ?? [];
	if (own.some((h) => h.important)) return;
	const digits = (h: HelpNumber) => h.number.replace(/\D/g, '');
	const marked = own.map((h, i) => (i === 0 ? { ...h, important: true } : h));
	const nationwide = NATIONWIDE_HELP_NUMBERS.slice(0, own.length > 0 ? 2 : 3)
		.filter((n) => !own.some((h) => digits(h) === digits(n)))
		.map((n) => ({ ...n, important: true }));
	await tx
		.update(networks)
		.set({ helpNumbers: [...marked, ...nationwide] })
		.where(eq(networks.id, network.id));
}
