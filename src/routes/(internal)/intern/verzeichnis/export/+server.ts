import { memberDirectory } from '$lib/server/domains/organisations/contacts';
import { writeXlsx } from '$lib/server/domains/exchange/spreadsheet';
import { coordinatorContext } from '$lib/server/http/coordinator';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The member directory as XLSX for the coordination (all contacts, with their visibility). */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	try {
		const { entries } = await memberDirectory(ctx, { q: '', category: '', district: '' });
		const headers = ['Organisation', 'Partnerkategorie', 'Mitgliedschaft', 'Telefon', 'E-Mail', 'Webseite', 'Ansprechperson', 'Funktion', 'Telefon (Person)', 'E-Mail (Person)', 'Sichtbarkeit'];
		const rows = entries.flatMap((e) => {
			const base = [e.name, e.category ?? '', e.status ?? '', e.phone, e.email, e.web];
			return e.contacts.length === 0 ? [[...base, '', '', '', '', '']] : e.contacts.map((c) => [...base, c.name, c.role, c.phone, c.email, c.visibility]);
		});
		const body = await writeXlsx('Verzeichnis', headers, rows);
		const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="mitgliederverzeichnis-${ctx.network.slug}-${day}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
