import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { tenantTx } from '$lib/server/domains/shared/context';
import { currentOfferValues } from '$lib/server/domains/offers/load-offer-form';
import type { OfferFormValues } from '$lib/server/domains/offers/offer-form-values';
import { diffFormValues } from '$lib/server/domains/offers/offer-version-values';
import { offerFormObject, offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { invalid, parseWith } from '../forms';
import { actionFail } from '../errors';

// Submitting the offer form, shared by the coordinator's and the provider's pages.

/**
 * Someone else saved in the meantime: answer 409 with the user's input kept, the version
 * moved to the stored one (saving again overwrites deliberately) and both versions side by side.
 */
async function conflictAnswer(ctx: TenantContext, id: string, values: OfferFormValues, organisationId?: string) {
	const current = await tenantTx(ctx, (tx) => currentOfferValues(tx, ctx, id, organisationId));
	const changes = diffFormValues(current.values, values).map((c) => ({
		field: c.field,
		theirs: c.before,
		yours: c.after
	}));
	return fail(409, {
		errors: { form: 'error.offerConflict' as const },
		values: { ...values, version: String(current.offer?.version ?? 0) },
		conflict: changes
	});
}

/** Parses the form, saves through `save` (which answers the redirect target) and maps refusals to the form. */
export async function handleOfferSubmit(
	event: RequestEvent,
	ctx: TenantContext,
	id: string | null,
	save: (input: OfferFormInput) => Promise<string>,
	organisationId?: string
) {
	const object = offerFormObject(await event.request.formData());
	const values = object as OfferFormValues;
	const parsed = parseWith(offerFormSchema, object);
	if (!parsed.ok) return invalid(parsed.errors, values as Record<string, string>);
	let location: string;
	try {
		location = await save(parsed.data as OfferFormInput);
	} catch (e) {
		// A conflict shows both versions side by side, more than the one message actionFail gives.
		if (isAppError(e, 'conflict') && id) return conflictAnswer(ctx, id, values, organisationId);
		return actionFail(e, values, { validation: { field: 'organisationId', message: 'error.choose' } });
	}
	redirect(303, location);
}

/** Live validation (with JavaScript): the same schema as saving, nothing is written. */
export async function validateOfferAction(event: RequestEvent) {
	const parsed = parseWith(offerFormSchema, offerFormObject(await event.request.formData()));
	return parsed.ok ? { valid: true } : fail(400, { errors: parsed.errors });
}
