import type { Tx } from '$lib/server/db/client';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { bodyPeople } from './body-people';

export type OwnerChoice = { contactId: string; label: string; name: string };

/** People who can own a task of this body: everyone the body reaches by mail. */
export async function taskOwnerChoices(tx: Tx, ctx: TenantContext, bodyId: string): Promise<OwnerChoice[]> {
	return (await bodyPeople(tx, ctx, bodyId)).map((r) => ({
		contactId: r.id,
		name: r.name,
		label: `${r.name} (${r.organisationName})`
	}));
}

/**
 * The contact a typed owner refers to: the suggestion's full label, or a name that belongs to
 * exactly one person of the body. Anything else (e.g. "Koordination", "alle") stays free text.
 */
export function resolveTaskOwner(choices: OwnerChoice[], owner: string): string | null {
	const typed = owner.trim().toLocaleLowerCase('de');
	if (!typed) return null;
	const byLabel = choices.find((c) => c.label.toLocaleLowerCase('de') === typed);
	if (byLabel) return byLabel.contactId;
	const byName = choices.filter((c) => c.name.toLocaleLowerCase('de') === typed);
	return byName.length === 1 ? byName[0]!.contactId : null;
}

/** Suggestions for the owner fields of the minutes form (the coordinator may still type anything). */
export async function taskOwnerSuggestions(ctx: TenantContext, bodyId: string): Promise<string[]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => [
		'Koordination',
		...(await taskOwnerChoices(tx, ctx, bodyId)).map((c) => c.label)
	]);
}
