import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { idsTo, mentions, personIs, type PersonSource } from './source-helpers';

type EventRow = {
	id: string;
	title: string;
	contact_name: string;
	contact_email: string;
	contact_phone: string;
	certificate_signer: string;
	has_signature: boolean;
	is_contact: boolean;
	is_signer: boolean;
};

/**
 * An event's contact person and the signer of its certificates (with the signature image):
 * cleared on the event, which itself stays.
 */
export const eventPeopleSource: PersonSource = {
	key: 'eventPeople',
	title: 'personData.source.eventPeople',
	async find(tx, ctx, q) {
		const rows = rowsOf<EventRow>(
			await tx.execute(sql`
				select * from (
					select id, title, contact_name, contact_email, contact_phone, certificate_signer,
						signature_image is not null as has_signature,
						${personIs(sql`contact_email`, sql`contact_name`, q)} as is_contact,
						(${mentions(sql`certificate_signer`, q)}) as is_signer
					from events where network_id = ${ctx.network.id}) x
				where is_contact or is_signer order by title`)
		);
		return rows.map((e) => ({
			id: e.id,
			label: t('personData.eventPeople.label', { event: e.title }),
			data: {
				event: e.title,
				...(e.is_contact
					? { contactName: e.contact_name, contactEmail: e.contact_email, contactPhone: e.contact_phone }
					: {}),
				...(e.is_signer ? { certificateSigner: e.certificate_signer, signatureImage: e.has_signature } : {})
			},
			action: { kind: 'anonymise' },
			strings: [e.is_contact ? e.contact_name : '', e.is_contact ? e.contact_email : ''].filter(Boolean)
		}));
	},
	async erase(tx, run, records) {
		const network = run.ctx.network.id;
		for (const id of idsTo(records, 'anonymise')) {
			const data = records.find((r) => r.id === id)!.data;
			if ('contactName' in data)
				await tx.execute(sql`update events set contact_name = '', contact_email = '', contact_phone = ''
					where network_id = ${network} and id = ${id}`);
			if ('certificateSigner' in data)
				await tx.execute(sql`update events set certificate_signer = '', signature_image = null
					where network_id = ${network} and id = ${id}`);
		}
	}
};
