import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { CONSENT_TEXT_VERSION, contactSchema } from '$lib/server/domains/organisations/contact-schema';
import { getContact } from '$lib/server/domains/organisations/list-contacts';
import { saveContact } from '$lib/server/domains/organisations/save-contact';
import { contactFormValues } from '$lib/server/domains/organisations/organisation-form-values';
import { getOrganisation } from '$lib/server/domains/organisations/get-organisation';
import {
	CONTACT_ACCOUNT_ROLES,
	contactAccess,
	inviteContact,
	type ContactAccountRole
} from '$lib/server/domains/accounts/invite-contact';
import { t, type MessageKey } from '$lib/i18n';
import { coordinatorContext } from '../context';
import { formValues, parseForm } from '../forms';
import { actionFail, raise } from '../errors';
import { UUID, uuidParam } from '../params';

/** Shared by "Ansprechperson hinzufügen" and "bearbeiten". */
export async function loadContactPage(event: RequestEvent) {
	const orgId = event.params.id ?? '';
	const contactId = event.params.contactId ?? null;
	if (!UUID.test(orgId) || (contactId !== null && !UUID.test(contactId))) error(404, t('error.notFound'));
	const ctx = coordinatorContext(event);
	try {
		const { organisation } = await getOrganisation(ctx, orgId);
		const c = contactId ? await getContact(ctx, orgId, contactId) : null;
		return {
			access: contactId ? await contactAccess(ctx, contactId) : null,
			organisation: { id: organisation!.id, name: organisation!.name },
			consentText: c?.consentTextVersion ?? CONSENT_TEXT_VERSION,
			saved: contactFormValues(c)
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveContactAction(event: RequestEvent) {
	const orgId = event.params.id ?? '';
	const contactId = event.params.contactId ?? null;
	if (!UUID.test(orgId) || (contactId !== null && !UUID.test(contactId))) error(404, t('error.notFound'));
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(contactSchema, form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
	try {
		await saveContact(ctx, orgId, contactId, parsed.data);
	} catch (e) {
		return actionFail(e, values);
	}
	redirect(303, `/intern/organisationen/${orgId}?gespeichert=1#ansprechpersonen`);
}

const inviteFailed = (status: number, inviteError: MessageKey) => fail(status, { inviteError });

/** "Zugang einladen": the contact gets a login as member or as provider editor of its organisation. */
export async function inviteContactAction(event: RequestEvent) {
	const contactId = uuidParam(event.params.contactId);
	const role = String((await event.request.formData()).get('role') ?? '');
	if (!(CONTACT_ACCOUNT_ROLES as readonly string[]).includes(role)) return inviteFailed(400, 'error.choose');
	try {
		const { newAccount } = await inviteContact(
			{ ...coordinatorContext(event), baseUrl: event.url.origin },
			contactId,
			role as ContactAccountRole
		);
		return { invited: newAccount ? 'new' : 'existing' };
	} catch (e) {
		// One choice, one message above the buttons instead of one next to a field.
		const failed = actionFail(e, {});
		return inviteFailed(failed.status, Object.values(failed.data.errors)[0] ?? 'error.invalid');
	}
}
