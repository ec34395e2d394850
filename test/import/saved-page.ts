/** A small saved page of our own, shared by the HTML reader's tests. */

export const PARAGRAPHS = [
  'Negotiators from the two countries met for a third day in Geneva on Wednesday without agreeing on a ceasefire line, officials from both delegations said after the session ended.',
  'The mediators said they would present a new draft on Thursday, and that both sides had agreed to keep the contents of the talks confidential until then.',
  '"We are closer than we were on Monday, but we are not there yet," one of the mediators told reporters outside the venue on the shore of the lake.',
  'Diplomats said the draft would cover the exchange of prisoners as well as the line itself, and that a deal on one would not be signed without the other.',
]

/** A page with a menu, `<h1>` headline, the paragraphs, and a footer; `head`, `before` and `after` go in as written. */
export function savedPage({ head = '', before = '', after = '', paragraphs = PARAGRAPHS.map((text) => `<p>${text}</p>`) } = {}): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>Ceasefire talks stall in Geneva</h1>${before}${paragraphs.join('\n')}${after}</article></main><footer>© 2022 Example</footer></body></html>`
}
