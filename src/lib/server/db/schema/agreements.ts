import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgTable, text, timestamp, unique, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { organisations } from './organisations';

export const AGREEMENT_KINDS = ['kooperationsvereinbarung', 'geschaeftsordnung'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Kooperationsvereinbarung or Geschäftsordnung of a network; its wording lives in versions. */
export const agreements = pgTable(
	'agreements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<AgreementKind>().notNull(),
		title: text('title').notNull(),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('agreements_network_id_id_unique').on(t.networkId, t.id)]
);

/**
 * One wording (Fassung) of an agreement: text written in the app ("## " headings, "- " lists)
 * or an uploaded PDF, with the date it was adopted. It can be edited until it is sent for
 * signature; from then on it is fixed and a change needs a new version.
 */
export const agreementVersions = pgTable(
	'agreement_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		agreementId: uuid('agreement_id').notNull(),
		number: integer('number').notNull(),
		text: text('text').notNull().default(''),
		fileKey: text('file_key'),
		fileName: text('file_name'),
		/** Beschlossen am (YYYY-MM-DD). */
		adoptedOn: text('adopted_on').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('agreement_versions_number_idx').on(t.agreementId, t.number),
		unique('agreement_versions_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'agreement_versions_agreement_id_fk',
			columns: [t.networkId, t.agreementId],
			foreignColumns: [agreements.networkId, agreements.id]
		}).onDelete('cascade')
	]
);

export const SIGNATURE_STATES = ['sent', 'signed', 'declined'] as const;
export type SignatureState = (typeof SIGNATURE_STATES)[number];
export const SIGNATURE_METHODS = ['link', 'scan'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/**
 * Signature state of one member organisation for one version; no row means "not sent".
 * Only SHA-256 hashes of the personal links are stored; each mail (request, reminder) and the
 * provider area's button issue a new link and all of them keep working (ADR 0008). A link only
 * allows signing or declining this one version for this one organisation.
 */
export const agreementSignatures = pgTable(
	'agreement_signatures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		versionId: uuid('version_id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		state: text('state').$type<SignatureState>().notNull().default('sent'),
		tokenHashes: text('token_hashes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		sentTo: text('sent_to').notNull().default(''),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		reminders: integer('reminders').notNull().default(0),
		signerName: text('signer_name').notNull().default(''),
		signerFunction: text('signer_function').notNull().default(''),
		/** Date of the signature (YYYY-MM-DD). */
		signedOn: text('signed_on'),
		method: text('method').$type<SignatureMethod>(),
		scanKey: text('scan_key'),
		scanName: text('scan_name'),
		declineReason: text('decline_reason').notNull().default(''),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('agreement_signatures_unique_idx').on(t.versionId, t.organisationId),
		index('agreement_signatures_token_hashes_idx').using('gin', t.tokenHashes),
		index('agreement_signatures_org_idx').on(t.organisationId),
		foreignKey({
			name: 'agreement_signatures_version_id_fk',
			columns: [t.networkId, t.versionId],
			foreignColumns: [agreementVersions.networkId, agreementVersions.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'agreement_signatures_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('cascade')
	]
);
