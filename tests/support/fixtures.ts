import { saveContact } from '$lib/server/domains/organisations/save-contact';
import { withSystem } from '$lib/server/db/scope';
import type { Db } from '$lib/server/db/client';
import { networks, organisations, roleAssignments, users, type Role } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/domains/accounts/passwords';
import { loadActor, type Actor } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import {
	memberOrganisationSchema,
	type MemberOrganisationInput
} from '$lib/server/domains/organisations/organisation-schema';
import { parseWith } from '$lib/server/http/forms';
import { secretBox } from '$lib/server/domains/shared/crypto';
import { sealTotpSecret } from '$lib/server/domains/accounts/totp-secret';
import { randomUUID } from 'node:crypto';

/** The key for secrets at rest in database tests (the app's is APP_SECRET or DATA_DIR/app-secret). */
export const TEST_SECRETS = secretBox('nur-fuer-tests-kein-echter-schluessel-0123456789');

let counter = 0;

export async function makeNetwork(db: Db, slug = `netz-${++counter}`) {
	const [n] = await withSystem(db, (tx) =>
		tx
			.insert(networks)
			.values({ slug, name: `Netzwerk ${slug}`, municipality: 'Musterstadt', municipalityKind: 'stadt' })
			.returning()
	);
	return n!;
}

/** An account with a password and the given roles; returns its Actor. */
export async function makeUser(
	db: Db,
	opts: {
		email?: string;
		password?: string;
		roles?: { role: Role; networkId: string | null; organisationId?: string }[];
		/** A second factor already set up with this base32 secret, stored sealed with TEST_SECRETS … */
		totpSecret?: string;
		/** … or as it was stored before encryption (plain). */
		totpStored?: 'sealed' | 'plain';
	}
): Promise<Actor> {
	const email = opts.email ?? `person${++counter}@example.org`;
	const passwordHash = opts.password ? await hashPassword(opts.password) : null;
	const id = randomUUID();
	const totpSecret = !opts.totpSecret
		? null
		: opts.totpStored === 'plain'
			? opts.totpSecret
			: sealTotpSecret(TEST_SECRETS, id, opts.totpSecret);
	return withSystem(db, async (tx) => {
		const [u] = await tx
			.insert(users)
			.values({
				id,
				email,
				name: `Testperson ${counter}`,
				passwordHash,
				totpSecret,
				totpEnabledAt: opts.totpSecret ? new Date() : null
			})
			.returning();
		for (const r of opts.roles ?? [])
			await tx
				.insert(roleAssignments)
				.values({ userId: u!.id, role: r.role, networkId: r.networkId, organisationId: r.organisationId ?? null });
		return (await loadActor(tx, u!.id))!;
	});
}

export function tenantContext(
	db: Db,
	network: { id: string; slug: string; name: string },
	actor: Actor | null
): TenantContext {
	return { db, network: { id: network.id, slug: network.slug, name: network.name }, actor };
}

export async function makeOrganisation(db: Db, networkId: string, name = `Organisation ${++counter} (Beispiel)`) {
	const [o] = await withSystem(db, (tx) => tx.insert(organisations).values({ networkId, name }).returning());
	return o!;
}

/** The coordinator's organisation form as parsed input: every field empty unless given (values as the form posts them). */
export function memberOrganisationForm(values: Record<string, unknown>): MemberOrganisationInput {
	const parsed = parseWith(memberOrganisationSchema, {
		version: '0',
		name: '',
		description: '',
		street: '',
		postcode: '',
		city: '',
		phone: '',
		email: '',
		web: '',
		districtIds: [],
		partnerCategoryId: '',
		membershipStatus: '',
		statusDate: '',
		statusNote: '',
		listedPublicly: false,
		...values
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

/** A contact of an organisation with an address, visible to the coordination only; returns its id. */
export async function person(ctx: TenantContext, organisationId: string, name: string, email: string) {
	return (
		await saveContact(ctx, organisationId, null, {
			version: 0,
			name,
			role: '',
			phone: '',
			email,
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		})
	).id;
}
