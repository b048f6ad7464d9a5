import { fail, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import type { MessageKey } from '$lib/i18n';
import type { FilesContext } from '$lib/server/domains/documents/file-store';
import { coordinatorContext } from './context';
import { raise } from './errors';

/** The coordinator's context with the file store and the upload limit. */
export function coordinatorFilesContext(event: RequestEvent): FilesContext {
	return {
		...coordinatorContext(event),
		files: event.locals.app.files,
		maxUploadBytes: event.locals.app.config.maxUploadBytes
	};
}

/** Anyone of the network (members, providers, coordinators) with the file store; guards live in the use cases. */
export function networkFilesContext(event: RequestEvent): FilesContext {
	return {
		db: event.locals.app.database.db,
		network: event.locals.network!,
		actor: event.locals.session?.actor ?? null,
		files: event.locals.app.files,
		maxUploadBytes: event.locals.app.config.maxUploadBytes
	};
}

/** An uploaded file from a multipart form, or null when the field was left empty. */
export async function uploadedFile(form: FormData, field: string): Promise<{ data: Buffer; name: string } | null> {
	const file = form.get(field);
	if (!(file instanceof File) || file.size === 0) return null;
	return { data: Buffer.from(await file.arrayBuffer()), name: file.name };
}

/** Re-renders a form: a validation AppError becomes a message next to its field, a conflict a form message. */
export function failFromAppError(e: unknown, values: Record<string, string>) {
	if (isAppError(e, 'validation'))
		return fail(400, {
			errors: { [String(e.details.field ?? 'form')]: String(e.details.message) } as Record<string, MessageKey>,
			values
		});
	if (isAppError(e, 'conflict'))
		return fail(409, { errors: { form: 'error.versionConflict' } as Record<string, MessageKey>, values });
	raise(e);
}

/** A file download that is never cached and never sniffed into something else by the browser. */
export function fileResponse(data: Buffer, contentType: string, fileName: string, inline = false): Response {
	return new Response(new Uint8Array(data), {
		headers: {
			'content-type': contentType,
			'content-length': String(data.length),
			'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
}
