/**
 * Site chrome: the lines a select-all paste (or a page's own markup) carries
 * besides the article — menus, share buttons, ad labels, links to other
 * stories, newsletter boxes, comment threads, footers. A data table, so a new
 * site's habit is one row here rather than an `if` in the reader.
 *
 * Each rule matches a whole line (trimmed, case-insensitive) and says what
 * the line means for the text around it:
 * - `line`: drop this line only.
 * - `label`: a heading for links to other stories set into the page ("Read
 *   more"); drop it and the link headlines under it, up to the next paragraph.
 * - `end`: the article is over (comments, "Most read", tags). Nothing after
 *   it is article text, and no body runs across it.
 * - `box-open` / `box-close`: a newsletter or sign-up box; drop from the
 *   opener to its button or small print when they are a few lines apart.
 * - `box-fineprint`: small print that closes such a box ("...see our privacy
 *   policy"); dropped only inside a box, since an article may discuss privacy.
 */

export type ChromeKind = 'line' | 'label' | 'end' | 'box-open' | 'box-close' | 'box-fineprint'

export interface ChromeRule {
  kind: ChromeKind
  pattern: RegExp
  /** Where lines like this come from. */
  source: string
}

/* Buttons of the share bar, which paste as their labels, one per line or run together. */
const SOCIAL_NETWORKS = [
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'email', 'e-mail', 'mail', 'print', 'reddit',
  'pinterest', 'telegram', 'messenger', 'wechat', 'weibo', 'line', 'flipboard', 'bluesky', 'threads',
  'mastodon', 'copy link', 'copy url', 'copy', 'sms',
]
const SOCIAL = SOCIAL_NETWORKS.join('|')

/* Language switchers list each edition in its own language. */
const LANGUAGES = [
  'english', 'français', 'español', 'deutsch', 'italiano', 'português', 'русский', 'українська',
  '中文', '简体中文', '繁體中文', 'العربية', '日本語', '한국어', 'türkçe', 'polski', 'हिन्दी',
].join('|')

export const CHROME_RULES: readonly ChromeRule[] = [
  // Share bars and reading tools: buttons above or below the headline on nearly every news site.
  { kind: 'line', pattern: /^share(\s*([-–—:|·]|\b(on|via|this|the|article|story|page|link|to)\b).{0,40})?$/i, source: 'share buttons' },
  { kind: 'line', pattern: new RegExp(`^((${SOCIAL})\\s*[|·•/,]?\\s*)+$`, 'i'), source: 'share buttons pasted as their network names' },
  { kind: 'line', pattern: /^\d+\s+(shares?|likes?|replies|reactions)$/i, source: 'share and reaction counters' },
  { kind: 'line', pattern: /^(save|save article|save for later|saved|bookmark|gift( this)? article|listen|listen to (this )?(article|story)\b.{0,30}|print( this (article|page))?|font size|text size|(a\s*){2,3}|zoom|reading mode|comment|reply|like|report|flag|follow)$/i, source: 'reading tools and comment buttons' },
  { kind: 'line', pattern: /^(reading time:?\s*)?\d+\s*(min|mins|minute|minutes)( read)?$/i, source: 'reading-time badges' },
  { kind: 'line', pattern: /^((updated|published|posted)\s*:?\s*)?(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i, source: 'relative timestamps, which state no date' },

  // Advertising: labels where an ad slot was, on commercial sites.
  { kind: 'line', pattern: /^(advertisement|advertisements|advertising|ad|ads|sponsored|promoted|promotion|paid content)$/i, source: 'ad slot labels' },
  { kind: 'line', pattern: /^((story|article|content|text) continues (below|after)( (this|the))?( advertisement| ad)?|continue reading( (the )?main story| below)?|skip (advertisement|ad)|scroll (down )?to continue( with content| reading)?|ad feedback|remove ads?)$/i, source: 'ad breaks inside the body' },

  // Newsletter and sign-up boxes set into or under the body. Before the menus:
  // "Subscribe" alone is a box's button as often as a menu item, and is dropped either way.
  { kind: 'box-open', pattern: /^(sign up|subscribe|register)\b.{0,80}\b(newsletters?|briefings?|bulletins?|digests?|emails?|inbox|updates|alerts)\b.{0,40}$/i, source: 'newsletter boxes' },
  { kind: 'box-open', pattern: /^(get|receive) (our|the) .{0,60}\b(newsletters?|briefings?|bulletins?|digests?)\b.{0,40}$/i, source: 'newsletter boxes' },
  // A newsletter's own name as the box heading ("Free weekly newsletter"); a bare "Newsletters" is a menu link.
  { kind: 'box-open', pattern: /^(skip (past )?newsletter( promotion)?|\S+( \S+){1,8} newsletters?)$/i, source: 'newsletter boxes' },
  { kind: 'line', pattern: /^(enter )?(your )?(email|e-mail)( address)?( here)?$/i, source: 'newsletter box fields' },
  { kind: 'box-close', pattern: /^(sign up|subscribe|submit|sign me up|join|get it|go)( now| for free| free| here)?!?$/i, source: 'newsletter box buttons' },
  { kind: 'box-close', pattern: /^(by (signing up|subscribing|clicking|entering your email|submitting)\b|(thank you|thanks) for (signing up|subscribing)|after newsletter promotion$)/i, source: 'newsletter box small print' },

  // Navigation and site header.
  { kind: 'line', pattern: /^skip to (the )?(main )?(content|navigation|search|footer|article)$/i, source: 'accessibility skip links' },
  { kind: 'line', pattern: /^(menu|main menu|open menu|close menu|close|search|search site|toggle navigation|navigation|home|homepage|sections|all sections|more|log ?in|sign ?in|sign ?out|log ?out|register|my account|account|subscribe today|try for free|donate|support us|edition|global edition|international edition|change edition)$/i, source: 'site header and menus' },
  { kind: 'line', pattern: new RegExp(`^(${LANGUAGES})$`, 'i'), source: 'language and edition switchers' },
  { kind: 'line', pattern: /^(back to (the )?top|top|to top|scroll to top|return to top)$/i, source: 'back-to-top links' },
  { kind: 'line', pattern: /^(follow us( on \S.{0,30})?|connect with us|contact( us)?|about( us)?|careers|privacy( policy)?|cookie (policy|settings|preferences)|manage cookies|terms( of (use|service))?|terms (and|&) conditions|accessibility|site ?map|rss|help|faq|corrections|archives?|newsletters?|advertise( with us)?|do not sell my (personal )?info(rmation)?)$/i, source: 'site footer links' },
  { kind: 'line', pattern: /^(view image in fullscreen|enlarge this image|expand( image)?|open image( in gallery)?|image|photo|video|play video|watch video|click to enlarge|hide caption|show caption|toggle caption|caption)$/i, source: 'image and video controls' },
  { kind: 'line', pattern: /^click here\b/i, source: 'calls to action linking elsewhere' },
  { kind: 'line', pattern: /^(analysis|opinion|explainer|exclusive|breaking( news)?|live|updated|new|interview|feature|news)$/i, source: 'kicker labels set above a headline' },

  // Copyright and legal footer.
  { kind: 'line', pattern: /^(copyright\b|©|\(c\)\s)/i, source: 'copyright footers' },
  { kind: 'line', pattern: /\ball rights reserved\b/i, source: 'copyright footers' },
  { kind: 'line', pattern: /^(licen[cs]e|registration|registered|company|icp|reg\.?)\b.{0,60}\d{4,}/i, source: 'licence and registration numbers some countries require in site footers' },

  // Links to other stories set into the body: a label and a headline on one line...
  { kind: 'line', pattern: /^(read more|read also|also read|read next|related|related (story|article|coverage)|see also|more on this( story)?|watch|listen|recommended|trending|more)\s*[:|»›>–—-]\s*\S/i, source: 'cross-links set into the body' },
  // A box's label in capitals run into its headlines, one block in the markup: "DON'T MISS Headline [TAG] Headline".
  { kind: 'line', pattern: /^(DON[’']?T MISS|MUST READ|READ (MORE|ALSO|NEXT)|SEE ALSO|RELATED( (STORIES|ARTICLES|NEWS|CONTENT))?|RECOMMENDED|TRENDING|MORE (FROM|ON)\b.{0,30})\s+\S/, source: 'cross-link boxes whose label and headlines paste as one line' },
  // ...or a label on its own line with the headlines under it.
  { kind: 'label', pattern: /^(read more|read also|also read|read next|related|related (stories|articles|content|coverage|links|news|reading)|see also|more on this( story| topic)?|further reading)\s*:?$/i, source: 'cross-link boxes set into the body' },

  // The article is over: comment threads (news sites, blogs).
  { kind: 'end', pattern: /^(\d+\s+)?comments?(\s*\(\d+\))?$/i, source: 'comment section headings' },
  { kind: 'end', pattern: /^(show|view|load|read|see|hide|open) (all )?(\d+ )?comments?$/i, source: 'comment section buttons' },
  { kind: 'end', pattern: /^((join|start) the (conversation|discussion|debate)|(leave|add|post|write) a (comment|reply|response)|comments are (closed|open)\b.{0,40}|what do you think\??|have your say)$/i, source: 'comment section invitations' },
  { kind: 'end', pattern: /^\d+ (responses?|replies|thoughts?) (to|on)\b.{0,150}$/i, source: 'blog comment headings ("3 thoughts on ...")' },
  // The article is over: rails and lists of other stories.
  { kind: 'end', pattern: /^most (viewed|read|popular|shared|emailed|commented|watched)( (today|this week|now|stories|articles|news))?$/i, source: 'popular-story lists' },
  { kind: 'end', pattern: /^editor'?s'? (picks?|choice|selection|recommendations?)$/i, source: 'curated-story lists' },
  { kind: 'end', pattern: /^((today'?s |the )?top (news|stories|headlines)|(latest|other|recent|popular|trending|related) (news|stories|articles|posts|headlines|videos)|more (news|stories|articles|videos)|trending now|latest)$/i, source: 'story lists after the article' },
  { kind: 'end', pattern: /^more (from|in|on|about) [^.!?]{1,40}$/i, source: 'section rails ("More from Europe")' },
  { kind: 'end', pattern: /^((you may|you might|we think you('ll| will)) (also )?(like|enjoy|be interested in)|recommended( for you| stories| articles| reading)?|more for you|don'?t miss|must reads?|in case you missed it|what to read next|up next)$/i, source: 'recommendation widgets' },
  { kind: 'end', pattern: /^((sponsored|promoted) (content|stories|links|posts)|around the web|from (our|the) partners|partner content)$/i, source: 'sponsored-link widgets' },
  { kind: 'end', pattern: /^(topics|tags|filed under|categories|related topics|explore more on (these|this) topics?)\s*(:.{0,200})?$/i, source: 'tag lists under the article' },

  // Last, so that a footer's lone "Privacy policy" link is a footer link, not small print.
  { kind: 'box-fineprint', pattern: /\b(privacy (policy|notice|statement)|terms of (service|use))\b/i, source: 'newsletter box small print' },
]

/* Toolbars paste several controls onto one line: "Advertisement · Scroll to continue". */
const TOOLBAR_SEPARATOR = /\s+[·|•]\s+/

/**
 * The first chrome rule a line matches, if any. A line of several parts
 * joined by a bar, dot or bullet is chrome when every part is a `line` rule.
 */
export function chromeRuleFor(line: string): ChromeRule | undefined {
  const normalised = line.trim().replace(/\s+/g, ' ')
  const whole = ruleFor(normalised)
  if (whole !== undefined) return whole
  const parts = normalised.split(TOOLBAR_SEPARATOR)
  if (parts.length < 2) return undefined
  const rules = parts.map(ruleFor)
  return rules.every((rule) => rule?.kind === 'line') ? rules[0] : undefined
}

function ruleFor(text: string): ChromeRule | undefined {
  return CHROME_RULES.find((rule) => rule.pattern.test(text))
}
