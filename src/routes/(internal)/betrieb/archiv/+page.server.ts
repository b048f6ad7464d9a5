import path from 'node:path';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { checkNetworkArchive, importNetworkArchive } from '$lib/server/domains/archive/import-network-archive';
import {
	discardStagedArchive,
	stageArchiveUpload,
	stagedArchivePath
} from '$lib/server/domains/archive/stage-archive-upload';
import { slugSchema } from '$lib/server/domains/tenancy/network-schemas';
import { requireRole } from '$lib/server/domains/shared/actor';
import { archiveContext } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import { invalid } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const stagingDir = (event: Pick<RequestEvent, 'locals'>) =>
	path.join(event.locals.app.config.dataDir, 'archive-uploads');

export const load: PageServerLoad = async (event) => {
	try {
		requireRole(event.locals.session?.actor, 'operator', null);
	} catch (e) {
		raise(e);
	}
	return { tooLarge: event.url.searchParams.has('zu-gross') };
};

export const actions: Actions = {
	/** Upload and dry run: the archive is read completely, nothing is written. */
	check: async (event) => {
		const form = await event.request.formData();
		const file = form.get('file');
		const values = { slug: String(form.get('slug') ?? '').trim() };
		if (!(file instanceof File) || file.size === 0) return invalid({ file: 'archive.error.fileMissing' }, values);
		let slug: string | null = null;
		if (values.slug) {
			const parsed = slugSchema.safeParse(values.slug);
			if (!parsed.success) return invalid({ slug: parsed.error.issues[0]!.message as 'error.slugFormat' }, values);
			slug = parsed.data;
		}
		const dir = stagingDir(event);
		const token = await stageArchiveUpload(dir, file.stream());
		try {
			const summary = await checkNetworkArchive(archiveContext(event), stagedArchivePath(dir, token)!, slug);
			return { summary, token, values };
		} catch (e) {
			discardStagedArchive(dir, token);
			return actionFail(e, values);
		}
	},
	/** The import itself, after the operator has seen the dry run. */
	confirm: async (event) => {
		const form = await event.request.formData();
		const token = String(form.get('token') ?? '');
		const values = { slug: String(form.get('slug') ?? '').trim() };
		const dir = stagingDir(event);
		const file = stagedArchivePath(dir, token);
		if (!file) return invalid({ form: 'archive.import.expired' }, values);
		let networkId: string;
		try {
			networkId = (await importNetworkArchive(archiveContext(event), file, values.slug)).network.id;
		} catch (e) {
			return actionFail(e, values);
		} finally {
			discardStagedArchive(dir, token);
		}
		redirect(303, `/betrieb/netzwerke/${networkId}?uebernommen=1`);
	}
};
