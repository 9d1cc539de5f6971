// A tagged template for HTML that escapes every interpolated value unless it is already safe markup.

/** Markup that is already escaped (built by `html`), so it is inserted as is. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  /** The markup. */
  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated: text (escaped), safe markup, numbers, lists of those; null, undefined and false render nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  if (value === true) return '';
  return escapeHtml(String(value));
}

/** Builds safe markup: `html\`<p>${name}</p>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Wraps JSON for display inside a <pre> (escaped). */
export function prettyJson(value: unknown): SafeHtml {
  return new SafeHtml(escapeHtml(JSON.stringify(value, null, 2)));
}
