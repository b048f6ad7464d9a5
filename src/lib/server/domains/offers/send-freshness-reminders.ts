import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, offerConfirmations, offers, organisations, roleAssignments, users } from '$lib/server/db/schema';
import { linkExpiry, newLinkToken } from '$lib/server/domains/shared/personal-link';
import { formatDate } from '$lib/time';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import type { MailTemplates } from '$lib/server/domains/mail/templates';
import { dueDate, freshnessState, REMIND_BEFORE_DAYS, type FreshnessRules } from './freshness';

/** How long a "still current" link works: past the due date and through the grace period. */
export function confirmationValidDays(rules: FreshnessRules): number {
	return REMIND_BEFORE_DAYS + rules.reviewGraceDays + 14;
}

async function recipientsOf(tx: Tx, organisationId: string, fallback: string): Promise<string[]> {
	const rows = await tx
		.select({ email: users.email })
		.from(roleAssignments)
		.innerJoin(users, eq(users.id, roleAssignments.userId))
		.where(
			and(
				eq(roleAssignments.role, 'provider'),
				eq(roleAssignments.organisationId, organisationId),
				isNull(users.deactivatedAt)
			)
		);
	const emails = rows.map((r) => r.email);
	return emails.length > 0 ? emails : fallback ? [fallback] : [];
}

/** Issues a single-use "still current" link for one offer (only its hash is stored). */
export async function issueConfirmation(
	tx: Tx,
	o: { networkId: string; offerId: string; now: Date; validDays: number }
): Promise<string> {
	const { token, hash } = newLinkToken();
	await tx.insert(offerConfirmations).values({
		id: hash,
		networkId: o.networkId,
		offerId: o.offerId,
		createdAt: o.now,
		expiresAt: linkExpiry(o.now, o.validDays * 24)
	});
	return token;
}

/** The networks the job runs for, with their review rules and branding. */
function activeNetworks(tx: Tx) {
	return tx
		.select({
			id: networks.id,
			slug: networks.slug,
			name: networks.name,
			brandPrimary: networks.brandPrimary,
			reviewIntervalMonths: networks.reviewIntervalMonths,
			reviewGraceDays: networks.reviewGraceDays
		})
		.from(networks)
		.where(eq(networks.active, true));
}

type Net = Awaited<ReturnType<typeof activeNetworks>>[number];
type Job = { tx: Tx; net: Net; now: Date; baseUrl: string };

/** The network's published offers with a provider, sorted into "remind now" and "tell once it is hidden", per organisation. */
async function dueOffers(tx: Tx, net: Net, now: Date) {
	const rows = await tx
		.select({
			id: offers.id,
			title: offers.title,
			verifiedAt: offers.verifiedAt,
			createdAt: offers.createdAt,
			reminderSentAt: offers.reminderSentAt,
			hiddenNoticeSentAt: offers.hiddenNoticeSentAt,
			organisationId: offers.organisationId,
			organisationName: organisations.name,
			organisationEmail: organisations.email
		})
		.from(offers)
		.innerJoin(organisations, eq(organisations.id, offers.organisationId))
		.where(and(eq(offers.networkId, net.id), eq(offers.status, 'published'), isNotNull(offers.organisationId)));
	const toRemind = new Map<string, typeof rows>();
	const toTellHidden = new Map<string, typeof rows>();
	for (const r of rows) {
		const checkedAt = r.verifiedAt ?? r.createdAt;
		const state = freshnessState(checkedAt, net, now);
		if (state === 'hidden') {
			if (!r.hiddenNoticeSentAt)
				toTellHidden.set(r.organisationId!, [...(toTellHidden.get(r.organisationId!) ?? []), r]);
		} else if (
			!r.reminderSentAt &&
			now.getTime() >= dueDate(checkedAt, net).getTime() - REMIND_BEFORE_DAYS * 86_400_000
		) {
			toRemind.set(r.organisationId!, [...(toRemind.get(r.organisationId!) ?? []), r]);
		}
	}
	return { toRemind, toTellHidden };
}

type DueOffer = Awaited<ReturnType<typeof dueOffers>>['toRemind'] extends Map<string, (infer R)[]> ? R : never;

/** The same mail to each provider address, in the network's branding. */
async function mailEach<K extends 'freshness_reminder' | 'freshness_hidden'>(
	job: Job,
	to: string[],
	template: K,
	data: MailTemplates[K]
) {
	for (const address of to) {
		await enqueueMail(job.tx, {
			networkId: job.net.id,
			category: 'network',
			template,
			to: address,
			data,
			branding: { networkName: job.net.name, brandPrimary: job.net.brandPrimary }
		});
	}
}

/** Notes on the offers that their mail went out (once per verification cycle); returns how many. */
async function markSent(
	tx: Tx,
	list: { id: string }[],
	sent: { reminderSentAt: Date } | { hiddenNoticeSentAt: Date }
): Promise<number> {
	await tx
		.update(offers)
		.set(sent)
		.where(
			inArray(
				offers.id,
				list.map((r) => r.id)
			)
		);
	return list.length;
}

/** One reminder mail per provider account with a "still current" link per offer; returns how many offers it covered. */
async function remindOrganisation(job: Job, organisationId: string, list: DueOffer[]): Promise<number> {
	const { tx, net, now, baseUrl } = job;
	const to = await recipientsOf(tx, organisationId, list[0]!.organisationEmail);
	if (to.length === 0) return 0;
	const validDays = confirmationValidDays(net);
	const items = [];
	for (const r of list) {
		const token = await issueConfirmation(tx, { networkId: net.id, offerId: r.id, now, validDays });
		items.push({
			title: r.title,
			confirmLink: `${baseUrl}/bestaetigen/${token}`,
			editLink: `${baseUrl}/intern/anbieter/angebote/${r.id}`
		});
	}
	const due = dueDate(list.map((r) => r.verifiedAt ?? r.createdAt).sort((a, b) => a.getTime() - b.getTime())[0]!, net);
	await mailEach(job, to, 'freshness_reminder', {
		organisationName: list[0]!.organisationName,
		offers: items,
		dueDate: formatDate(due, 'dateLong'),
		validDays
	});
	return markSent(tx, list, { reminderSentAt: now });
}

/** Tells the provider once that these offers are hidden now; returns how many. */
async function tellHidden(job: Job, organisationId: string, list: DueOffer[]): Promise<number> {
	const { tx, now, baseUrl } = job;
	const to = await recipientsOf(tx, organisationId, list[0]!.organisationEmail);
	await mailEach(job, to, 'freshness_hidden', {
		organisationName: list[0]!.organisationName,
		offers: list.map((r) => ({ title: r.title, editLink: `${baseUrl}/intern/anbieter/angebote/${r.id}` }))
	});
	return markSent(tx, list, { hiddenNoticeSentAt: now });
}

/**
 * The scheduled freshness job, for every active network: reminds providers of offers due
 * within REMIND_BEFORE_DAYS (once per verification cycle, with a one-click link per offer),
 * and tells them once when an offer has been hidden after the grace period. Offers of an
 * organisation without an account or e-mail stay on the coordinator's dashboard.
 */
export async function sendFreshnessReminders(
	db: Db,
	o: { now: Date; baseUrl: string }
): Promise<{ reminded: number; hidden: number }> {
	const { now, baseUrl } = o;
	return withSystem(db, async (tx) => {
		let reminded = 0;
		let hidden = 0;
		for (const net of await activeNetworks(tx)) {
			const job: Job = { tx, net, now, baseUrl };
			const { toRemind, toTellHidden } = await dueOffers(tx, net, now);
			for (const [organisationId, list] of toRemind) reminded += await remindOrganisation(job, organisationId, list);
			for (const [organisationId, list] of toTellHidden) hidden += await tellHidden(job, organisationId, list);
		}
		return { reminded, hidden };
	});
}
