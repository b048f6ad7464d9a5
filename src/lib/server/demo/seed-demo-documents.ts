import { and, eq, sql } from 'drizzle-orm';
import { loadExcel } from '$lib/server/lazy-modules';
import type { Tx } from '$lib/server/db/client';
import { bodies, documents, type DocumentAccess } from '$lib/server/db/schema';
import type { FileStore } from '$lib/server/domains/documents/file-store';
import { newFileKey } from '$lib/server/domains/documents/file-keys';
import { DOCUMENT_TYPES } from '$lib/server/domains/documents/sniff-file';
import { startPdf } from '$lib/server/pdf/pdf-document';

async function pdf(title: string, lines: string[]): Promise<Buffer> {
	const { doc, fonts, done } = startPdf(title);
	doc.font(fonts.bold).fontSize(18).text(title).moveDown();
	doc.font(fonts.regular).fontSize(11);
	for (const line of lines) doc.text(line).moveDown(0.5);
	doc.font(fonts.regular).fontSize(9).fillColor('#555555').text('Beispieldaten – erfunden, nur zur Vorführung.');
	doc.end();
	return done;
}

async function sheet(rows: string[][]): Promise<Buffer> {
	const workbook = new (await loadExcel()).Workbook();
	const ws = workbook.addWorksheet('Liste');
	for (const r of rows) ws.addRow(r);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A few documents per demo network, one per access level: a flyer for everyone, a draft for
 * the Steuerungsgruppe (or the first body), a phone list for the coordination only.
 */
export async function seedDemoDocuments(
	tx: Tx,
	files: FileStore,
	network: { id: string; municipality: string }
): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(documents)
		.where(eq(documents.networkId, network.id));
	if (n > 0) return;
	const town = network.municipality.replace(/^(Kreis|Landkreis|Stadt)\s+/, '');
	const [body] = await tx
		.select({ id: bodies.id, name: bodies.name })
		.from(bodies)
		.where(and(eq(bodies.networkId, network.id), eq(bodies.allMembers, false)))
		.orderBy(bodies.name)
		.limit(1);
	const items: {
		title: string;
		name: string;
		type: 'pdf' | 'xlsx';
		access: DocumentAccess;
		bodyId: string | null;
		data: Buffer;
	}[] = [
		{
			title: 'Flyer Frühe Hilfen für Eltern',
			name: 'flyer-fruehe-hilfen',
			type: 'pdf',
			access: 'network',
			bodyId: null,
			data: await pdf(`Frühe Hilfen in ${town}`, [
				'Beratung und Begleitung rund um Schwangerschaft, Geburt und die ersten Lebensjahre.',
				'Alle Angebote finden Sie im Online-Wegweiser des Netzwerks.'
			])
		},
		{
			title: 'Angebotsübersicht nach Stadtteilen (Stand Herbst)',
			name: 'angebotsuebersicht',
			type: 'xlsx',
			access: 'network',
			bodyId: null,
			data: await sheet([
				['Stadtteil', 'Angebot', 'Träger'],
				['Innenstadt', 'Elterncafé', 'Familienzentrum (Beispiel)'],
				['Nord', 'Babymassage', 'Familienbildung (Beispiel)']
			])
		},
		...(body
			? [
					{
						title: `Entwurf: Jahresplanung ${body.name}`,
						name: 'jahresplanung-entwurf',
						type: 'pdf' as const,
						access: 'body' as const,
						bodyId: body.id,
						data: await pdf(`Jahresplanung – ${body.name}`, [
							'1. Quartal: Bedarfsanalyse',
							'2. Quartal: Netzwerkkonferenz vorbereiten',
							'3. Quartal: Fortbildung Kinderschutz',
							'4. Quartal: Bericht an den Jugendhilfeausschuss'
						])
					}
				]
			: []),
		{
			title: 'Telefonliste der Ansprechpersonen (intern)',
			name: 'telefonliste',
			type: 'xlsx',
			access: 'coordination',
			bodyId: null,
			data: await sheet([
				['Organisation', 'Ansprechperson', 'Telefon'],
				['Jugendamt (Beispiel)', 'Anna Beispiel', '030 23125 300']
			])
		}
	];
	for (const item of items) {
		const key = newFileKey(network.id, 'documents');
		const { contentType, extension } = DOCUMENT_TYPES[item.type];
		await files.put(key, item.data, contentType);
		await tx.insert(documents).values({
			networkId: network.id,
			bodyId: item.bodyId,
			title: item.title,
			fileName: `${item.name}.${extension}`,
			contentType,
			byteSize: item.data.length,
			storageKey: key,
			access: item.access,
			uploadedByName: 'Netzwerkkoordination (Beispiel)'
		});
	}
}
