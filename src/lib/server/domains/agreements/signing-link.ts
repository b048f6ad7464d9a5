import type { Tx } from '$lib/server/db/client';
import { agreementSignatures } from '$lib/server/db/schema';
import { addLink } from '$lib/server/domains/shared/personal-link';

/** A new personal signing link for one more mail (or the provider area); the earlier links keep working (ADR 0008). */
export function newSigningLink(tx: Tx, signatureId: string): Promise<string> {
	return addLink(tx, agreementSignatures, signatureId);
}
