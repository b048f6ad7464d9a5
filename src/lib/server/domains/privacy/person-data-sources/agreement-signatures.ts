import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { mentions, nameIs, replaceNeedles, type PersonSource } from './source-helpers';

type SignatureRow = {
	id: string;
	agreement: string;
	number: number;
	organisation: string;
	state: string;
	sent_to: string;
	signer_name: string;
	signer_function: string;
	signed_on: string | null;
	method: string | null;
	scan_key: string | null;
	scan_name: string | null;
	decline_reason: string;
};

/**
 * Signatures of agreements. A signature given is kept as the proof that the organisation signed
 * (the agreement binds it; Art. 17(3)(b) and (e) DSGVO). An open request or a refusal loses the
 * person: their address leaves the recipients, name and reason are cleared, a scan is deleted.
 */
export const agreementSignaturesSource: PersonSource = {
	key: 'agreementSignatures',
	title: 'personData.source.agreementSignatures',
	async find(tx, ctx, q) {
		const rows = rowsOf<SignatureRow>(
			await tx.execute(sql`
				select s.id, a.title as agreement, v.number, o.name as organisation, s.state, s.sent_to, s.signer_name,
					s.signer_function, s.signed_on, s.method, s.scan_key, s.scan_name, s.decline_reason
				from agreement_signatures s
				join agreement_versions v on v.network_id = s.network_id and v.id = s.version_id
				join agreements a on a.network_id = v.network_id and a.id = v.agreement_id
				join organisations o on o.network_id = s.network_id and o.id = s.organisation_id
				where s.network_id = ${ctx.network.id}
					and (${nameIs(sql`s.signer_name`, q)} or ${q.email ? mentions(sql`s.sent_to`, { email: q.email, name: null }) : sql`false`})
				order by a.title, v.number, o.name`)
		);
		return rows.map((s) => ({
			id: s.id,
			label: t('personData.agreementSignatures.label', {
				agreement: s.agreement,
				number: s.number,
				organisation: s.organisation
			}),
			data: {
				agreement: s.agreement,
				version: s.number,
				organisation: s.organisation,
				state: s.state,
				sentTo: s.sent_to,
				signerName: s.signer_name,
				signerFunction: s.signer_function,
				signedOn: s.signed_on,
				method: s.method,
				scan: s.scan_name,
				declineReason: s.decline_reason
			},
			action:
				s.state === 'signed' ? { kind: 'keep', reason: 'personData.reason.signatureProof' } : { kind: 'anonymise' },
			strings: [s.signer_name].filter(Boolean)
		}));
	},
	async erase(tx, run, records) {
		const network = run.ctx.network.id;
		for (const r of records) {
			if (r.action.kind !== 'anonymise') continue;
			const [row] = rowsOf<{ sent_to: string; scan_key: string | null }>(
				await tx.execute(
					sql`select sent_to, scan_key from agreement_signatures where network_id = ${network} and id = ${r.id}`
				)
			);
			if (!row) continue;
			const sentTo = row.sent_to
				.split(',')
				.map((a) => a.trim())
				.filter((a) => a && !run.needles.some((n) => n.toLowerCase() === a.toLowerCase()))
				.join(', ');
			if (row.scan_key) run.files.push(row.scan_key);
			await tx.execute(sql`
				update agreement_signatures set sent_to = ${replaceNeedles(sentTo, run.needles, '')}, signer_name = '',
					signer_function = '', decline_reason = '', scan_key = null, scan_name = null
				where network_id = ${network} and id = ${r.id}`);
		}
	}
};
