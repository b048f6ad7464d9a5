import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { districts, synonymGroups } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

const coordinate = (min: number, max: number) =>
	z
		.string()
		.trim()
		.transform((v) => v.replace(',', '.'))
		.refine(
			(v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max),
			'error.coordinateInvalid'
		);

export const districtSchema = z
	.object({
		id: z
			.string()
			.trim()
			.refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.invalid'),
		name: z.string().trim().min(1, 'error.required').max(120, 'error.tooLong'),
		postcodes: z
			.string()
			.trim()
			.max(500, 'error.tooLong')
			.refine((v) => v.split(/[\s,;]+/).every((p) => p === '' || /^\d{5}$/.test(p)), 'error.postcodeList'),
		lat: coordinate(-90, 90),
		lng: coordinate(-180, 180),
		geojson: z
			.string()
			.trim()
			.max(500_000, 'error.tooLong')
			.default('')
			.refine((v) => v === '' || parseGeometry(v) !== null, 'error.geojsonInvalid')
	})
	.refine((v) => (v.lat === '') === (v.lng === ''), { path: ['lng'], message: 'error.coordinatePair' });

type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

/** A GeoJSON Polygon or MultiPolygon (also inside a Feature); null when it is anything else. */
export function parseGeometry(text: string): Geometry | null {
	try {
		const value = JSON.parse(text) as { type?: string; geometry?: unknown; coordinates?: unknown };
		const geometry = (value.type === 'Feature' ? value.geometry : value) as {
			type?: string;
			coordinates?: unknown;
		} | null;
		if (
			!geometry ||
			(geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
			!Array.isArray(geometry.coordinates)
		)
			return null;
		const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : (geometry.coordinates as unknown[]);
		const valid = rings.every(
			(polygon) =>
				Array.isArray(polygon) &&
				polygon.every(
					(ring) =>
						Array.isArray(ring) &&
						ring.length >= 4 &&
						ring.every(
							(p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))
						)
				)
		);
		return valid ? { type: geometry.type, coordinates: geometry.coordinates } : null;
	} catch {
		return null;
	}
}

/** Centre of a polygon's outer ring (mean of its points): the district centre when none is given. */
export function centreOf(geometry: Geometry): { lat: number; lng: number } {
	const outer =
		(geometry.type === 'Polygon'
			? (geometry.coordinates as number[][][])[0]
			: (geometry.coordinates as number[][][][])[0]![0]) ?? [];
	const points = outer.slice(0, -1);
	return {
		lng: points.reduce((a, p) => a + p[0]!, 0) / points.length,
		lat: points.reduce((a, p) => a + p[1]!, 0) / points.length
	};
}

export async function listDistricts(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) => tx.select().from(districts).where(scoped(districts, ctx)).orderBy(asc(districts.name)));
}

/** Creates or renames a district with its postcodes and centre ("In meiner Nähe" uses them). */
export async function saveDistrict(ctx: TenantContext, input: z.output<typeof districtSchema>) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const geometry = input.geojson ? parseGeometry(input.geojson) : null;
	const centre = !input.lat && geometry ? centreOf(geometry) : null;
	const values = {
		name: input.name,
		postcodes: [...new Set(input.postcodes.split(/[\s,;]+/).filter(Boolean))],
		lat: input.lat ? Number(input.lat) : (centre?.lat ?? null),
		lng: input.lng ? Number(input.lng) : (centre?.lng ?? null),
		geojson: geometry
	};
	return tenantTx(ctx, async (tx) => {
		const clash = await tx
			.select({ id: districts.id })
			.from(districts)
			.where(scoped(districts, ctx, eq(districts.name, input.name)));
		if (clash.some((c) => c.id !== input.id)) throw new AppError('conflict', { field: 'name' });
		const [row] = input.id
			? await tx
					.update(districts)
					.set(values)
					.where(scoped(districts, ctx, eq(districts.id, input.id)))
					.returning()
			: await tx
					.insert(districts)
					.values({ ...values, networkId: ctx.network.id })
					.returning();
		if (!row) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: input.id ? 'update' : 'create',
			entity: 'district',
			entityId: row.id,
			after: values
		});
		return row;
	});
}

export async function listSynonyms(ctx: TenantContext): Promise<string[][]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) =>
		(await tx.select({ terms: synonymGroups.terms }).from(synonymGroups).where(scoped(synonymGroups, ctx))).map(
			(g) => g.terms
		)
	);
}

/** One group per line, terms separated by commas: "Kinderarzt, Pädiater, Kinder- und Jugendarzt". */
export function parseSynonymText(text: string): string[][] {
	return text
		.split(/\r?\n/)
		.map((line) => [
			...new Set(
				line
					.split(',')
					.map((t) => t.trim().toLowerCase())
					.filter(Boolean)
			)
		])
		.filter((group) => group.length >= 2);
}

export const synonymsSchema = z.object({
	synonyms: z
		.string()
		.max(20_000, 'error.tooLong')
		.refine(
			(v) =>
				v.split(/\r?\n/).every((line) => line.trim() === '' || line.split(',').filter((t) => t.trim()).length >= 2),
			'error.synonymLine'
		)
});

export async function saveSynonyms(ctx: TenantContext, groups: string[][]) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		await tx.delete(synonymGroups).where(scoped(synonymGroups, ctx));
		if (groups.length)
			await tx.insert(synonymGroups).values(groups.map((terms) => ({ networkId: ctx.network.id, terms })));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'synonyms',
			entityId: ctx.network.id,
			after: groups
		});
	});
}
