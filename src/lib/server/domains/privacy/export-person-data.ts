import { randomUUID } from 'node:crypto';
import { t } from '$lib/i18n';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { collectPersonData, type PersonData } from './find-person-data';
import { describeAction } from './describe-person-data';
import { renderPersonDataPdf } from './render-person-data-pdf';
import type { PersonQuery } from './person-data-sources/source-helpers';

export type PersonDataFile = { filename: string; contentType: string; body: Buffer };

/** The machine-readable answer: every source (also the empty ones) with its records and what an erasure would do. */
export function personDataJson(data: PersonData, o: { network: TenantContext['network']; now: Date }) {
	return {
		kind: 'art-15-dsgvo',
		network: { slug: o.network.slug, name: o.network.name },
		createdAt: o.now.toISOString(),
		query: data.query,
		total: data.total,
		sources: data.sources.map((s) => ({
			key: s.key,
			title: t(s.title),
			records: s.records.map((r) => ({
				id: r.id,
				label: r.label,
				data: r.data,
				erasure: { ...r.action, text: describeAction(r.action) }
			}))
		}))
	};
}

/**
 * Art. 15: the person's data as JSON or PDF (coordinators only). The export is audited with the
 * ids and counts per source — never the data itself.
 */
export async function exportPersonData(
	ctx: TenantContext,
	query: PersonQuery,
	format: 'json' | 'pdf'
): Promise<PersonDataFile> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	const data = await tenantTx(ctx, async (tx) => {
		const found = await collectPersonData(tx, ctx, query);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'person_data.exported',
			entity: 'person_data',
			entityId: randomUUID(),
			after: {
				format,
				total: found.total,
				sources: Object.fromEntries(found.sources.map((s) => [s.key, s.records.map((r) => r.id)]))
			}
		});
		return found;
	});
	const stamp = now.toISOString().slice(0, 10);
	if (format === 'json')
		return {
			filename: `auskunft-${ctx.network.slug}-${stamp}.json`,
			contentType: 'application/json; charset=utf-8',
			body: Buffer.from(JSON.stringify(personDataJson(data, { network: ctx.network, now }), null, 2))
		};
	const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
	return {
		filename: `auskunft-${ctx.network.slug}-${stamp}.pdf`,
		contentType: 'application/pdf',
		body: await renderPersonDataPdf(data, { brand, now })
	};
}
