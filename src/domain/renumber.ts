/** A record id anywhere in a text: ids are UUIDs, so one never matches by accident. */
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Gives the named ids new values everywhere they occur in a document's JSON text: as a record's
 * id, as a reference, and inside the JSON a column keeps as text (evidence, snapshots, lists of
 * ids). One rule for every table, so a table added later is renumbered with no change here.
 */
export function renumberIds(json: string, taken: ReadonlySet<string>, newId: () => string): { json: string; renumbered: number } {
  const replacements = new Map<string, string>();
  const replaced = json.replace(uuid, (found) => {
    if (!taken.has(found)) return found;
    let next = replacements.get(found);
    if (!next) {
      next = newId();
      replacements.set(found, next);
    }
    return next;
  });
  return { json: replaced, renumbered: replacements.size };
}
