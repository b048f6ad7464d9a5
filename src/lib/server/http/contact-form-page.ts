import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { CONSENT_TEXT_VERSION, contactSchema, getContact, saveContact } from '$lib/server/domains/organisations/contacts';
import { getOrganisation } from '$lib/server/domains/organisations/manage-organisations';
import type { MessageKey } from '$lib/i18n';
import { coordinatorContext } from './coordinator';
import { formValues, parseForm } from './forms';
import { raise } from './errors';
import { UUID } from './params';

/** Shared by "Ansprechperson hinzufügen" and "bearbeiten". */
export async function loadContactPage(event: RequestEvent) {
	const orgId = event.params.id ?? '';
	const contactId = event.params.contactId ?? null;
	if (!UUID.test(orgId) || (contactId !== null && !UUID.test(contactId))) error(404, 'Diese Seite gibt es nicht.');
	const ctx = coordinatorContext(event);
	try {
		const { organisation } = await getOrganisation(ctx, orgId);
		const c = contactId ? await getContact(ctx, orgId, contactId) : null;
		return {
			organisation: { id: organisation!.id, name: organisation!.name },
			consentText: c?.consentTextVersion ?? CONSENT_TEXT_VERSION,
			saved: {
				version: String(c?.version ?? 0),
				name: c?.name ?? '',
				role: c?.role ?? '',
				phone: c?.phone ?? '',
				email: c?.email ?? '',
				visibility: c?.visibility ?? 'coordination',
				consentAt: c?.consentAt ?? '',
				consentMethod: c?.consentMethod ?? '',
				consentRevokedAt: c?.consentRevokedAt ?? ''
			}
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveContactAction(event: RequestEvent) {
	const orgId = event.params.id ?? '';
	const contactId = event.params.contactId ?? null;
	if (!UUID.test(orgId) || (contactId !== null && !UUID.test(contactId))) error(404, 'Diese Seite gibt es nicht.');
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(contactSchema, form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors as Record<string, MessageKey>, values });
	try {
		await saveContact(ctx, orgId, contactId, parsed.data);
	} catch (e) {
		if (isAppError(e, 'conflict')) return fail(409, { errors: { form: 'error.versionConflict' } as Record<string, MessageKey>, values });
		raise(e);
	}
	redirect(303, `/intern/organisationen/${orgId}?gespeichert=1#ansprechpersonen`);
}
