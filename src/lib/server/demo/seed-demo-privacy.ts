import type { Tx } from '$lib/server/db/client';
import { processingRecords, retentionRules } from '$lib/server/db/schema';

/** The demo network whose coordination shortened a retention period (the others keep the defaults). */
export const DEMO_SHORTER_RETENTION = { network: 'herten', rule: 'outbox_bodies', days: 60 } as const;

/**
 * The Art. 30 record's typed parts for a demo network (invented controller office and
 * data-protection officer, example.org), and one changed retention period. Idempotent.
 */
export async function seedDemoPrivacy(
	tx: Tx,
	network: { id: string; slug: string; municipality: string; contactAddress: string }
): Promise<void> {
	await tx
		.insert(processingRecords)
		.values({
			networkId: network.id,
			controllerName: `${network.municipality} (Beispieldaten), Jugendamt – Netzwerkkoordination Frühe Hilfen`,
			controllerAddress: network.contactAddress,
			dpoContact: `Behördliche Datenschutzbeauftragte (Beispiel), datenschutz.${network.slug}@example.org`,
			notes: 'Beispieldaten: Dieses Verzeichnis ist erfunden und dient nur zur Ansicht.'
		})
		.onConflictDoNothing();
	if (network.slug === DEMO_SHORTER_RETENTION.network)
		await tx
			.insert(retentionRules)
			.values({ networkId: network.id, ruleKey: DEMO_SHORTER_RETENTION.rule, days: DEMO_SHORTER_RETENTION.days })
			.onConflictDoNothing();
}
