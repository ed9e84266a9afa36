/** The start of a JSON object that could not be read, so the reject list shows what the record held. */
export function objectPreview(object: unknown): string {
  // Parsed JSON always stringifies; only a record that carries no object at all has nothing to show.
  return object === undefined ? '(no object)' : JSON.stringify(object).slice(0, 200);
}
