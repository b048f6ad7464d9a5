import { and, desc, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	networks,
	organisations,
	type AgreementKind
} from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { berlinParts } from '$lib/server/domains/shared/time';
import type { FileStore } from '$lib/server/domains/documents/file-store';
import type { SignInput } from './agreement-schema';
import { holdsLink, isLinkToken, refuseLink } from '$lib/server/domains/shared/personal-link';

export type SignatureLinkInfo =
	| {
			state: 'open' | 'signed' | 'declined';
			networkName: string;
			organisationName: string;
			kind: AgreementKind;
			title: string;
			number: number;
			adoptedOn: string;
			text: string;
			hasFile: boolean;
			signerName: string;
			signerFunction: string;
			signedOn: string | null;
	  }
	| { state: 'unknown' | 'other_network' | 'superseded' };

type Found = { info: SignatureLinkInfo; networkId: string | null; signatureId: string | null; fileKey: string | null };

async function find(db: Db, networkSlug: string, token: string): Promise<Found> {
	const none = (state: 'unknown' | 'other_network' | 'superseded'): Found => ({
		info: { state },
		networkId: null,
		signatureId: null,
		fileKey: null
	});
	if (!isLinkToken(token)) return none('unknown');
	return withSystem(db, async (tx) => {
		const [row] = await tx
			.select({
				s: agreementSignatures,
				v: agreementVersions,
				a: agreements,
				orgName: organisations.name,
				slug: networks.slug,
				networkName: networks.name
			})
			.from(agreementSignatures)
			.innerJoin(agreementVersions, eq(agreementVersions.id, agreementSignatures.versionId))
			.innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
			.innerJoin(organisations, eq(organisations.id, agreementSignatures.organisationId))
			.innerJoin(networks, eq(networks.id, agreementSignatures.networkId))
			.where(holdsLink(agreementSignatures.tokenHashes, token));
		// Signing links do not expire and are not used up: only unknown and foreign links are refused.
		const refused = refuseLink(row && { networkSlug: row.slug }, networkSlug, new Date());
		if (!row || refused) return none(refused === 'other_network' ? 'other_network' : 'unknown');
		if (row.s.state !== 'signed') {
			const [newer] = await tx
				.select({ id: agreementVersions.id })
				.from(agreementVersions)
				.where(
					and(
						eq(agreementVersions.agreementId, row.a.id),
						gt(agreementVersions.number, row.v.number),
						isNotNull(agreementVersions.sentAt)
					)
				)
				.orderBy(desc(agreementVersions.number))
				.limit(1);
			if (newer) return none('superseded');
		}
		return {
			networkId: row.s.networkId,
			signatureId: row.s.id,
			fileKey: row.v.fileKey,
			info: {
				state: row.s.state === 'sent' ? 'open' : row.s.state,
				networkName: row.networkName,
				organisationName: row.orgName,
				kind: row.a.kind,
				title: row.a.title,
				number: row.v.number,
				adoptedOn: row.v.adoptedOn,
				text: row.v.text,
				hasFile: row.v.fileKey !== null,
				signerName: row.s.signerName,
				signerFunction: row.s.signerFunction,
				signedOn: row.s.signedOn
			}
		};
	});
}

/** What a personal signing link refers to. Opening it changes nothing. */
export async function describeSignatureLink(db: Db, networkSlug: string, token: string): Promise<SignatureLinkInfo> {
	return (await find(db, networkSlug, token)).info;
}

/**
 * Signs for the organisation after the explicit confirmation (validated by the caller's schema).
 * A signed version stays signed; a refusal can still be turned into a signature.
 */
export async function signWithLink(
	db: Db,
	networkSlug: string,
	token: string,
	input: SignInput,
	now: Date
): Promise<SignatureLinkInfo> {
	const found = await find(db, networkSlug, token);
	if (found.info.state !== 'open' && found.info.state !== 'declined') return found.info;
	await withTenant(db, found.networkId!, async (tx) => {
		const values = {
			state: 'signed' as const,
			signerName: input.signerName,
			signerFunction: input.signerFunction,
			signedOn: berlinParts(now).day,
			method: 'link' as const,
			answeredAt: now,
			declineReason: ''
		};
		await tx
			.update(agreementSignatures)
			.set(values)
			.where(
				and(eq(agreementSignatures.id, found.signatureId!), inArray(agreementSignatures.state, ['sent', 'declined']))
			);
		await recordAudit(tx, {
			networkId: found.networkId,
			actorUserId: null,
			action: 'sign',
			entity: 'agreement_signature',
			entityId: found.signatureId!,
			after: values
		});
	});
	return describeSignatureLink(db, networkSlug, token);
}

/** Declines for the organisation (with an optional reason); the coordinator sees it in the matrix. */
export async function declineWithLink(
	db: Db,
	networkSlug: string,
	token: string,
	reason: string,
	now: Date
): Promise<SignatureLinkInfo> {
	const found = await find(db, networkSlug, token);
	if (found.info.state !== 'open') return found.info;
	await withTenant(db, found.networkId!, async (tx) => {
		const values = { state: 'declined' as const, declineReason: reason, answeredAt: now };
		await tx
			.update(agreementSignatures)
			.set(values)
			.where(and(eq(agreementSignatures.id, found.signatureId!), eq(agreementSignatures.state, 'sent')));
		await recordAudit(tx, {
			networkId: found.networkId,
			actorUserId: null,
			action: 'decline',
			entity: 'agreement_signature',
			entityId: found.signatureId!,
			after: values
		});
	});
	return describeSignatureLink(db, networkSlug, token);
}

/** The uploaded PDF wording, for whoever holds a valid link. */
export async function signatureLinkFile(
	db: Db,
	files: FileStore,
	networkSlug: string,
	token: string
): Promise<Buffer | null> {
	const found = await find(db, networkSlug, token);
	if (
		!found.fileKey ||
		found.info.state === 'unknown' ||
		found.info.state === 'other_network' ||
		found.info.state === 'superseded'
	)
		return null;
	return files.get(found.fileKey);
}
