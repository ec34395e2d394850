/**
 * Verb frames: what a clause's predicate says its subject does about the
 * other side. A clause is a position only when its subject is a side (or
 * speaks for one) and its verb group matches a frame here; `positions.ts`
 * finds the subject, this table says what the predicate marks.
 *
 * Frames are read from the document model: a verb group's lemma, whether it
 * is negated, its tense, and the words right after its head (a particle such
 * as "aside" or "for"). Each entry carries an example of our own.
 *
 * Sources: the offer, condition, refusal and threat verbs of collective-
 * bargaining, takeover and diplomatic wire copy (AP and Reuters style), and
 * the patterns of `../shared/examples/reading-gaps.md` (D1, D2, D6) written
 * again as grammar rather than as phrases.
 */

/** What a predicate marks: the first three are demands, the rest rejections. */
export type FrameMark = 'want' | 'offer' | 'condition' | 'refuse' | 'dismiss' | 'threaten'

export const DEMAND_MARKS: readonly FrameMark[] = ['want', 'offer', 'condition']

export interface VerbFrame {
  /** The verb group's head lemma. */
  lemma: string
  marks: FrameMark
  /** A word that must follow the head within a few words of its clause ("brush … aside", "call for"). */
  particle?: readonly string[]
  /** Only when the group is negated (true) or only when it is not (false); either when absent. */
  negated?: boolean
  /** Only with a modal ("could accept", "would consider"): a conditional offer, not a fact. */
  modal?: boolean
  /** Not when the particle is followed by one of these ("declined to comment" is no refusal). */
  notBefore?: readonly string[]
  /** Not when one of these nouns is the verb's object, within its next four words: "offered new details" gives information, it offers nothing. */
  notObject?: readonly string[]
  /** Only when the subject is one of the sides itself: "the law requires" is no demand, "Orlen Mills would require" is. */
  sideSubject?: boolean
  /** Only when "that" or a modal complement follows: "insisted on", "insisted that X must" but not "insisted that X was". */
  needsDirective?: boolean
  example: string
}

/**
 * What a filing, a report or a spokesman "offers" when it offers no deal:
 * "the filing offered new details", "offered little explanation", "offered
 * condolences".
 */
const INFORMATION_NOUNS: readonly string[] = [
  'detail', 'information', 'evidence', 'insight', 'glimpse', 'clue', 'explanation', 'account', 'comment', 'condolence',
  'hint', 'picture', 'view', 'assessment', 'analysis', 'figure', 'estimate', 'update', 'example',
]

export const VERB_FRAMES: readonly VerbFrame[] = [
  // ── Wants and demands ──
  { lemma: 'want', marks: 'want', negated: false, example: 'The ferry crews want a shorter rota.' },
  { lemma: 'need', marks: 'want', negated: false, sideSubject: true, example: '"We need the cap in writing," the guild\'s chair said.' },
  { lemma: 'seek', marks: 'want', example: 'Orlen Mills is seeking a higher tariff.' },
  { lemma: 'demand', marks: 'want', example: 'The growers demanded a fixed price.' },
  { lemma: 'insist', marks: 'want', needsDirective: true, example: 'The council insisted on a public tender.' },
  { lemma: 'call', marks: 'want', particle: ['for', 'on'], example: 'The guild called for a new ballot.' },
  { lemma: 'press', marks: 'want', particle: ['for'], example: 'Ministers pressed for an early vote.' },
  { lemma: 'push', marks: 'want', particle: ['for'], example: 'The tenants pushed for a rent freeze.' },
  { lemma: 'ask', marks: 'want', particle: ['for', 'to'], example: 'The carriers asked for more landing slots.' },
  { lemma: 'urge', marks: 'want', example: 'The board urged shareholders to hold their shares.' },
  { lemma: 'require', marks: 'want', sideSubject: true, example: 'Orlen Mills would require a fixed tariff for ten years.' },
  { lemma: 'request', marks: 'want', example: 'The envoy requested a second round.' },
  { lemma: 'pressure', marks: 'want', example: 'The bloc has been pressuring the port to cut fees.' },
  // Pleas, the urgent form of "urge": "pleaded with the board to wait", "we implore you to reopen the depot".
  { lemma: 'plead', marks: 'want', particle: ['with', 'for'], example: 'The growers pleaded with the ministry to lift the quota.' },
  { lemma: 'implore', marks: 'want', example: '"We implore you to reopen the depot," the drivers wrote.' },
  { lemma: 'beg', marks: 'want', particle: ['to', 'for'], example: 'The tenants begged the council for more time.' },
  // ── Offers, bids, proposals and assurances ──
  { lemma: 'offer', marks: 'offer', negated: false, notObject: INFORMATION_NOUNS, example: 'The pilots offered to phase the cap in over two years.' },
  { lemma: 'propose', marks: 'offer', negated: false, example: 'Dalvik Freight proposed a two-tier wage.' },
  { lemma: 'bid', marks: 'offer', example: 'Quarrow Group bid 40 crowns a share.' },
  { lemma: 'raise', marks: 'offer', particle: ['bid', 'offer'], example: 'The bidder raised its bid on Monday.' },
  { lemma: 'promise', marks: 'offer', example: 'The ministry promised to review the quota.' },
  { lemma: 'pledge', marks: 'offer', example: 'The operator pledged to keep every depot open.' },
  { lemma: 'plan', marks: 'offer', negated: false, example: 'The company plans to invest in new cranes.' },
  { lemma: 'intend', marks: 'offer', negated: false, example: 'The union intends to keep talking.' },
  // ── Conditions: an offer that holds only if ("could accept … as long as") ──
  { lemma: 'accept', marks: 'condition', negated: false, modal: true, example: 'The guild could accept a longer week as long as the bonus returns.' },
  { lemma: 'consider', marks: 'condition', negated: false, modal: true, example: 'The authority would consider a pilot scheme if staff agreed.' },
  { lemma: 'drop', marks: 'condition', negated: false, modal: true, example: 'The drivers would drop the claim in exchange for a pension top-up.' },
  // ── Refusals ──
  { lemma: 'reject', marks: 'refuse', example: 'The board rejected the offer on Friday.' },
  { lemma: 'refuse', marks: 'refuse', example: 'The airline refused to reopen the talks.' },
  { lemma: 'decline', marks: 'refuse', particle: ['to', 'offer', 'bid', 'proposal', 'invitation'], notBefore: ['comment', 'elaborate', 'say', 'give', 'confirm', 'disclose', 'discuss', 'specify', 'identify', 'provide', 'be'], example: 'The province declined to raise the tariff.' },
  { lemma: 'oppose', marks: 'refuse', example: 'The ministry opposes any change to the quota.' },
  { lemma: 'rule', marks: 'refuse', particle: ['out'], example: 'The employer ruled out a second raise.' },
  { lemma: 'turn', marks: 'refuse', particle: ['down'], example: 'The owners turned down the union\'s figure.' },
  { lemma: 'veto', marks: 'refuse', example: 'The treasury vetoed the plan.' },
  { lemma: 'rebuff', marks: 'refuse', example: 'The firm rebuffed the approach.' },
  { lemma: 'spurn', marks: 'refuse', example: 'Its board spurned the bid.' },
  { lemma: 'resist', marks: 'refuse', example: 'The hospitals resisted the ratio.' },
  { lemma: 'deny', marks: 'refuse', example: 'The ministry denied that it had moved troops.' },
  { lemma: 'counter', marks: 'refuse', example: 'The authority countered that the figures were wrong.' },
  // Refusals of wire copy that are not a single verb: "stopped short of backing the cap", "repudiating that order".
  { lemma: 'stop', marks: 'refuse', particle: ['short'], example: 'The ministry stopped short of endorsing the cap.' },
  { lemma: 'repudiate', marks: 'refuse', example: 'The carrier repudiated the interim deal.' },
  { lemma: 'disavow', marks: 'refuse', example: 'The federation disavowed the leaked proposal.' },
  { lemma: 'balk', marks: 'refuse', particle: ['at'], example: 'The growers balked at the new quota.' },
  { lemma: 'snub', marks: 'refuse', example: 'The delegation snubbed the invitation to a second round.' },
  { lemma: 'boycott', marks: 'refuse', example: 'The crews boycotted the arbitration hearing.' },
  // A claim a side holds against the other's: "argues that the cuts are needed", "maintains that it broke no rule".
  // ("insisted that the canal was low" stays a claim of fact: test/unit/stance-gaps.test.ts.)
  { lemma: 'argue', marks: 'refuse', particle: ['that'], example: 'The guild argues that the new rota breaks the contract.' },
  { lemma: 'contend', marks: 'refuse', particle: ['that'], example: 'The ministry contends that the quota was never agreed.' },
  { lemma: 'maintain', marks: 'refuse', particle: ['that'], example: 'The firm maintains that it paid every invoice.' },
  // ── Dismissals ──
  { lemma: 'dismiss', marks: 'dismiss', example: 'The operator dismissed the claim as a stunt.' },
  { lemma: 'brush', marks: 'dismiss', particle: ['aside', 'off'], example: 'The firm brushed the figures aside as a fairy tale.' },
  { lemma: 'scoff', marks: 'dismiss', example: 'The minister scoffed at the proposal.' },
  { lemma: 'criticise', marks: 'dismiss', example: 'The union criticised the plan.' },
  { lemma: 'criticize', marks: 'dismiss', example: 'The union criticized the plan.' },
  { lemma: 'condemn', marks: 'dismiss', example: 'The government condemned the seizure.' },
  { lemma: 'denounce', marks: 'dismiss', example: 'The league denounced the ruling.' },
  { lemma: 'accuse', marks: 'dismiss', example: 'The ministry accused the rebels of stalling.' },
  { lemma: 'blame', marks: 'dismiss', example: 'The company blamed the union for the delays.' },
  { lemma: 'slam', marks: 'dismiss', example: 'The mayor slammed the offer.' },
  { lemma: 'lash', marks: 'dismiss', particle: ['out'], example: 'The spokeswoman lashed out at the reports.' },
  { lemma: 'chastise', marks: 'dismiss', example: 'The opposition chastised the cabinet for its delay.' },
  { lemma: 'attack', marks: 'dismiss', particle: ['plan', 'proposal', 'offer', 'bid', 'decision', 'move'], example: 'The guild attacked the plan as reckless.' },
  { lemma: 'challenge', marks: 'dismiss', example: 'The carrier challenged the regulator\'s figures.' },
  // ── Warnings and threats ──
  { lemma: 'warn', marks: 'threaten', example: 'The drivers warned of a longer strike.' },
  { lemma: 'threaten', marks: 'threaten', example: 'The owners threatened to close the yard.' },
  { lemma: 'retaliate', marks: 'threaten', example: 'The ministry said it would retaliate.' },
  { lemma: 'vow', marks: 'threaten', example: 'The caucus vowed to block any nominee.' },
]

/**
 * Verbs that state a refusal when negated by a side: "will not accept",
 * "cannot afford", "does not support". A negated verb outside this table is
 * a refusal only in the future or a modal ("We will not be rushed").
 */
export const REFUSABLE_LEMMAS: readonly string[] = [
  'accept', 'agree', 'allow', 'support', 'back', 'budge', 'give', 'sign', 'tolerate', 'afford', 'negotiate', 'permit',
  'approve', 'recognise', 'recognize', 'compromise', 'yield', 'retreat', 'withdraw', 'happen', 'pay', 'return',
  'consider', 'engage', 'carry', 'bow', 'cave', 'surrender', 'concede', 'need', 'want', 'stand', 'move',
]

/** Auxiliaries of obligation: a side's "must" or "should" is a demand on the other ("The port must cut its fees"). */
export const DIRECTIVE_MODALS: readonly string[] = ['must', 'should']

/**
 * Adjectives that frame an offer or a readiness to act: "is willing to drop
 * the claim", "stood ready to cover a break fee", "is determined to".
 */
export const OFFER_ADJECTIVES: readonly string[] = ['willing', 'ready', 'prepared', 'determined', 'intent', 'eager', 'keen', 'bent']

/** Verbs that make readiness a refusal: "is determined to fight the cuts", "stands ready to block the bill". */
export const OPPOSING_VERBS: readonly string[] = ['fight', 'resist', 'oppose', 'block', 'reject', 'defeat', 'challenge', 'contest']

/** Those of them that also take "on" and a gerund: "is intent on hammering out a deal", "is bent on closing the yard". */
export const READINESS_ON_ADJECTIVES: readonly string[] = ['intent', 'bent', 'keen']

/**
 * Words that, inside a side's own words, dismiss the other's position: "the
 * figures are a fantasy", "that would be irresponsible", "it is a nonstarter".
 * Matched on lower-cased tokens and on lemmas.
 */
export const DISMISSAL_WORDS: readonly string[] = [
  'nonstarter', 'non-starter', 'unacceptable', 'unrealistic', 'unaffordable', 'fantasy', 'fairy', 'absurd',
  'ridiculous', 'illogical', 'irresponsible', 'baseless', 'nonsense', 'unworkable', 'unfounded', 'groundless',
  'false', 'outrageous', 'insult', 'insulting', 'unreasonable', 'feasible', 'untrue', 'misleading', 'lies',
  'propaganda', 'provocation', 'hypocrisy', 'ultimatum',
  // Judgements of the other side's claim or act: "that comparison is improper", "a significant overstatement",
  // "it is regrettable that they called a strike", "a scare tactic", "the report is nonexistent".
  'improper', 'unconscionable', 'regrettable', 'nonexistent', 'non-existent', 'overstatement', 'unwarranted',
  'unjustified', 'premature', 'disappointed', 'disappointing', 'tactic', 'tactics', 'stunt', 'ploy',
  'exaggeration', 'distortion', 'reckless', 'shameful', 'disgraceful',
  // Verbs of smearing, matched on the lemma: "they vilified the nurses", "so they can demonize us".
  'vilify', 'demonize', 'demonise', 'smear',
]

/**
 * Runs of words that dismiss a claim or a demand in a side's own words:
 * "there is no reason for a class action", "the argument has no legs",
 * "there is no way these staff can replace us".
 */
export const DISMISSAL_PHRASES: readonly string[][] = [
  ['no', 'reason'], ['no', 'way'], ['no', 'legs'], ['no', 'basis'], ['no', 'merit'], ['no', 'evidence'], ['no', 'grounds'],
  ['no', 'justification'],
]

/** Conjunctions that make an offer conditional: "as long as", "in exchange for", "provided that". */
export const CONDITION_LINKS: readonly string[][] = [
  ['as', 'long', 'as'], ['in', 'exchange', 'for'], ['in', 'return', 'for'], ['provided', 'that'], ['on', 'condition', 'that'],
  ['so', 'long', 'as'], ['only', 'if'],
]

/**
 * Nouns by which a speaker's reported words refer to the speaker's own side:
 * "the minister said the government wants …", "she said the company would
 * not budge". In a side's reported speech they stand for that side.
 */
export const SELF_REFERENCES: readonly string[] = [
  'government', 'country', 'ministry', 'administration', 'delegation', 'company', 'firm', 'union', 'guild', 'group',
  'side', 'bloc', 'board', 'management', 'authority', 'association', 'federation', 'kingdom', 'republic', 'state', 'nation',
]

/**
 * Frame verbs the tagger may read as plural nouns right after a name
 * ("Kestria demands the withdrawal …"): read as the verb when a name stands
 * before them and a determiner, "that" or a number after.
 */
export const NOUN_TAGGED_VERBS: readonly string[] = ['demands', 'wants', 'seeks', 'rejects', 'refuses', 'offers', 'proposes', 'warns', 'threatens', 'insists', 'calls', 'dismisses']

/**
 * Nouns for a side's words that a participle right after them gives the
 * content of: "released a statement condemning the raid", "a letter urging
 * the board to wait". Other nouns a participle follows are only described by
 * it ("lawsuits seeking damages").
 */
export const SPEECH_NOUNS: readonly string[] = ['statement', 'letter', 'message', 'email', 'tweet', 'note', 'memo', 'petition', 'motion', 'resolution', 'filing', 'ultimatum', 'appeal']

/**
 * Words that open a clause hanging on the main one: a stance inside it is
 * background to what the sentence says, and the main clause decides first.
 * "The firm vilifies our drivers every time they ask for a raise" is the
 * firm's smear, not a demand; "what the ministry is demanding amounts to a
 * tax" judges the demand; "no matter how much the board wants a sale, we will
 * not sell" is the refusal. ("every time", "each time" are matched as pairs.)
 */
export const SUBORDINATING_WORDS: readonly string[] = [
  'when', 'whenever', 'if', 'unless', 'because', 'once', 'while', 'as', 'what', 'how',
]
/**
 * Subordinating words that are also prepositions ("after talks on Monday the union
 * demanded …"): they open a clause only right before its subject ("after the
 * board rejected the bid").
 */
export const PREPOSITIONAL_SUBORDINATING_WORDS: readonly string[] = ['after', 'before', 'since', 'until']
/** Determiners that make "time" a subordinating word: "every time", "each time", "any time", "the next time". */
export const TIME_SUBORDINATING_DETERMINERS: readonly string[] = ['every', 'each', 'any', 'next']

/**
 * Heads of bodies that rule on a dispute from outside it: when one of them is
 * the subject, "rejected the appeal", "denied port access", "seeking to
 * tighten sanctions" report a ruling, the situation, not a side's stance.
 * Matched as words of a subject that names neither side.
 */
export const RULING_BODY_WORDS: readonly string[] = ['court', 'judge', 'justices', 'tribunal', 'jury', 'arbitrator', 'arbitrators', 'council']


/**
 * Head nouns of a subject that names people or a body able to hold a stance:
 * "the doctors pleaded with the ministry", "the group is seeking an
 * injunction", "the company flatly denied the claims". A stance held by such
 * a phrase counts even where the article's two sides were not found or the
 * phrase names neither; one held by any other bare phrase ("the deadline",
 * "the figures") does not. Read on the lemma of the phrase's head noun. From
 * the subjects of collective-bargaining, protest and corporate wire copy.
 */
export const GROUP_HEADS: readonly string[] = [
  // Bodies
  'group', 'company', 'firm', 'union', 'guild', 'association', 'federation', 'government', 'ministry', 'department',
  'administration', 'agency', 'board', 'management', 'committee', 'coalition', 'alliance', 'campaign', 'organisation',
  'organization', 'employer', 'operator', 'carrier', 'airline', 'bank', 'bidder', 'owner', 'team', 'camp', 'side',
  // People in the plural, who act together
  'doctor', 'physician', 'nurse', 'teacher', 'worker', 'employee', 'staff', 'member', 'pilot', 'driver', 'crew',
  'protester', 'activist', 'demonstrator', 'holdout', 'occupier', 'resident', 'tenant', 'farmer', 'grower',
  'creditor', 'bondholder', 'shareholder', 'lawmaker', 'legislator', 'senator', 'official', 'leader', 'executive',
  'negotiator', 'rebel', 'militant', 'insurgent', 'striker', 'parent', 'student', 'academic', 'lecturer',
]

/**
 * Head nouns of an instrument, not an actor: what a law, an order or a deal
 * "requires", "asks" or "proposes" is its content, not anyone's stance ("the
 * order asks the firm to unlock the files", "the bill proposes a cap"). A
 * side's words in writing (a statement, a letter) stay its voice: those are
 * SPEECH_NOUNS, not listed here.
 */
export const INSTRUMENT_HEADS: readonly string[] = [
  'order', 'law', 'bill', 'act', 'rule', 'regulation', 'agreement', 'deal', 'contract', 'treaty', 'accord', 'budget',
  'measure', 'ruling', 'decree', 'constitution', 'legislation', 'provision', 'clause', 'amendment', 'statute', 'warrant',
]

/**
 * Nouns that name a stance, which a possessor makes someone's: "its intent to
 * talk", "our goal remains to settle", "his warnings to the envoy", "the
 * board's refusal". A story often reports a position this way, with no frame
 * verb. Read only with a possessive before the noun (a pronoun or a name's
 * "'s"), and only in a sentence no frame verb decides. Matched on the lemma.
 */
export const STANCE_NOUNS: ReadonlyArray<{ noun: string; mark: FrameMark; after?: readonly string[]; example: string }> = [
  { noun: 'intent', mark: 'offer', after: ['to'], example: 'The ministry has been expressing its intent to talk at any time.' },
  { noun: 'intention', mark: 'offer', after: ['to'], example: 'The carrier repeated its intention to keep every route.' },
  { noun: 'willingness', mark: 'offer', after: ['to'], example: 'The guild signalled its willingness to resume talks.' },
  { noun: 'readiness', mark: 'offer', after: ['to'], example: 'Ostmark stressed its readiness to talk.' },
  { noun: 'wish', mark: 'want', after: ['to', 'for'], example: 'The envoy declared his wish for a settlement before spring.' },
  { noun: 'desire', mark: 'want', after: ['to', 'for'], example: 'The tenants made plain their desire for a rent freeze.' },
  { noun: 'goal', mark: 'want', after: ['is', 'remains', 'was', 'has'], example: '"Our goal remains to reach a fair deal," the chief said.' },
  { noun: 'aim', mark: 'want', after: ['is', 'remains', 'was', 'has'], example: '"Our aim is a shorter week," the secretary said.' },
  { noun: 'demand', mark: 'want', after: ['for', 'that'], example: 'The drivers repeated their demand for a pension top-up.' },
  { noun: 'warning', mark: 'threaten', example: 'The minister ratcheted up his warnings to the port.' },
  { noun: 'threat', mark: 'threaten', example: 'The union renewed its threat of a strike.' },
  { noun: 'ultimatum', mark: 'threaten', example: 'The bloc repeated its ultimatum to the rebels.' },
  { noun: 'refusal', mark: 'refuse', after: ['to'], example: "The board's refusal to sell rests on its own figures, the bidder said." },
  { noun: 'rejection', mark: 'refuse', after: ['of'], example: 'The growers announced their rejection of the quota.' },
]

/**
 * Demands said as an idiom rather than with a frame verb, in someone's words:
 * "it is time for the owners to give back", "it's high time that the port
 * paid", and "we expect Ostmark to honour the deal" (first person, with an
 * actor as object: "we expect talks to resume" forecasts, it demands nothing).
 */
export const TIME_IDIOM = { subject: 'it', modifiers: ['high', 'about', 'now', 'past'], noun: 'time', links: ['for', 'that'] } as const
export const EXPECT_IDIOM = { lemma: 'expect', link: 'to' } as const
