/**
 * The words that make a dated phrase an event a reader would put on a
 * timeline. Read by `events.ts` against the tagger's lemma (so "met",
 * "meeting" and "meets" all count) or, for words the tagger does not verb
 * ("striking" comes out an adjective), against the lower-cased form.
 *
 * Sources: the vocabulary of wire copy on diplomacy, collective bargaining,
 * courts and ceasefires (AP and Reuters style), and reading-gaps D5, D8, G5.
 * Each entry's example is invented.
 */

/**
 * Verbs whose happening is an event: "Negotiators met in Tallow on Monday",
 * "Crews walked off the job on Friday", "The court sentenced him on May 3",
 * "Seven fishermen were handed back on Saturday", "Rebels seized the depot on
 * Sunday", "The board rejected the bid on Tuesday", "The port owes $40 million
 * on July 1".
 */
export const EVENT_VERB_LEMMAS = [
  // Meetings and talks.
  'meet', 'convene', 'gather', 'resume', 'hold', 'host', 'visit', 'brief', 'negotiate', 'adjourn', 'reconvene',
  // Votes, strikes and protests.
  'vote', 'elect', 'strike', 'walk', 'rally', 'march', 'protest', 'picket', 'boycott',
  // Agreements, offers and their answers.
  'sign', 'agree', 'clinch', 'ratify', 'approve', 'reject', 'accept', 'offer', 'propose', 'bid', 'sue', 'file',
  'demand', 'block', 'veto', 'pass', 'adopt', 'impose', 'lift', 'suspend', 'postpone', 'extend', 'expire',
  // Releases, hand-overs and measures that take effect.
  'release', 'free', 'hand', 'return', 'deliver', 'restore', 'reopen', 'open', 'close', 'launch', 'begin', 'start',
  'end', 'collapse', 'publish', 'issue', 'unveil', 'load',
  // Payments and debts: "The port owes $40 million on July 1", "The city defaulted on Monday".
  'owe', 'pay', 'repay', 'default',
  // Courts.
  'plead', 'sentence', 'convict', 'charge', 'arrest', 'testify', 'rule', 'indict',
  // Conflict.
  'attack', 'seize', 'storm', 'shell', 'bomb', 'raid', 'invade', 'fire', 'kill', 'test',
  // Contests and records outside the genre ("beat the visitors on Friday", "recorded a plume on April 26").
  'beat', 'win', 'play', 'record', 'honour', 'honor',
]

/**
 * Verbs that report speech: a date they govern dates the saying ("said on
 * Thursday that drivers would return"), a past statement, not the future
 * it reports. "The ministry said on Monday …", "The union announced on Friday …".
 */
export const STATEMENT_VERB_LEMMAS = [
  'say', 'tell', 'announce', 'state', 'declare', 'confirm', 'deny', 'tweet', 'post', 'write', 'warn', 'accuse',
  'acknowledge', 'insist', 'urge', 'vow', 'pledge', 'threaten', 'reveal', 'disclose', 'report', 'call',
]

/**
 * Verbs that give or withhold a thing: with a thing and the one it goes to
 * ("The port denied berths to the trawlers on Friday", "The court granted
 * bail to the skipper on May 3") they tell an act, not a saying, even where
 * the verb also reports speech ("denied the report on Friday").
 */
export const GIVING_VERB_LEMMAS = ['deny', 'refuse', 'grant']

/**
 * Nouns that name an event: "talks on January 9", "Sunday's regional
 * elections", "the May 27 deadline", "a video call on Saturday", "the
 * sentencing on June 2", "the hand-over on Friday".
 */
export const EVENT_NOUNS = [
  'talk', 'talks', 'meeting', 'council', 'summit', 'session', 'round', 'negotiation', 'negotiations', 'conference',
  'vote', 'ballot', 'poll', 'polls', 'election', 'elections', 'referendum', 'strike', 'strikes', 'walkout', 'stoppage',
  'rally', 'protest', 'march', 'deadline', 'hearing', 'trial', 'sentencing', 'visit', 'call', 'ceasefire', 'truce',
  'dialogue', 'consultations', 'forum', 'assembly', 'deal', 'agreement', 'ultimatum', 'mediation', 'signing',
  'release', 'handover', 'hand-over', 'levy', 'ban', 'moratorium', 'payment', 'recess', 'letter', 'statement',
  'address', 'speech', 'announcement', 'filing', 'lawsuit', 'resolution', 'offer', 'bid', 'proposal',
  'shelling', 'pause', 'attack', 'attacks', 'clash', 'clashes', 'incident', 'offensive', 'bombing', 'raid',
  'reopening', 'opening', 'closure', 'launch', 'final', 'game', 'match', 'awards', 'ceremony', 'test', 'plea',
  'extension', 'rematch', 'encounter', 'briefing', 'victory', 'defeat',
]

/**
 * Words for one kind of happening: two events of one day and place whose
 * labels hold words of one family are two mentions of one happening ("the
 * talks collapsed on Monday", "the meeting on Monday was tense"; "gunmen
 * opened fire on Friday", "the attackers stormed the depot on Friday",
 * "Friday's attack"). Read against lemmas.
 */
export const HAPPENING_FAMILIES: Record<string, string[]> = {
  talks: ['talk', 'talks', 'meet', 'meeting', 'session', 'round', 'negotiate', 'negotiation', 'negotiations', 'council', 'summit', 'convene', 'reconvene', 'conference', 'dialogue', 'consultations'],
  violence: ['attack', 'attacks', 'attacker', 'assault', 'fire', 'storm', 'shell', 'shelling', 'bomb', 'bombing', 'raid', 'kill', 'killing', 'siege', 'clash', 'clashes', 'offensive', 'gunman', 'gunmen', 'shoot', 'shooting'],
  votes: ['vote', 'voting', 'ballot', 'poll', 'polls', 'election', 'elections', 'referendum', 'elect'],
  strikes: ['strike', 'strikes', 'striking', 'walkout', 'stoppage', 'picket'],
}

/** Forms the tagger does not verb, read as the event they name: "Crews were striking on Monday". */
export const EVENT_FORMS = ['striking', 'walking', 'voting', 'rallying', 'protesting', 'marching', 'meeting']

/**
 * Nouns whose date is not an event: a newspaper's edition or issue
 * ("Friday's edition of the Evening Courier called it a farce"), a
 * price or an index ("Monday's close"), a period of time.
 */
export const NON_EVENT_NOUNS = [
  'edition', 'issue', 'newspaper', 'paper', 'column', 'editorial', 'broadcast', 'episode', 'programme', 'show',
  'price', 'prices', 'close', 'closing', 'shares', 'index', 'trading', 'weather',
]

/** Parts of a day that belong to the date phrase before them ("on Tuesday night", "Monday morning's vote"). */
export const DAY_PARTS = ['night', 'morning', 'evening', 'afternoon', 'noon', 'midnight']

/**
 * Verbs that say an event did not happen or will not: what they govern is
 * taken off the timeline ("The walkout set for Monday was called off").
 */
export const CALLED_OFF = ['cancel', 'scrap', 'avert', 'abandon', 'drop']

/**
 * Words that, with "to", make a verb look forward even in the past tense:
 * "The vote was scheduled to take place on Friday" (that Friday is still to
 * come when the article is dated Friday), "The crews are poised to walk out".
 */
export const FORWARD_LINKS = ['scheduled', 'due', 'set', 'poised', 'expected', 'slated', 'planned', 'going', 'about', 'ready']
