import { processingRecords } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

export type ProcessingRecordFields = {
	controllerName: string;
	controllerAddress: string;
	dpoContact: string;
	notes: string;
	version: number;
};

export const EMPTY_RECORD: ProcessingRecordFields = {
	controllerName: '',
	controllerAddress: '',
	dpoContact: '',
	notes: '',
	version: 0
};

/** The network's typed Art. 30 fields (empty with version 0 before the first save). */
export async function getProcessingRecord(ctx: TenantContext): Promise<ProcessingRecordFields> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [row] = await tenantTx(ctx, (tx) =>
		tx
			.select({
				controllerName: processingRecords.controllerName,
				controllerAddress: processingRecords.controllerAddress,
				dpoContact: processingRecords.dpoContact,
				notes: processingRecords.notes,
				version: processingRecords.version
			})
			.from(processingRecords)
			.where(scoped(processingRecords, ctx))
	);
	return row ?? EMPTY_RECORD;
}
