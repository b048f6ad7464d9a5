import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { districts } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { centreOf, checkGeometry, parseGeometry } from './parse-geometry';

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
			.default('')
			.superRefine((v, c) => {
				const checked = v === '' ? null : checkGeometry(v);
				if (checked && !checked.ok) c.addIssue({ code: 'custom', message: checked.message });
			})
	})
	.refine((v) => (v.lat === '') === (v.lng === ''), { path: ['lng'], message: 'error.coordinatePair' });

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
