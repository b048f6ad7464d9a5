import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** A network archive streamed to the browser as a download (never assembled in memory). */
export function archiveResponse(archive: { filename: string; stream: Readable }): Response {
	return new Response(Readable.toWeb(archive.stream) as WebReadableStream<Uint8Array> as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': `attachment; filename="${archive.filename}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
