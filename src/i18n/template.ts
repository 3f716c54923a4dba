// `{name}` placeholders, shared by the message catalogue and the number formatter's patterns.
// A placeholder with no value is left as written, so a missing variable shows up on screen
// instead of turning into an empty string.

export type Vars = Record<string, string | number>;

export function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
