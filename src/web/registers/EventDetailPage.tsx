import { EVENTS } from '../../domain/registers/affairsRegisters';
import { EventInvitations } from './EventInvitations';
import { RegisterDetailPage } from './RegisterDetailPage';

/** An event's page: the record, its notes and files, and its invitations. */
export function EventDetailPage() {
  return <RegisterDetailPage spec={EVENTS} more={(id) => <EventInvitations eventId={id} />} />;
}
