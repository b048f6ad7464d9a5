import { asc, eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { outbox, type MembershipStatus } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { memberOrganisationSchema } from '$lib/server/domains/organisations/organisation-schema';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { saveContact } from '$lib/server/domains/organisations/save-contact';
import { meetingSchema, type BodyInput, type MeetingInput } from '$lib/server/domains/bodies/meeting-schema';
import { linkIn } from './smtp';

// Set-up shared by the tests of bodies, meetings and minutes: organisations and contacts through
// their own use cases, form inputs as the forms send them, and the answer links in the outbox.

/** An organisation saved through the member form; returns its id. */
export async function organisation(
	ctx: TenantContext,
	name: string,
	status: MembershipStatus | '' = '',
	id: string | null = null,
	version = 0
) {
	const parsed = parseWith(memberOrganisationSchema, {
		version: String(version),
		name,
		description: '',
		street: '',
		postcode: '',
		city: '',
		phone: '',
		email: '',
		web: '',
		districtIds: [],
		partnerCategoryId: '',
		membershipStatus: status,
		statusDate: '',
		statusNote: '',
		listedPublicly: false
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return (await saveOrganisation(ctx, id, parsed.data)).id;
}

/** A contact of an organisation, visible to the coordination; returns its id. */
export async function person(ctx: TenantContext, organisationId: string, name: string, email: string) {
	return (
		await saveContact(ctx, organisationId, null, {
			version: 0,
			name,
			role: '',
			phone: '',
			email,
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		})
	).id;
}

/** A body form's input: a working group without members unless given. */
export const body = (input: Partial<BodyInput> & Pick<BodyInput, 'name'>): BodyInput => ({
	version: 0,
	kind: 'arbeitsgruppe',
	purpose: '',
	external: '',
	organisationIds: [],
	allMembers: false,
	contactIds: [],
	leadContactId: null,
	...input
});

/** A meeting form's input as parsed by the meeting schema (fields as the form sends them). */
export function meetingInput(fields: Record<string, string>): MeetingInput {
	const parsed = parseWith(meetingSchema, { version: '0', onlineUrl: '', ...fields });
	if (!parsed.ok) throw new Error('meeting');
	return parsed.data as MeetingInput;
}

/** The personal answer links in the mails of the outbox, oldest first (as the invitee would click them). */
export async function rsvpTokensOf(db: Database['db'], to?: string): Promise<string[]> {
	const rows = await withSystem(db, (tx) => tx.select().from(outbox).orderBy(asc(outbox.createdAt)));
	return rows
		.filter((r) => (!to || r.toAddress === to) && r.textBody.includes('/antwort/'))
		.map((r) => linkIn(r.textBody, '/antwort/').split('/').pop()!);
}

/** The answer link in the newest mail of this template (to this address). */
export async function rsvpTokenOf(db: Database['db'], template: string, to?: string): Promise<string> {
	const rows = await withSystem(db, (tx) =>
		tx.select().from(outbox).where(eq(outbox.template, template)).orderBy(asc(outbox.createdAt))
	);
	const mail = rows.filter((r) => !to || r.toAddress === to).at(-1);
	if (!mail) throw new Error('no mail');
	return linkIn(mail.textBody, '/antwort/').split('/').pop()!;
}
