import { fieldErrors } from '../api/client.js';

/**
 * The sentence above a form when a request failed; every form uses this one. Field errors sit under their
 * fields, so the sentence points there; a field error the form has no input for (an invitation used
 * meanwhile) is the sentence itself, or nobody would see it. `shownFields` names the inputs a form shows;
 * without it every field error is taken as shown. A conflict (409) says what happened like any other error:
 * forms with a reload notice leave it out themselves (SaveProblems).
 */
export function formError(error: unknown, shownFields?: readonly string[]): string | null {
  if (!error) return null;
  const fields = Object.entries(fieldErrors(error));
  const orphan = shownFields ? fields.find(([name]) => !shownFields.includes(name)) : undefined;
  if (orphan) return orphan[1];
  if (fields.length > 0) return 'Some fields need attention. See the messages below each field.';
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
