import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreementSignatures, agreementVersions, organisations, type SignatureState } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { loadAgreement } from './load-agreement-rows';

export type MatrixCell = {
	state: SignatureState | 'not_sent';
	signerName: string;
	signerFunction: string;
	signedOn: string | null;
	method: string | null;
	reminders: number;
	declineReason: string;
	hasScan: boolean;
};

const NOT_SENT: MatrixCell = {
	state: 'not_sent',
	signerName: '',
	signerFunction: '',
	signedOn: null,
	method: null,
	reminders: 0,
	declineReason: '',
	hasScan: false
};

function matrixCell(s: typeof agreementSignatures.$inferSelect | undefined): MatrixCell {
	return s
		? {
				state: s.state,
				signerName: s.signerName,
				signerFunction: s.signerFunction,
				signedOn: s.signedOn,
				method: s.method,
				reminders: s.reminders,
				declineReason: s.declineReason,
				hasScan: s.scanKey !== null
			}
		: { ...NOT_SENT };
}

/** The organisations in the matrix: members and cooperation partners now, and everyone asked before. */
function matrixOrganisations(tx: Tx, ctx: TenantContext, askedIds: string[]) {
	return tx
		.select({
			id: organisations.id,
			name: organisations.name,
			membershipStatus: organisations.membershipStatus,
			email: organisations.email
		})
		.from(organisations)
		.where(
			scoped(
				organisations,
				ctx,
				or(
					isParticipating(organisations.membershipStatus),
					askedIds.length ? inArray(organisations.id, askedIds) : sql`false`
				)
			)
		)
		.orderBy(asc(organisations.name));
}

/**
 * An agreement with its versions and the status matrix: one row per organisation that is a
 * member now or was asked before, one column per version.
 */
export async function getAgreement(ctx: TenantContext, id: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const agreement = await loadAgreement(tx, ctx, id);
		const versions = await tx
			.select()
			.from(agreementVersions)
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.agreementId, id)))
			.orderBy(asc(agreementVersions.number));
		const versionIds = versions.map((v) => v.id);
		const signatures = versionIds.length
			? await tx
					.select()
					.from(agreementSignatures)
					.where(scoped(agreementSignatures, ctx, inArray(agreementSignatures.versionId, versionIds)))
			: [];
		const orgs = await matrixOrganisations(tx, ctx, [...new Set(signatures.map((s) => s.organisationId))]);
		const byKey = new Map(signatures.map((s) => [`${s.organisationId}:${s.versionId}`, s]));
		const rows = orgs.map((o) => ({
			organisation: o,
			cells: versions.map((v) => matrixCell(byKey.get(`${o.id}:${v.id}`)))
		}));
		const draft = versions.find((v) => !v.sentAt) ?? null;
		return { agreement, versions, rows, draft };
	});
}
