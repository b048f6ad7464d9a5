import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t, type MessageKey } from '$lib/i18n';
import type { Tx } from '$lib/server/db/client';
import type { TenantContext } from '$lib/server/domains/shared/context';
import {
	emailIs,
	mentions,
	nameIs,
	replaceInJson,
	replaceNeedles,
	type PersonQuery,
	type PersonRecord,
	type PersonSource
} from './source-helpers';

/**
 * Columns where the app wrote a person's name or address as text beside other records ("uploaded
 * by", "recorded by", a task's owner, an offer's contact address, minutes). The records stay; the
 * name becomes the pseudonym, an address is cleared. `json`: searched and replaced inside the value.
 */
type Mention = {
	table: string;
	column: string;
	what: MessageKey;
	match: 'name' | 'email' | 'text' | 'json';
	/** The network's own row is keyed by `id`; every other table by `network_id`. */
	tenant?: 'id';
};

const MENTIONS: Mention[] = [
	{
		table: 'networks',
		column: 'contact_name',
		what: 'personData.mentions.networkContact',
		match: 'name',
		tenant: 'id'
	},
	{
		table: 'networks',
		column: 'contact_email',
		what: 'personData.mentions.networkContact',
		match: 'email',
		tenant: 'id'
	},
	{ table: 'offers', column: 'contact_email', what: 'personData.mentions.offerContact', match: 'email' },
	{ table: 'offer_versions', column: 'author_name', what: 'personData.mentions.offerVersionAuthor', match: 'name' },
	{
		table: 'offer_versions',
		column: 'decided_by_name',
		what: 'personData.mentions.offerVersionDecider',
		match: 'name'
	},
	{ table: 'offer_versions', column: 'data', what: 'personData.mentions.offerVersionData', match: 'json' },
	{ table: 'documents', column: 'uploaded_by_name', what: 'personData.mentions.documentUploader', match: 'name' },
	{
		table: 'membership_events',
		column: 'recorded_by_name',
		what: 'personData.mentions.membershipRecorder',
		match: 'name'
	},
	{ table: 'circulars', column: 'sent_by_name', what: 'personData.mentions.circularSender', match: 'name' },
	{ table: 'circulars', column: 'body', what: 'personData.mentions.circularText', match: 'text' },
	{ table: 'tasks', column: 'owner', what: 'personData.mentions.taskOwner', match: 'text' },
	{ table: 'meetings', column: 'agenda', what: 'personData.mentions.meetingAgenda', match: 'text' },
	{ table: 'meetings', column: 'minutes', what: 'personData.mentions.meetingMinutes', match: 'text' }
];

function condition(m: Mention, q: PersonQuery): SQL {
	const column = sql.identifier(m.column);
	if (m.match === 'name') return nameIs(column, q);
	if (m.match === 'email') return emailIs(column, q);
	return mentions(column, q);
}

async function findMention(tx: Tx, ctx: TenantContext, m: Mention, q: PersonQuery): Promise<PersonRecord[]> {
	const tenant = sql.identifier(m.tenant ?? 'network_id');
	const rows = rowsOf<{ id: string; value: unknown }>(
		await tx.execute(sql`
			select id::text as id, ${sql.identifier(m.column)} as value from ${sql.identifier(m.table)}
			where ${tenant} = ${ctx.network.id} and ${condition(m, q)} order by id`)
	);
	return rows.map((r) => ({
		id: `${m.table}.${m.column}.${r.id}`,
		label: t('personData.mentions.label', { what: t(m.what) }),
		data: { [m.column]: r.value },
		action: { kind: 'anonymise' }
	}));
}

export const nameMentionsSource: PersonSource = {
	key: 'nameMentions',
	title: 'personData.source.nameMentions',
	async find(tx, ctx, q) {
		const out: PersonRecord[] = [];
		for (const m of MENTIONS) out.push(...(await findMention(tx, ctx, m, q)));
		return out;
	},
	async erase(tx, run, records) {
		for (const r of records) {
			if (r.action.kind !== 'anonymise') continue;
			const m = MENTIONS.find((x) => r.id.startsWith(`${x.table}.${x.column}.`));
			if (!m) continue;
			const id = r.id.slice(m.table.length + m.column.length + 2);
			const value = r.data[m.column];
			const next =
				m.match === 'email'
					? ''
					: m.match === 'name'
						? run.pseudonym
						: m.match === 'json'
							? JSON.stringify(replaceInJson(value, run.needles, run.pseudonym))
							: replaceNeedles(String(value ?? ''), run.needles, run.pseudonym);
			await tx.execute(sql`
				update ${sql.identifier(m.table)} set ${sql.identifier(m.column)} = ${m.match === 'json' ? sql`${next}::jsonb` : sql`${next}`}
				where ${sql.identifier(m.tenant ?? 'network_id')} = ${run.ctx.network.id} and id::text = ${id}`);
		}
	}
};
