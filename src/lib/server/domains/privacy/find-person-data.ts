import type { MessageKey } from '$lib/i18n';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { Tx } from '$lib/server/db/client';
import { PERSON_SOURCES } from './person-data-sources/person-sources';
import type { PersonQuery, PersonRecord } from './person-data-sources/source-helpers';

export type SourceResult = { key: string; title: MessageKey; records: PersonRecord[] };
export type PersonData = { query: PersonQuery; sources: SourceResult[]; total: number };

/** Every source's records of the person, inside the caller's transaction. */
export async function collectPersonData(tx: Tx, ctx: TenantContext, query: PersonQuery): Promise<PersonData> {
	const sources: SourceResult[] = [];
	for (const s of PERSON_SOURCES) sources.push({ key: s.key, title: s.title, records: await s.find(tx, ctx, query) });
	return { query, sources, total: sources.reduce((n, s) => n + s.records.length, 0) };
}

/** Art. 15: what the network stores about a person, place by place (coordinators only). */
export async function findPersonData(ctx: TenantContext, query: PersonQuery): Promise<PersonData> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) => collectPersonData(tx, ctx, query));
}
