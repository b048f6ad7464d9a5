import { eq } from 'drizzle-orm';
import { networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx, type TenantContext } from '../shared/context';
import { sanitizeSvg } from './sanitize-svg';

export const MAX_LOGO_BYTES = 1024 * 1024;

/** Detects the image type from the content, never from the name or the browser's claim. */
export function sniffImageType(data: Buffer): 'image/png' | 'image/jpeg' | 'image/svg+xml' | null {
	if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
		return 'image/png';
	if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
	const head = data
		.subarray(0, 2048)
		.toString('utf8')
		.replace(/^\uFEFF/, '');
	if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head))
		return 'image/svg+xml';
	return null;
}

/** Stores the network logo (PNG, JPEG or sanitised SVG, ≤ 1 MB), or removes it when `data` is null. */
export async function setNetworkLogo(ctx: TenantContext, data: Buffer | null): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	let stored: { logo: Buffer | null; logoType: string | null } = { logo: null, logoType: null };
	if (data) {
		if (data.length > MAX_LOGO_BYTES) throw new AppError('payload_too_large', { field: 'logo' });
		const type = sniffImageType(data);
		if (!type) throw new AppError('validation', { field: 'logo', message: 'error.logoType' });
		if (type === 'image/svg+xml') {
			const clean = await sanitizeSvg(data.toString('utf8'));
			if (!clean) throw new AppError('validation', { field: 'logo', message: 'error.logoType' });
			stored = { logo: Buffer.from(clean, 'utf8'), logoType: type };
		} else {
			stored = { logo: data, logoType: type };
		}
	}
	await tenantTx(ctx, async (tx) => {
		await tx.update(networks).set(stored).where(eq(networks.id, ctx.network.id));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: data ? 'update' : 'delete',
			entity: 'network_logo',
			entityId: ctx.network.id,
			after: stored.logoType ? { type: stored.logoType, bytes: stored.logo?.length } : null
		});
	});
}
