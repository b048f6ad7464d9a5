// Files in and out of form actions: the upload field, the download response.

/** An uploaded file from a multipart form, or null when the field was left empty. */
export async function uploadedFile(form: FormData, field: string): Promise<{ data: Buffer; name: string } | null> {
	const file = form.get(field);
	if (!(file instanceof File) || file.size === 0) return null;
	return { data: Buffer.from(await file.arrayBuffer()), name: file.name };
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
