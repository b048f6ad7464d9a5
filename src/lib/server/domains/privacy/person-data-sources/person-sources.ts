import { accountsSource } from './accounts';
import { agreementSignaturesSource } from './agreement-signatures';
import { auditLogSource } from './audit-log';
import { circularOptOutsSource, contactsSource } from './contacts';
import { contactRequestsSource } from './contact-requests';
import { eventCertificatesSource, eventRegistrationsSource } from './event-registrations';
import { eventPeopleSource } from './event-people';
import { meetingAttendanceSource, meetingInvitationsSource } from './meetings';
import { nameMentionsSource } from './name-mentions';
import { outboxSource } from './outbox';
import type { PersonSource } from './source-helpers';

/**
 * Every place the app stores personal data, in the order shown and erased: a new place is one
 * more source file and one more entry here. The outbox and the audit log come last, so their
 * replacements know every name and address the other sources found.
 */
export const PERSON_SOURCES: readonly PersonSource[] = [
	contactsSource,
	accountsSource,
	eventRegistrationsSource,
	eventCertificatesSource,
	eventPeopleSource,
	meetingInvitationsSource,
	meetingAttendanceSource,
	agreementSignaturesSource,
	circularOptOutsSource,
	contactRequestsSource,
	nameMentionsSource,
	outboxSource,
	auditLogSource
];
