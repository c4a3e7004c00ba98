import type { PersonChangeListener } from '../persons/writes/personChangeLog';
import { onPersonChanged } from '../persons/writes/personChangeLog';
import { checkPersonForDuplicates } from './checkPerson';

const checkChangedPersons: PersonChangeListener = async (trx, personIds) => {
  for (const id of personIds) await checkPersonForDuplicates(trx, id);
};

/** Every person written is checked for duplicates in the same transaction (the incremental check). */
export function watchPersonChanges(): void {
  // One listener however many apps a process builds (tests build many): the set keeps it once.
  onPersonChanged(checkChangedPersons);
}
