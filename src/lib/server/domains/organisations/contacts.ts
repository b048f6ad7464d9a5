import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	bodies,
	CONSENT_METHODS,
	districts,
	CONTACT_VISIBILITIES,
	contacts,
	organisations,
	partnerCategories,
	type ContactVisibility
} from '$lib/server/db/schema';
import { organisationTakesPart } from './body-membership';
import { AppError } from '$lib/server/errors';
import { hasRole, requireNetworkAccess, requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { t } from '$lib/i18n';

/** The consent text contacts agree to; its version is stored with each consent. */
export const CONSENT_TEXT_VERSION = 'Einwilligung Netzwerkverzeichnis, Fassung 1 (2026)';

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const day = z
	.string()
	.trim()
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'error.dateInvalid');

export const contactSchema = z
	.object({
		version: z.coerce.number().int().min(0),
		name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
		role: text(200),
		phone: text(40).refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'error.phoneInvalid'),
		email: text(254).refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid'),
		visibility: z.enum(CONTACT_VISIBILITIES, 'error.choose'),
		consentAt: day,
		consentMethod: z.enum(['', ...CONSENT_METHODS], 'error.choose'),
		consentRevokedAt: day
	})
	.superRefine((v, ctx) => {
		if (v.visibility !== 'coordination' && (!v.consentAt || !v.consentMethod))
			ctx.addIssue({ code: 'custom', path: ['consentAt'], message: 'error.consentNeeded' });
		if (v.consentAt && !v.consentMethod)
			ctx.addIssue({ code: 'custom', path: ['consentMethod'], message: 'error.choose' });
		if (v.consentRevokedAt && v.consentAt && v.consentRevokedAt < v.consentAt)
			ctx.addIssue({ code: 'custom', path: ['consentRevokedAt'], message: 'error.dateOrder' });
	});
export type ContactInput = z.output<typeof contactSchema>;

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

export async function listContacts(ctx: TenantContext, organisationId: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.organisationId, organisationId)))
			.orderBy(asc(contacts.name))
	);
}

export async function getContact(ctx: TenantContext, organisationId: string, id: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [row] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.organisationId, organisationId), eq(contacts.id, id)))
	);
	if (!row) throw new AppError('not_found');
	return row;
}

/** Creates or updates a contact (coordinator; optimistic locking; consent recorded with the text version). */
export async function saveContact(
	ctx: TenantContext,
	organisationId: string,
	id: string | null,
	input: ContactInput
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [org] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(scoped(organisations, ctx, eq(organisations.id, organisationId)));
		if (!org) throw new AppError('not_found');
		const before = id
			? ((
					await tx
						.select()
						.from(contacts)
						.where(scoped(contacts, ctx, eq(contacts.id, id), eq(contacts.organisationId, organisationId)))
				)[0] ?? null)
			: null;
		if (id && !before) throw new AppError('not_found');
		const values = {
			name: input.name,
			role: input.role,
			phone: input.phone,
			email: input.email,
			visibility: input.visibility,
			consentAt: input.consentAt || null,
			consentMethod: input.consentMethod || null,
			consentTextVersion: input.consentAt
				? before?.consentAt === input.consentAt && before.consentTextVersion
					? before.consentTextVersion
					: CONSENT_TEXT_VERSION
				: null,
			consentRevokedAt: input.consentRevokedAt || null,
			updatedAt: now
		};
		let savedId: string;
		if (id) {
			savedId = (await updateVersioned(tx, ctx, contacts, { id, version: input.version }, values)).id;
		} else {
			const [row] = await tx
				.insert(contacts)
				.values({ ...values, networkId: ctx.network.id, organisationId })
				.returning({ id: contacts.id });
			savedId = row!.id;
		}
		const [after] = await tx
			.select()
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.id, savedId)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: id ? 'update' : 'create',
			entity: 'contact',
			entityId: savedId,
			before,
			after
		});
		return { id: savedId };
	});
}

export type DirectoryFilter = { q: string; category: string; district: string; body: string };

/**
 * The member directory for everyone with a role in the network: members and cooperation
 * partners with the contacts this viewer may see (coordination: all; others: those visible
 * to the network or the public, with consent).
 */
export async function memberDirectory(ctx: TenantContext, f: DirectoryFilter) {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const viewer: Viewer = hasRole(actor, 'coordinator', ctx.network.id) ? 'coordination' : 'network';
	return tenantTx(ctx, async (tx) => {
		const q = f.q ? `%${f.q.replace(/[%_\\]/g, '\\$&')}%` : null;
		const orgs = await tx
			.select({
				id: organisations.id,
				name: organisations.name,
				status: organisations.membershipStatus,
				category: partnerCategories.name,
				categoryId: organisations.partnerCategoryId,
				phone: organisations.phone,
				email: organisations.email,
				web: organisations.web,
				city: organisations.city,
				districtIds: organisations.districtIds
			})
			.from(organisations)
			.leftJoin(partnerCategories, eq(partnerCategories.id, organisations.partnerCategoryId))
			.where(
				scoped(
					organisations,
					ctx,
					isParticipating(organisations.membershipStatus),
					f.category ? eq(organisations.partnerCategoryId, f.category) : undefined,
					f.district ? sql`${f.district} = any(${organisations.districtIds})` : undefined,
					f.body
						? organisationTakesPart(f.body, { id: organisations.id, status: organisations.membershipStatus })
						: undefined,
					q
						? sql`(${organisations.name} ilike ${q} or exists (select 1 from contacts c where c.organisation_id = ${organisations.id} and c.name ilike ${q}))`
						: undefined
				)
			)
			.orderBy(asc(partnerCategories.position), asc(organisations.name));
		// Choices for the filters: all of them, not only those in the current result.
		const choices = {
			bodies: await tx
				.select({ id: bodies.id, name: bodies.name })
				.from(bodies)
				.where(scoped(bodies, ctx))
				.orderBy(asc(bodies.name)),
			districts: await tx
				.select({ id: districts.id, name: districts.name })
				.from(districts)
				.where(scoped(districts, ctx))
				.orderBy(asc(districts.name)),
			categories: await tx
				.select({ id: partnerCategories.id, name: partnerCategories.name })
				.from(partnerCategories)
				.where(scoped(partnerCategories, ctx))
				.orderBy(asc(partnerCategories.position))
		};
		const people = orgs.length
			? await tx
					.select()
					.from(contacts)
					.where(
						scoped(
							contacts,
							ctx,
							inArray(
								contacts.organisationId,
								orgs.map((o) => o.id)
							)
						)
					)
					.orderBy(asc(contacts.name))
			: [];
		return {
			viewer,
			choices,
			entries: orgs.map((o) => ({
				...o,
				contacts: people
					.filter((c) => c.organisationId === o.id && mayView(viewer, c))
					.map((c) => ({
						id: c.id,
						name: c.name,
						role: c.role,
						phone: c.phone,
						email: c.email,
						visibility: effectiveVisibility(c)
					}))
			}))
		};
	});
}

/** The member directory as spreadsheet rows for the coordination: one row per contact (or per organisation without one). */
export async function directoryRows(ctx: TenantContext): Promise<{ headers: string[]; rows: string[][] }> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const { entries } = await memberDirectory(ctx, { q: '', category: '', district: '', body: '' });
	const headers = [
		'Organisation',
		'Partnerkategorie',
		'Mitgliedschaft',
		'Telefon',
		'E-Mail',
		'Webseite',
		'Ansprechperson',
		'Funktion',
		'Telefon (Person)',
		'E-Mail (Person)',
		'Sichtbarkeit'
	];
	const rows = entries.flatMap((e) => {
		// Readable labels from the catalog, not the stored codes.
		const base = [
			e.name,
			e.category ?? '',
			e.status ? t(`intern.org.status.${e.status}`) : '',
			e.phone,
			e.email,
			e.web
		];
		return e.contacts.length === 0
			? [[...base, '', '', '', '', '']]
			: e.contacts.map((c) => [
					...base,
					c.name,
					c.role,
					c.phone,
					c.email,
					t(`intern.contact.visibility.${c.visibility}`)
				]);
	});
	return { headers, rows };
}
