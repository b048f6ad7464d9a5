import { requireRole } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { t } from '$lib/i18n';
import { memberDirectory } from './member-directory';

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
