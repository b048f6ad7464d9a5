import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	organisations,
	type AgreementKind
} from '$lib/server/db/schema';
import { newLinkToken } from '$lib/server/domains/shared/personal-link';
import { berlinDay } from '$lib/server/domains/shared/time';

const KIND: Record<string, { kind: AgreementKind; title: string }> = {
	moenchengladbach: { kind: 'geschaeftsordnung', title: 'Geschäftsordnung des Netzwerks Frühe Hilfen' },
	sonneberg: { kind: 'kooperationsvereinbarung', title: 'Kooperationsvereinbarung Frühe Hilfen' }
};

function wording(town: string, kind: AgreementKind, revised: boolean): string {
	const subject = kind === 'geschaeftsordnung' ? 'Diese Geschäftsordnung regelt' : 'Die Unterzeichnenden vereinbaren';
	return [
		`## § 1 Ziel`,
		`${subject} die Zusammenarbeit im Netzwerk Frühe Hilfen ${town} nach § 3 KKG. Ziel ist, dass Familien mit Kindern bis drei Jahre früh und ohne Umwege passende Unterstützung finden.`,
		`## § 2 Partner`,
		`Partner sind Einrichtungen und Dienste aus Gesundheitswesen, Kinder- und Jugendhilfe, Beratung, Bildung und weiteren Bereichen, die mit werdenden Eltern und Familien arbeiten.`,
		`## § 3 Zusammenarbeit`,
		[
			`- Teilnahme an der Netzwerkkonferenz (zweimal im Jahr)`,
			`- Gegenseitige Information über Angebote und Änderungen`,
			`- Abgestimmte Übergänge zwischen den Hilfen`,
			...(revised ? [`- Pflege der eigenen Angebote im Online-Wegweiser`] : [])
		].join('\n'),
		`## § 4 Datenschutz`,
		`Fallbezogene Daten werden nur mit Einwilligung der Familie weitergegeben. Die Netzwerkarbeit ist fallübergreifend.`,
		`## § 5 Koordination`,
		`Die Netzwerkkoordination liegt beim Jugendamt ${town}. Sie lädt ein, protokolliert und hält diese Vereinbarung aktuell.`
	].join('\n\n');
}

const dayAgo = (days: number) => berlinDay(new Date(Date.now() - days * 86_400_000));
const SIGNERS: [string, string][] = [
	['Anna Beispiel', 'Leitung'],
	['Jonas Muster', 'Geschäftsführung'],
	['Selin Probe', 'Fachbereichsleitung'],
	['Marta Exempel', 'Praxisinhaberin']
];

/** One version, adopted and sent this many days ago; returns its id. */
async function seedVersion(
	tx: Tx,
	networkId: string,
	agreementId: string,
	number: number,
	text: string,
	adoptedDaysAgo: number,
	sentDaysAgo: number
): Promise<string> {
	const [version] = await tx
		.insert(agreementVersions)
		.values({
			networkId,
			agreementId,
			number,
			text,
			adoptedOn: dayAgo(adoptedDaysAgo),
			sentAt: new Date(Date.now() - sentDaysAgo * 86_400_000)
		})
		.returning({ id: agreementVersions.id });
	return version!.id;
}

/**
 * The network's agreement with mixed signature states: an older version signed by most,
 * the current one (with a new clause) sent to all members and partly signed by link or on
 * paper, one refusal, some still open, and one organisation without any address not asked.
 */
export async function seedDemoAgreements(
	tx: Tx,
	network: { id: string; slug: string; municipality: string }
): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(agreements)
		.where(eq(agreements.networkId, network.id));
	if (n > 0) return;
	const town = network.municipality.replace(/^(Kreis|Landkreis|Stadt)\s+/, '');
	const { kind, title } = KIND[network.slug] ?? {
		kind: 'kooperationsvereinbarung' as const,
		title: `Kooperationsvereinbarung Netzwerk Frühe Hilfen ${town}`
	};
	const [agreement] = await tx
		.insert(agreements)
		.values({ networkId: network.id, kind, title })
		.returning({ id: agreements.id });
	const v1 = await seedVersion(tx, network.id, agreement!.id, 1, wording(town, kind, false), 900, 890);
	const v2 = await seedVersion(tx, network.id, agreement!.id, 2, wording(town, kind, true), 75, 70);
	const members = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			and(
				eq(organisations.networkId, network.id),
				inArray(organisations.membershipStatus, ['mitglied', 'kooperationspartner'])
			)
		)
		.orderBy(asc(organisations.name));
	for (const [i, org] of members.entries()) {
		const [signer, fn] = SIGNERS[i % SIGNERS.length]!;
		if (i % 5 !== 4) {
			await tx.insert(agreementSignatures).values({
				networkId: network.id,
				versionId: v1,
				organisationId: org.id,
				tokenHashes: [newLinkToken().hash],
				state: 'signed',
				signerName: signer,
				signerFunction: fn,
				signedOn: dayAgo(880 - i),
				method: i % 3 === 0 ? 'scan' : 'link',
				sentAt: new Date(Date.now() - 890 * 86_400_000),
				answeredAt: new Date(Date.now() - (880 - i) * 86_400_000)
			});
		}
		if (i === members.length - 1) continue; // not asked yet for the new version
		const state = i % 4 === 3 ? 'sent' : i === 2 ? 'declined' : 'signed';
		await tx.insert(agreementSignatures).values({
			networkId: network.id,
			versionId: v2,
			organisationId: org.id,
			tokenHashes: [newLinkToken().hash],
			state,
			sentAt: new Date(Date.now() - 70 * 86_400_000),
			...(state === 'signed'
				? {
						signerName: signer,
						signerFunction: fn,
						signedOn: dayAgo(60 - i),
						method: i % 3 === 0 ? ('scan' as const) : ('link' as const),
						answeredAt: new Date(Date.now() - (60 - i) * 86_400_000)
					}
				: {}),
			...(state === 'declined'
				? {
						declineReason: 'Der Träger prüft die neue Fassung noch in der Geschäftsleitung.',
						answeredAt: new Date(Date.now() - 50 * 86_400_000)
					}
				: {}),
			...(state === 'sent' ? { reminders: 1, remindedAt: new Date(Date.now() - 5 * 86_400_000) } : {})
		});
	}
}
