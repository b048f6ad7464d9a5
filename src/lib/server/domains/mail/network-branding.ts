import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { networks } from '$lib/server/db/schema';
import type { MailBranding } from './templates';

/** Name and brand colour of a network for its mails, read in the caller's transaction. */
export async function networkBranding(tx: Tx, networkId: string): Promise<MailBranding | undefined> {
	const [row] = await tx
		.select({ networkName: networks.name, brandPrimary: networks.brandPrimary })
		.from(networks)
		.where(eq(networks.id, networkId));
	return row;
}
