import type { contacts, ContactVisibility } from '$lib/server/db/schema';

type ContactRow = typeof contacts.$inferSelect;

/** Who may see a contact: its chosen visibility while consent is given and not revoked, else only the coordination. */
export function effectiveVisibility(
	c: Pick<ContactRow, 'visibility' | 'consentAt' | 'consentRevokedAt'>
): ContactVisibility {
	return c.consentAt && !c.consentRevokedAt ? c.visibility : 'coordination';
}

export type Viewer = 'public' | 'network' | 'coordination';
const LEVEL: Record<ContactVisibility, number> = { public: 0, network: 1, coordination: 2 };
const VIEWER_LEVEL: Record<Viewer, number> = { public: 0, network: 1, coordination: 2 };
export const mayView = (viewer: Viewer, c: Pick<ContactRow, 'visibility' | 'consentAt' | 'consentRevokedAt'>) =>
	LEVEL[effectiveVisibility(c)] <= VIEWER_LEVEL[viewer];
