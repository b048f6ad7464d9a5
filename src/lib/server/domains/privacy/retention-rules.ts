import type { Db, Tx } from '$lib/server/db/client';
import type { MessageKey } from '$lib/i18n';
import { purgeExpired } from '$lib/server/domains/accounts/purge-expired';
import { blankSentMailBodies } from '$lib/server/domains/mail/blank-sent-mail-bodies';
import { deletePastRsvps } from '$lib/server/domains/bodies/delete-past-rsvps';
import {
	applyEventRetention,
	EVENT_RETENTION_DEFAULT_DAYS,
	EVENT_RETENTION_RULE
} from '$lib/server/domains/events/apply-event-retention';
import {
	CONTACT_REQUEST_DONE_DAYS,
	CONTACT_REQUEST_DONE_RULE,
	CONTACT_REQUEST_OPEN_DAYS,
	CONTACT_REQUEST_OPEN_RULE
} from '$lib/server/domains/contact-requests/contact-request-periods';
import {
	deleteDoneContactRequests,
	deleteOldContactRequests
} from '$lib/server/domains/contact-requests/delete-expired-contact-requests';
import { pruneAuditLog } from './prune-audit-log';

/** What a network rule's code gets: the job's clock, the one network, and that network's period. */
export type RuleRun = { now: Date; networkId: string; days: number };

type RuleTexts = {
	/** What the rule keeps apart (the field's label). */
	label: MessageKey;
	/** What happens when the period is over. */
	effect: MessageKey;
	/** The legal reason, shown to the coordinator and in the Art. 30 record. */
	reason: MessageKey;
};

/** A rule each network sets for itself: a period in days between `minDays` and `maxDays`. */
export type NetworkRetentionRule = RuleTexts & {
	key: string;
	scope: 'network';
	defaultDays: number;
	minDays: number;
	maxDays: number;
	/** Deletes or blanks what is due in this network (job transaction, system role: every statement names the network). Returns how many records. */
	apply: (tx: Tx, run: RuleRun) => Promise<number>;
};

/** A rule of the whole installation with fixed periods (shown, not set per network). */
export type InstallationRetentionRule = RuleTexts & {
	key: string;
	scope: 'installation';
	apply: (db: Db, o: { now: Date; idleMinutes: number }) => Promise<number>;
};

export type RetentionRule = NetworkRetentionRule | InstallationRetentionRule;

/**
 * The retention rules, in the order the settings page and the Art. 30 record show them. A new
 * rule is one entry here (key, texts in internal-privacy-de.ts, limits, the code that applies it in
 * its own domain); the `retention` job, the settings form, its validation and the Art. 30 record
 * all read this list.
 */
export const RETENTION_RULES: readonly RetentionRule[] = [
	{
		key: 'outbox_bodies',
		scope: 'network',
		defaultDays: 90,
		minDays: 7,
		maxDays: 730,
		label: 'privacy.rule.outbox_bodies.label',
		effect: 'privacy.rule.outbox_bodies.effect',
		reason: 'privacy.rule.outbox_bodies.reason',
		apply: blankSentMailBodies
	},
	{
		key: EVENT_RETENTION_RULE,
		scope: 'network',
		defaultDays: EVENT_RETENTION_DEFAULT_DAYS,
		minDays: 30,
		maxDays: 730,
		label: 'privacy.rule.event_registrations.label',
		effect: 'privacy.rule.event_registrations.effect',
		reason: 'privacy.rule.event_registrations.reason',
		apply: async (tx, run) => (await applyEventRetention(tx, run)).registrations
	},
	{
		key: CONTACT_REQUEST_OPEN_RULE,
		scope: 'network',
		defaultDays: CONTACT_REQUEST_OPEN_DAYS,
		minDays: 1,
		maxDays: 90,
		label: 'privacy.rule.contact_requests_open.label',
		effect: 'privacy.rule.contact_requests_open.effect',
		reason: 'privacy.rule.contact_requests_open.reason',
		apply: deleteOldContactRequests
	},
	{
		key: CONTACT_REQUEST_DONE_RULE,
		scope: 'network',
		defaultDays: CONTACT_REQUEST_DONE_DAYS,
		minDays: 0,
		maxDays: 30,
		label: 'privacy.rule.contact_requests_done.label',
		effect: 'privacy.rule.contact_requests_done.effect',
		reason: 'privacy.rule.contact_requests_done.reason',
		apply: deleteDoneContactRequests
	},
	{
		key: 'rsvp_answers',
		scope: 'network',
		defaultDays: 365,
		minDays: 30,
		maxDays: 1095,
		label: 'privacy.rule.rsvp_answers.label',
		effect: 'privacy.rule.rsvp_answers.effect',
		reason: 'privacy.rule.rsvp_answers.reason',
		apply: deletePastRsvps
	},
	{
		key: 'audit_log',
		scope: 'network',
		defaultDays: 1095,
		minDays: 365,
		maxDays: 3650,
		label: 'privacy.rule.audit_log.label',
		effect: 'privacy.rule.audit_log.effect',
		reason: 'privacy.rule.audit_log.reason',
		apply: pruneAuditLog
	},
	{
		key: 'sessions_tokens',
		scope: 'installation',
		label: 'privacy.rule.sessions_tokens.label',
		effect: 'privacy.rule.sessions_tokens.effect',
		reason: 'privacy.rule.sessions_tokens.reason',
		apply: async (db, o) => {
			const r = await purgeExpired(db, o.now, { idleMinutes: o.idleMinutes });
			return r.sessions + r.tokens + r.rateLimits;
		}
	}
];

export const NETWORK_RULES = RETENTION_RULES.filter((r): r is NetworkRetentionRule => r.scope === 'network');

/** The rule with this key, or undefined (a key from the database that no rule has any more). */
export const ruleByKey = (key: string): RetentionRule | undefined => RETENTION_RULES.find((r) => r.key === key);
