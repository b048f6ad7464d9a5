import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	contacts,
	membershipEvents,
	organisations,
	partnerCategories,
	type ContactVisibility,
	type MembershipStatus
} from '$lib/server/db/schema';
import { CONSENT_TEXT_VERSION } from '$lib/server/domains/organisations/contact-schema';
import { ensurePartnerCategories } from '$lib/server/domains/organisations/partner-categories';

/** Invented member organisations per § 3 KKG category (every demo network gets these, named after its town). */
const MEMBERS: [category: string, name: string, status: MembershipStatus, listed: boolean][] = [
	['Jugendamt / ASD', 'Jugendamt {town} – Allgemeiner Sozialer Dienst (Beispiel)', 'mitglied', true],
	['Gesundheitsamt', 'Gesundheitsamt {town} – Kinder- und Jugendgesundheitsdienst (Beispiel)', 'mitglied', true],
	['Kinder- und Jugendärzt:innen', 'Kinderarztpraxis Dr. Beispiel (Beispiel)', 'mitglied', true],
	['Gynäkolog:innen', 'Frauenarztpraxis am Rathaus (Beispiel)', 'kooperationspartner', true],
	['Hebammen und Familienhebammen', 'Familienhebammen {town} (Beispiel)', 'mitglied', true],
	['Geburtskliniken', 'Geburtsklinik St. Beispiel (Beispiel)', 'kooperationspartner', true],
	['Schwangerschafts(konflikt)beratung', 'Schwangerschaftsberatungsstelle (Beispiel)', 'mitglied', true],
	['Erziehungsberatung', 'Erziehungsberatungsstelle {town} (Beispiel)', 'mitglied', true],
	['Frühförderstellen', 'Interdisziplinäre Frühförderstelle (Beispiel)', 'mitglied', false],
	['Kitas und Kindertagespflege', 'Kita Regenbogen (Beispiel)', 'mitglied', true],
	['Familienbildung', 'Familienbildungswerk (Beispiel)', 'mitglied', true],
	['Jobcenter', 'Jobcenter {town} (Beispiel)', 'kooperationspartner', true],
	['Migrationsberatung', 'Migrationsberatung für Familien (Beispiel)', 'angefragt', false],
	['Sucht- und Drogenberatung', 'Suchtberatung {town} (Beispiel)', 'ruhend', false],
	['Polizei', 'Polizei – Opferschutz (Beispiel)', 'kooperationspartner', true],
	['Familiengericht', 'Amtsgericht – Familiengericht (Beispiel)', 'ausgetreten', false],
	['Ehrenamt', 'Familienpatenschaften (Beispiel)', 'angefragt', false]
];

/** Invented people; e-mail addresses at example.org, phone numbers from the range for fiction. */
const PEOPLE = [
	'Anna Beispiel',
	'Jonas Muster',
	'Selin Probe',
	'Marta Exempel',
	'Lukas Demo',
	'Fatma Muster',
	'Olena Beispiel',
	'Paul Platzhalter',
	'Mira Testweg',
	'Yusuf Probe'
];
const PEOPLE_ROLES: [string, ContactVisibility, boolean][] = [
	['Leitung', 'public', true],
	['Fachkraft Frühe Hilfen', 'network', true],
	['Verwaltung', 'coordination', false]
];

const CATEGORY_HINTS: [RegExp, string][] = [
	[/Jugendamt/, 'Jugendamt / ASD'],
	[/Gesundheitsamt/, 'Gesundheitsamt'],
	[/Kinderarzt/, 'Kinder- und Jugendärzt:innen'],
	[/[Hh]ebamme/, 'Hebammen und Familienhebammen'],
	[/Geburtsklinik/, 'Geburtskliniken'],
	[/Schwangerschaft/, 'Schwangerschafts(konflikt)beratung'],
	[/Familienzentrum/, 'Familienzentren'],
	[/Familienbildung/, 'Familienbildung'],
	[/Kinderschutzbund/, 'Kinderschutzbund'],
	[/Frauenhaus/, 'Frauenhaus'],
	[/Drogenberatung/, 'Sucht- und Drogenberatung'],
	[/Polizei/, 'Polizei'],
	[/Grundschule/, 'Schulen'],
	[/Diakonie|Kulturen/, 'Wohlfahrtsverbände'],
	[/Familienunterstützend/, 'Frühförderstellen']
];

/** A dated membership history leading to the status: asked, joined and (when resting or left) that last step. */
async function seedHistory(
	tx: Tx,
	networkId: string,
	organisationId: string,
	status: MembershipStatus,
	i: number,
	year: number
): Promise<void> {
	const joined = `${year - 3 + (i % 3)}-0${1 + (i % 9)}-15`;
	await tx.insert(membershipEvents).values({
		networkId,
		organisationId,
		status: 'angefragt',
		validFrom: `${year - 4 + (i % 3)}-11-0${1 + (i % 8)}`,
		note: 'Anfrage nach der Netzwerkkonferenz',
		recordedByName: 'Netzwerkkoordination (Beispiel)'
	});
	if (status !== 'angefragt')
		await tx.insert(membershipEvents).values({
			networkId,
			organisationId,
			status: status === 'ruhend' || status === 'ausgetreten' ? 'mitglied' : status,
			validFrom: joined,
			note: 'Kooperationsvereinbarung unterzeichnet',
			recordedByName: 'Netzwerkkoordination (Beispiel)'
		});
	if (status === 'ruhend' || status === 'ausgetreten')
		await tx.insert(membershipEvents).values({
			networkId,
			organisationId,
			status,
			validFrom: `${year}-0${1 + (i % 6)}-01`,
			note: status === 'ruhend' ? 'Personalwechsel, ruht bis auf Weiteres' : 'Austritt schriftlich mitgeteilt',
			recordedByName: 'Netzwerkkoordination (Beispiel)'
		});
}

async function seedContacts(tx: Tx, networkId: string, organisationId: string, i: number, year: number): Promise<void> {
	// Two or three contacts with different visibility; the third has no consent (coordination only).
	for (const [k, [role, visibility, consent]] of PEOPLE_ROLES.slice(0, 2 + (i % 2)).entries()) {
		const person = PEOPLE[(i * 3 + k) % PEOPLE.length]!;
		await tx.insert(contacts).values({
			networkId,
			organisationId,
			name: person,
			role,
			phone: `030 23125 ${String(300 + i * 3 + k).padStart(3, '0')}`,
			email: `${person.toLowerCase().replace(/\s+/g, '.')}.${i}@example.org`,
			visibility,
			consentAt: consent ? `${year - 1}-10-0${1 + (k % 8)}` : null,
			consentMethod: consent ? (k === 0 ? 'schriftlich' : 'email') : null,
			consentTextVersion: consent ? CONSENT_TEXT_VERSION : null
		});
	}
}

/**
 * Categories, members and a dated membership history for one demo network, unless it
 * already has members. The network's named demo organisations become members too.
 */
export async function seedDemoMembership(tx: Tx, network: { id: string; municipality: string }): Promise<void> {
	await ensurePartnerCategories(tx, network.id);
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(organisations)
		.where(and(eq(organisations.networkId, network.id), sql`${organisations.membershipStatus} is not null`));
	if (n > 0) return;
	const categories = new Map(
		(
			await tx
				.select({ id: partnerCategories.id, name: partnerCategories.name })
				.from(partnerCategories)
				.where(eq(partnerCategories.networkId, network.id))
		).map((c) => [c.name, c.id])
	);
	const town = network.municipality.replace(/^(Kreis|Landkreis|Stadt)\s+/, '');
	const year = new Date().getFullYear();
	let i = 0;
	for (const [category, pattern, status, listed] of MEMBERS) {
		const name = pattern.replace('{town}', town);
		const [existing] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(and(eq(organisations.networkId, network.id), eq(organisations.name, name)));
		const id =
			existing?.id ??
			(await tx.insert(organisations).values({ networkId: network.id, name }).returning({ id: organisations.id }))[0]!
				.id;
		await tx
			.update(organisations)
			.set({
				partnerCategoryId: categories.get(category) ?? null,
				membershipStatus: status,
				listedPublicly: listed,
				city: town
			})
			.where(eq(organisations.id, id));
		await seedHistory(tx, network.id, id, status, i, year);
		await seedContacts(tx, network.id, id, i, year);
		i++;
	}
	// The network's own named demo organisations (providers of demo offers among them) are members as well.
	const named = await tx
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.networkId, network.id), sql`${organisations.membershipStatus} is null`));
	for (const o of named) {
		const hint = CATEGORY_HINTS.find(([re]) => re.test(o.name));
		if (!hint) continue;
		await tx
			.update(organisations)
			.set({ partnerCategoryId: categories.get(hint[1]) ?? null, membershipStatus: 'mitglied', listedPublicly: true })
			.where(eq(organisations.id, o.id));
		await seedHistory(tx, network.id, o.id, 'mitglied', i++, year);
	}
}
