import type { documents } from '$lib/server/db/schema';

type DocRow = typeof documents.$inferSelect;

/** Who may open a document: coordinators all, members the network's and their own bodies' ones. */
export function mayOpen(doc: Pick<DocRow, 'access' | 'bodyId'>, coordinator: boolean, myBodies: Set<string>): boolean {
	if (coordinator) return true;
	if (doc.access === 'network') return true;
	if (doc.access === 'body') return doc.bodyId !== null && myBodies.has(doc.bodyId);
	return false;
}
