import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { eventSettings } from '$lib/server/db/schema';

export type EventSettings = Pick<
	typeof eventSettings.$inferSelect,
	'reminderDays' | 'consentText' | 'rateLimitPerHour'
>;

/** The defaults of a network that has not saved its event settings (the table's column defaults). */
export const DEFAULT_EVENT_SETTINGS: EventSettings = {
	reminderDays: 2,
	consentText: '',
	rateLimitPerHour: 10
};

/** The network's event settings, or the defaults when it has none (read in the caller's tenant transaction). */
export async function readEventSettings(tx: Tx, networkId: string): Promise<EventSettings> {
	const [row] = await tx
		.select({
			reminderDays: eventSettings.reminderDays,
			consentText: eventSettings.consentText,
			rateLimitPerHour: eventSettings.rateLimitPerHour
		})
		.from(eventSettings)
		.where(eq(eventSettings.networkId, networkId));
	return row ?? DEFAULT_EVENT_SETTINGS;
}
