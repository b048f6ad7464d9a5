import { fail } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { listPopulationFigures } from '$lib/server/domains/planning/list-population-figures';
import { parseYear } from '$lib/server/domains/planning/population-columns';
import { parsePopulationForm, planningSettingsSchema } from '$lib/server/domains/planning/population-form-schema';
import { savePopulationFigures } from '$lib/server/domains/planning/save-population-figures';
import { savePlanningSettings } from '$lib/server/domains/planning/save-planning-settings';
import {
	checkPopulationImport,
	runPopulationImport,
	stagePopulationImport
} from '$lib/server/domains/planning/stage-population-import';
import { coordinatorContext } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import { formValues, invalid, parseForm, type FieldErrors } from '$lib/server/http/forms';
import { UUID } from '$lib/server/http/params';
import type { MessageKey } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	const asked = event.url.searchParams.get('jahr');
	const year = asked === null ? null : parseYear(asked);
	try {
		const table = await listPopulationFigures(ctx, year?.ok ? year.value : undefined);
		return { table, askedYear: asked ?? '', yearError: year && !year.ok ? year.message : null };
	} catch (e) {
		raise(e);
	}
};

const fileError = (message: MessageKey) => fail(400, { importErrors: { file: message } satisfies FieldErrors });

function mappingFrom(form: FormData, headers: number): (string | null)[] {
	return Array.from({ length: headers }, (_, i) => {
		const v = form.get(`map-${i}`);
		return typeof v === 'string' && v ? v : null;
	});
}

const defaultYearOf = (form: FormData) => {
	const y = parseYear(String(form.get('defaultYear') ?? ''));
	return y.ok ? y.value : null;
};

async function withStored(event: Parameters<Actions[string]>[0], run: typeof checkPopulationImport) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const uploadId = String(form.get('uploadId') ?? '');
	const headers = Number(form.get('headerCount') ?? 0);
	if (!UUID.test(uploadId) || !Number.isInteger(headers) || headers < 0 || headers > 500)
		return fileError('error.importExpired');
	try {
		return { check: await run(ctx, uploadId, mappingFrom(form, headers), defaultYearOf(form)) };
	} catch (e) {
		if (isAppError(e, 'not_found')) return fileError('error.importExpired');
		raise(e);
	}
}

export const actions: Actions = {
	save: async (event) => {
		const ctx = coordinatorContext(event);
		const values = formValues(await event.request.formData());
		const parsed = parsePopulationForm(values);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			const counts = await savePopulationFigures(ctx, parsed.data);
			return { saved: counts };
		} catch (e) {
			return actionFail(e, values);
		}
	},
	settings: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(planningSettingsSchema, form);
		if (!parsed.ok) return fail(400, { settingsErrors: parsed.errors, values });
		try {
			await savePlanningSettings(ctx, parsed.data);
			return { settingsSaved: true };
		} catch (e) {
			const failed = actionFail(e, values);
			return fail(failed.status, { settingsErrors: failed.data.errors, values });
		}
	},
	upload: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fileError('error.importNoFile');
		try {
			return {
				check: await stagePopulationImport(ctx, {
					filename: file.name,
					bytes: new Uint8Array(await file.arrayBuffer()),
					defaultYear: defaultYearOf(form)
				})
			};
		} catch (e) {
			const failed = actionFail(e, {}, { payload_too_large: { message: 'error.importTooLarge' } });
			return fileError(Object.values(failed.data.errors)[0] ?? 'error.invalid');
		}
	},
	check: (event) => withStored(event, checkPopulationImport),
	run: (event) => withStored(event, runPopulationImport)
};
