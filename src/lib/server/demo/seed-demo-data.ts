import { and, eq, sql } from 'drizzle-orm';
import { STARTUP_LOCK, type Db, type Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, organisations, roleAssignments, users, type Role } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/domains/accounts/passwords';
import { demoLegalTexts } from './legal-texts';
import { seedDemoOffers, seedDemoProviderOffers } from './seed-demo-offers';
import { seedDemoMembership } from './seed-demo-membership';
import { seedDemoBodies } from './seed-demo-bodies';
import { seedDemoAgreements } from './seed-demo-agreements';
import { seedDemoDocuments } from './seed-demo-documents';
import { seedDemoGuidance } from './seed-demo-guidance';
import { seedDemoPastEvents } from './seed-demo-past-events';
import { seedDemoEvents } from './seed-demo-events';
import { seedDemoServiceAreas } from './seed-demo-service-areas';
import { seedDemoPopulation } from './seed-demo-population';
import { seedDemoPrivacy } from './seed-demo-privacy';
import { seedDemoAttendance } from './seed-demo-attendance';
import { seedDemoContactRequests } from './seed-demo-contact-requests';
import type { FileStore } from '$lib/server/domains/documents/file-store';
import {
	DEMO_MEMBER,
	DEMO_NETWORKS,
	DEMO_OPERATOR,
	DEMO_PASSWORD,
	DEMO_PROVIDER,
	DEMO_TOTP_SECRET
} from './demo-networks';

async function upsertUser(
	tx: Tx,
	person: { name: string; email: string },
	passwordHash: string,
	withTotp: boolean
): Promise<string> {
	const [existing] = await tx
		.select({ id: users.id })
		.from(users)
		.where(sql`lower(${users.email}) = ${person.email}`);
	if (existing) return existing.id;
	const [created] = await tx
		.insert(users)
		.values({
			name: person.name,
			email: person.email,
			passwordHash,
			totpSecret: withTotp ? DEMO_TOTP_SECRET : null,
			totpEnabledAt: withTotp ? new Date() : null
		})
		.returning({ id: users.id });
	return created!.id;
}

async function grant(
	tx: Tx,
	userId: string,
	role: Role,
	networkId: string | null,
	organisationId: string | null = null
) {
	const existing = await tx
		.select({ id: roleAssignments.id })
		.from(roleAssignments)
		.where(
			and(
				eq(roleAssignments.userId, userId),
				eq(roleAssignments.role, role),
				networkId ? eq(roleAssignments.networkId, networkId) : sql`${roleAssignments.networkId} is null`
			)
		);
	if (existing.length === 0) await tx.insert(roleAssignments).values({ userId, role, networkId, organisationId });
}

/**
 * Loads the five demo networks with their accounts (and, given a file store, their demo
 * documents). Idempotent: existing networks
 * (by slug) and accounts (by e-mail) are left as they are. With `onlyIfEmpty`
 * nothing happens once any network exists. Returns whether anything was loaded.
 */
export async function seedDemoData(db: Db, opts: { onlyIfEmpty?: boolean; files?: FileStore } = {}): Promise<boolean> {
	const hasNetworks = async (tx: Tx) =>
		((await tx.select({ n: sql<number>`count(*)::int` }).from(networks))[0]?.n ?? 0) > 0;
	if (opts.onlyIfEmpty && (await withSystem(db, hasNetworks))) return false;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	return withSystem(db, async (tx) => {
		// Several processes starting at once on an empty database: one loads the demo data under
		// the start-up lock (as for migrations), the others wait and then find it there.
		await tx.execute(sql`select pg_advisory_xact_lock(${STARTUP_LOCK})`);
		if (opts.onlyIfEmpty && (await hasNetworks(tx))) return false;
		const operatorId = await upsertUser(tx, DEMO_OPERATOR, passwordHash, true);
		await grant(tx, operatorId, 'operator', null);
		for (const demo of DEMO_NETWORKS) {
			let [network] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, demo.slug));
			if (!network) {
				// eslint-disable-next-line @typescript-eslint/no-unused-vars
				const { coordinator, organisations: orgNames, ...fields } = demo;
				[network] = await tx
					.insert(networks)
					.values({ ...fields, ...demoLegalTexts(demo), isDemo: true })
					.returning({ id: networks.id });
				await tx.insert(organisations).values(orgNames.map((name) => ({ networkId: network!.id, name })));
			}
			await seedDemoOffers(
				tx,
				{ id: network!.id, slug: demo.slug, municipality: demo.municipality },
				demo.contactPhone.split(' ').slice(0, 2).join(' ')
			);
			await seedDemoServiceAreas(tx, { id: network!.id });
			await seedDemoMembership(tx, { id: network!.id, municipality: demo.municipality });
			await seedDemoBodies(tx, { id: network!.id, slug: demo.slug, municipality: demo.municipality });
			await seedDemoAgreements(tx, { id: network!.id, slug: demo.slug, municipality: demo.municipality });
			await seedDemoGuidance(tx, { id: network!.id });
			await seedDemoEvents(
				tx,
				{ id: network!.id, slug: demo.slug, municipality: demo.municipality },
				demo.contactPhone.split(' ').slice(0, 2).join(' ')
			);
			await seedDemoPastEvents(tx, { id: network!.id, slug: demo.slug, municipality: demo.municipality });
			await seedDemoPopulation(tx, { id: network!.id, slug: demo.slug });
			await seedDemoAttendance(tx, { id: network!.id });
			await seedDemoPrivacy(tx, {
				id: network!.id,
				slug: demo.slug,
				municipality: demo.municipality,
				contactAddress: demo.contactAddress
			});
			if (opts.files) await seedDemoDocuments(tx, opts.files, { id: network!.id, municipality: demo.municipality });
			const coordinatorId = await upsertUser(tx, demo.coordinator, passwordHash, true);
			await grant(tx, coordinatorId, 'coordinator', network!.id);
			if (demo.slug === DEMO_PROVIDER.network) {
				const [org] = await tx
					.select({ id: organisations.id })
					.from(organisations)
					.where(and(eq(organisations.networkId, network!.id), eq(organisations.name, DEMO_PROVIDER.organisation)));
				if (org)
					await seedDemoProviderOffers(
						tx,
						{ id: network!.id, municipality: demo.municipality },
						{ id: org.id, name: DEMO_PROVIDER.organisation },
						demo.contactPhone.split(' ').slice(0, 2).join(' ')
					);
				const providerId = await upsertUser(tx, DEMO_PROVIDER, passwordHash, false);
				await grant(tx, providerId, 'provider', network!.id, org?.id ?? null);
				const memberId = await upsertUser(tx, DEMO_MEMBER, passwordHash, false);
				await grant(tx, memberId, 'member', network!.id);
			}
			// After the provider's own offers, so that they have "Bitte um Kontakt" switched on too.
			const [providerOrg] =
				demo.slug === DEMO_PROVIDER.network
					? await tx
							.select({ id: organisations.id })
							.from(organisations)
							.where(and(eq(organisations.networkId, network!.id), eq(organisations.name, DEMO_PROVIDER.organisation)))
					: [];
			await seedDemoContactRequests(
				tx,
				{ id: network!.id },
				demo.contactPhone.split(' ').slice(0, 2).join(' '),
				providerOrg?.id ?? null
			);
		}
		return true;
	});
}
