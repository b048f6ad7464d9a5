import { requireRole } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { t } from '$lib/i18n';
import { memberDirectory } from './member-directory';

const DIRECTORY_COLUMNS = [
	'organisation',
	'category',
	'membership',
	'phone',
	'email',
	'web',
	'contact',
	'role',
	'contactPhone',
	'contactEmail',
	'visibility'
] as const;

/** The member directory as spreadsheet rows for the coordination: one row per contact (or per organisation without one). */
export async function directoryRows(ctx: TenantContext): Promise<{ headers: string[]; rows: string[][] }> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const { entries } = await memberDirectory(ctx, { q: '', category: '', district: '', body: '' });
	const headers = DIRECTORY_COLUMNS.map((c) => t(`intern.directory.column.${c}`));
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
