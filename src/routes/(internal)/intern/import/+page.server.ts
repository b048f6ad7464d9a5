import { fail } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { IMPORT_KINDS, type ImportKind } from '$lib/server/db/schema';
import { checkImport, runImport, stageImport, type ImportCheck } from '$lib/server/domains/exchange/run-import';
import { NEW_OFFER_STATUSES, type NewOfferStatus } from '$lib/server/domains/exchange/import-offers';
import { coordinatorContext } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import type { FieldErrors } from '$lib/server/http/forms';
import { UUID } from '$lib/server/http/params';
import type { MessageKey } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	coordinatorContext(event);
	return { tooLarge: event.url.searchParams.has('zu-gross') };
};

const fileError = (message: MessageKey, kind: string) =>
	fail(400, { errors: { file: message } satisfies FieldErrors, kind });

function mappingFrom(form: FormData, check: { headers: number }): (string | null)[] {
	return Array.from({ length: check.headers }, (_, i) => {
		const v = form.get(`map-${i}`);
		return typeof v === 'string' && v ? v : null;
	});
}

async function withStored(event: Parameters<Actions[string]>[0], run: typeof checkImport) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const uploadId = String(form.get('uploadId') ?? '');
	const headers = Number(form.get('headerCount') ?? 0);
	if (!UUID.test(uploadId) || !Number.isInteger(headers) || headers < 0 || headers > 500)
		return fileError('error.importExpired', 'offers');
	try {
		// New offers without a status stay drafts unless the coordinator chose to publish them.
		const chosen = String(form.get('newStatus') ?? '');
		const newStatus: NewOfferStatus = NEW_OFFER_STATUSES.includes(chosen as NewOfferStatus)
			? (chosen as NewOfferStatus)
			: 'draft';
		return { check: (await run(ctx, uploadId, mappingFrom(form, { headers }), { newStatus })) satisfies ImportCheck };
	} catch (e) {
		if (isAppError(e, 'not_found')) return fileError('error.importExpired', 'offers');
		raise(e);
	}
}

export const actions: Actions = {
	upload: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const kind = String(form.get('kind') ?? '');
		if (!IMPORT_KINDS.includes(kind as ImportKind) && kind !== 'hsds')
			return fail(400, { errors: { kind: 'error.choose' } satisfies FieldErrors, kind: '' });
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fileError('error.importNoFile', kind);
		try {
			return {
				check: await stageImport(ctx, {
					kind: kind as ImportKind | 'hsds',
					filename: file.name,
					bytes: new Uint8Array(await file.arrayBuffer())
				})
			};
		} catch (e) {
			// The file field's message, always with 400 (the page keeps the chosen kind, not the values).
			const failed = actionFail(e, {}, { payload_too_large: { message: 'error.importTooLarge' } });
			return fileError(Object.values(failed.data.errors)[0] ?? 'error.invalid', kind);
		}
	},
	check: (event) => withStored(event, checkImport),
	run: (event) => withStored(event, runImport)
};
