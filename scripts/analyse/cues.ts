/**
 * The words briefdeck reads language by. Each table says where its entries
 * came from; add to a table, not to an `if`. All patterns are matched
 * case-insensitively on word boundaries unless a table says otherwise.
 *
 * Sources: the attribution verbs and titles of the AP Stylebook and Reuters
 * Handbook of Journalism, the vocabulary of collective-bargaining and
 * diplomatic wire copy, and briefdeck's test fixtures (test/fixtures/), which
 * each table was checked against.
 */

/** Verbs that attribute speech ("X said", "said X"). Past and present forms. */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'insisted', 'insists', 'stressed', 'stresses', 'warned', 'warns',
  'noted', 'notes', 'argued', 'argues', 'explained', 'explains', 'stated', 'states', 'declared', 'announced',
  'claimed', 'claims', 'urged', 'urges', 'wrote', 'writes', 'asked', 'countered', 'replied', 'responded',
  'acknowledged', 'conceded', 'predicted', 'cautioned', 'suggested', 'emphasised', 'emphasized', 'maintained',
  'denounced', 'posted', 'tweeted', 'remarked', 'recalled', 'complained',
]

/**
 * Lemmas of verbs that report speech, read from the tagger's lemma so every
 * form counts ("says" after a plural, "saying", "has told"). From the
 * reporting verbs of AP and Reuters copy. "Jane Roe told the board …".
 */
export const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'insist', 'stress', 'warn', 'note', 'argue', 'explain', 'state', 'declare', 'announce',
  'claim', 'urge', 'write', 'ask', 'counter', 'reply', 'respond', 'acknowledge', 'concede', 'predict', 'caution',
  'suggest', 'emphasise', 'emphasize', 'maintain', 'denounce', 'post', 'tweet', 'remark', 'recall', 'complain',
  'confirm', 'deny', 'testify', 'vow', 'pledge', 'promise', 'admit', 'contend', 'assert', 'allege', 'quip',
  'observe', 'comment', 'scoff', 'boast', 'lament', 'reiterate', 'repeat', 'shout', 'joke', 'retort', 'concur',
  'charge', 'accuse', 'criticise', 'criticize', 'call', 'describe', 'tout', 'threaten', 'demand', 'reject',
  'dismiss', 'brush', 'hint', 'signal', 'indicate', 'report', 'disclose', 'reveal', 'estimate', 'forecast',
  'mutter', 'muse', 'wonder', 'exclaim', 'proclaim', 'recount', 'relate', 'conclude',
  // Verbs of public criticism and citation that news copy uses for statements ("Roe blasted the plan as …").
  'question', 'mention', 'cite', 'blast', 'slam', 'condemn', 'decry', 'praise', 'lambast', 'lambaste', 'rebuke',
  'assail', 'encourage', 'advise', 'recommend', 'assure', 'reassure', 'point', 'continue',
  // '"…," the statement read.': a text quoted is what it reads (speech-cues.ts keeps it to that position).
  'read',
  // Verbs that characterise or echo, and raised voices ("Roe likened the cuts to theft", "she yells").
  'characterize', 'characterise', 'liken', 'laud', 'echo', 'dub', 'label', 'brand', 'yell', 'scream',
  'identify', 'thank', 'brag',
  // "Roe compared the levy to theft" (not "rose 5% compared with May"); "Roe attacked the plan in a speech".
  'compare', 'attack',
  // Speaking of or about something: speech only with its topic after it (speech-cues' speechUse).
  'speak', 'talk',
]

/**
 * Lemmas of verbs that report what someone believes, wants or intends: the
 * holder's position, not their words ("The union wants a shorter week").
 */
export const BELIEF_LEMMAS = [
  'believe', 'think', 'want', 'plan', 'hope', 'expect', 'fear', 'intend', 'feel', 'worry', 'doubt', 'wish',
  'seek', 'suspect', 'assume', 'reckon', 'prefer', 'aim', 'consider',
  'oppose', 'favour', 'favor',
]

/**
 * Head nouns of sources the article does not name ("two people familiar with
 * the talks", "a senior official", "analysts say"): the speaker is described.
 */
export const UNNAMED_SOURCE_HEADS = [
  'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'people', 'person', 'analyst', 'expert', 'aide',
  'diplomat', 'observer', 'insider', 'lawmaker', 'critic', 'resident', 'witness', 'negotiator', 'economist', 'executive',
  'adviser', 'advisor', 'member', 'leader', 'officer', 'worker', 'employee', 'staffer', 'voter', 'supporter', 'opponent',
  'protester', 'delegate', 'representative', 'lawyer', 'attorney', 'investor', 'trader', 'banker', 'consultant',
  'strategist', 'scientist', 'researcher', 'scholar', 'academic', 'professor', 'commentator', 'campaigner', 'activist',
]

/**
 * Common nouns for a body that speaks through statements ("the company said
 * in a filing", "the ministry said", "the agency said in a statement"): an
 * organisational source, though the phrase holds no name. From the subjects of
 * corporate and government wire copy.
 */
export const SPEAKING_BODY_HEADS = [
  'company', 'firm', 'ministry', 'department', 'agency', 'union', 'association', 'federation', 'board', 'government',
  'administration', 'committee', 'commission', 'group', 'management', 'employer', 'operator', 'airline', 'carrier',
  'bank', 'campaign', 'coalition', 'office', 'embassy', 'military', 'army', 'police', 'regulator', 'authority',
]

/**
 * Common nouns for people who speak as a group or are met only by what they
 * are ("one man said", "the physicians stated in the letter", "a protester
 * said"): an unnamed source, as UNNAMED_SOURCE_HEADS, from reports of
 * protests, strikes and open letters.
 */
export const SPEAKING_PEOPLE_HEADS = [
  'man', 'woman', 'doctor', 'physician', 'nurse', 'teacher', 'pilot', 'driver', 'student', 'parent', 'farmer',
  'tenant', 'holdout', 'demonstrator', 'organiser', 'organizer', 'volunteer', 'victim', 'survivor', 'owner', 'occupier',
]

/** Phrases that attribute speech before the speaker ("according to X"). */
export const SOURCE_PREPOSITIONS = ['according to', 'in the words of']

/** A party's demand: what one side wants from the other. */
export const DEMAND_CUES = [
  'demand', 'demands', 'demanded', 'demanding', 'insist', 'insists', 'insisted', 'insisting', 'seek', 'seeks', 'sought',
  'seeking', 'call for', 'calls for', 'called for', 'calling for', 'want', 'wants', 'wanted', 'need', 'needs',
  'must', 'should', 'require', 'requires', 'required', 'press for', 'pressed for', 'pressing for', 'ask for',
  'asked for', 'asking for', 'proposal', 'proposed', 'proposes', 'guarantee', 'guarantees', 'condition',
  'conditions', 'ultimatum', 'push for', 'pushing for', 'pushed for', 'urge', 'urged', 'urging',
]

/** The other side's refusal. "nonstarter" and "red line" are diplomatic and bargaining usage. */
export const REJECTION_CUES = [
  'reject', 'rejects', 'rejected', 'rejecting', 'refuse', 'refuses', 'refused', 'refusing', 'dismiss', 'dismisses',
  'dismissed', 'dismissing', 'nonstarter', 'nonstarters', 'non-starter', 'non-starters', 'unacceptable',
  'will not', "won't", 'would not', 'cannot accept', "can't accept", 'not allow', 'not accept', 'rule out',
  'ruled out', 'rules out', 'turn down', 'turned down', 'turns down', 'oppose', 'opposes', 'opposed', 'red line',
  'unaffordable', 'unrealistic', 'out of the question', 'no intention', 'not negotiable', 'non-negotiable',
]

/** Warnings and counter-threats: part of the responding side's answer. */
export const WARNING_CUES = [
  'warn', 'warns', 'warned', 'warning', 'consequences', 'costs', 'sanctions', 'retaliate', 'retaliation',
  'penalties', 'lockout', 'countermeasures',
]

/** Role nouns of people who speak for one side. */
export const OFFICIAL_ROLES = [
  'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'vice president', 'premier',
  'prime minister', 'ambassador', 'envoy', 'negotiator', 'diplomat', 'official', 'chancellor', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'representative', 'delegate', 'leader', 'governor',
  'mayor', 'senator', 'general secretary', 'secretary-general', 'organizer', 'organiser', 'steward', 'lawmaker',
  'king', 'emir', 'foreign minister', 'commander', 'general', 'attorney', 'counsel', 'manager', 'adviser', 'advisor',
  'executive', 'owner', 'founder', 'treasurer',
  // Officers of a side in standoffs with the police, in parliaments and in courts.
  'sheriff', 'police chief', 'superintendent', 'colonel', 'captain', 'lieutenant', 'sergeant', 'officer', 'speaker',
  'mp', 'lawyer', 'prosecutor', 'congressman', 'congresswoman', 'press secretary', 'coordinator',
]

/**
 * Roles and bodies that stand between or outside the two sides, whatever their
 * office: "a mediator appointed by the court", "central bank governor Jo Ames"
 * (corpus GUIDELINES: mediators, central bankers and the U.N. are `other`).
 */
export const THIRD_PARTY_ROLES = ['mediator', 'arbitrator', 'conciliator', 'facilitator', 'ombudsman', 'referee', 'go-between']
export const THIRD_PARTY_BODIES = ['central bank', 'reserve bank', 'federal reserve', 'monetary authority']

/** Role nouns of independent experts (scholars, analysts). */
export const EXPERT_ROLES = [
  'professor', 'scholar', 'analyst', 'researcher', 'economist', 'fellow', 'lecturer', 'expert', 'historian',
  'political scientist', 'academic', 'commentator', 'observer', 'specialist', 'strategist',
  // Market and industry commentators quoted for their reading of a dispute.
  'consultant', 'pollster', 'forecaster',
]

/**
 * Heads of something: an official or an expert depending on what they head.
 * Decided by the affiliation tables below.
 */
export const HEAD_ROLES = ['director', 'director general', 'director-general', 'head', 'chief', 'dean', 'founder', 'president', 'chairman', 'chair', 'administrator']

/** Words in an affiliation that mark a university or think tank. */
export const ACADEMIC_AFFILIATIONS = [
  'university', 'institute', 'institution', 'foundation', 'academy', 'college', 'school', 'studies', 'research',
  'think tank', 'think-tank', 'affairs council', 'council on', 'center for', 'centre for', 'policy center',
  'policy centre', 'observatory', 'laboratory', 'programme', 'program',
  // Consultancies and market researchers ("director of telecoms research at a consultancy").
  'consultancy', 'consulting', 'consultants', 'advisory', 'capital markets', 'securities', 'analytics',
]

/** Words in an affiliation that mark a government, company or union side. */
export const SIDE_AFFILIATIONS = [
  'ministry', 'department', 'mission', 'embassy', 'government', 'cabinet', 'office', 'parliament', 'congress',
  'senate', 'administration', 'delegation', 'presidency', 'army', 'forces', 'union', 'federation of', 'company',
  'corporation', 'group', 'board', 'management', 'employers', 'association', 'confederation', 'authority',
  'agency', 'party', 'state council',
]

/** Capitalised words that are titles, not names ("Deputy Foreign Minister Jane Roe"). */
export const TITLE_WORDS = [
  'Deputy', 'Secretary', 'State', 'Minister', 'Foreign', 'Defence', 'Defense', 'Trade', 'Prime', 'President',
  'Vice', 'Chief', 'Executive', 'Director', 'General', 'Ambassador', 'Envoy', 'Special', 'Senior', 'Under',
  'Assistant', 'Acting', 'Chairman', 'Chairwoman', 'Chair', 'Commissioner', 'Governor', 'Mayor', 'Senator',
  'Representative', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Premier', 'Chancellor', 'King', 'Queen',
  'Prince', 'Sheikh', 'Emir', 'Interior', 'Finance', 'Economy', 'Labour', 'Labor', 'Health', 'Justice',
  'Union', 'Council', 'Professor', 'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Gen', 'Col',
  'Lt', 'Capt', 'Admiral', 'Colonel', 'Lieutenant', 'Captain', 'Major', 'Negotiator', 'Lead', 'Head', 'Economic',
  'Affairs', 'Relations', 'International', 'National', 'Federal', 'Communications', 'Press', 'Government',
  'Agriculture', 'Fisheries', 'Industry', 'Commerce', 'Energy', 'Security', 'Public', 'Home', 'Adviser',
  'Advisor', 'Mediator', 'Counsellor', 'Councillor', 'Councilor', 'Delegate', 'Resources', 'Water', 'Transport',
  'Rev', 'Reverend', 'Father', 'Bishop', 'Rabbi', 'Imam', 'Judge', 'Justice', 'Sen', 'Rep', 'Gov', 'Speaker', 'Leader',
  // Offices written before a name in police, company and parliamentary copy ("County Sheriff Jo Ames", "CEO Jo Ames").
  'Sheriff', 'Superintendent', 'Inspector', 'Commander', 'Cmdr', 'Sergeant', 'Sgt', 'Officer', 'CEO', 'MP', 'MEP',
  'Congressman', 'Congresswoman', 'Councilman', 'Councilwoman', 'Attorney', 'Prosecutor', 'Coach', 'Manager',
]

/**
 * Title words that qualify an office (its field, rank or level) without being
 * one: "Federal Harbour Bureau", "Coastal Security Investigations" and "National
 * Guard" are bodies, while "Foreign Minister Jane Roe" has the office word
 * "Minister" before the name. Only an office word makes the name after it a person's.
 */
export const TITLE_QUALIFIERS = [
  'Deputy', 'State', 'Foreign', 'Defence', 'Defense', 'Trade', 'Prime', 'Vice', 'Special', 'Senior', 'Under',
  'Assistant', 'Acting', 'Interior', 'Finance', 'Economy', 'Labour', 'Labor', 'Health', 'Union', 'Council', 'Lead',
  'Economic', 'Affairs', 'Relations', 'International', 'National', 'Federal', 'Communications', 'Press',
  'Government', 'Agriculture', 'Fisheries', 'Industry', 'Commerce', 'Energy', 'Security', 'Public', 'Home',
  'Resources', 'Water', 'Transport',
]

/** Capitalised words that start an organisation's name, never a person's. */
export const ORGANISATION_WORDS = [
  'University', 'Institute', 'Foundation', 'Academy', 'College', 'School', 'Council', 'Ministry', 'Department',
  'Mission', 'Embassy', 'Office', 'Agency', 'Union', 'Association', 'Federation', 'Group', 'Company', 'Corporation',
  'Centre', 'Center', 'Party', 'Bank', 'Fund', 'Committee', 'Commission', 'Organization', 'Organisation', 'House',
  'Hospital', 'Court', 'Board', 'Authority', 'Service', 'Network', 'Alliance', 'Forum', 'Times', 'News', 'Post',
  'Press', 'Agencies', 'Inc', 'Ltd', 'Corp', 'Co', 'Airlines', 'Port', 'Ports', 'Workers', 'Nurses', 'Treaty', 'Act', 'Accord',
  'Guild', 'Partners', 'Holdings', 'Industries', 'Systems', 'Health', 'Trust', 'Society', 'Cooperative',
  'Research', 'Studies', 'Policy', 'Development', 'Sciences', 'Economics', 'Cross', 'Crescent',
  'Square', 'Street', 'Hall', 'Palace', 'Hotel', 'Airport', 'Sea', 'Ocean', 'River', 'Bay', 'Island', 'Islands',
  'Consulting', 'Consultants', 'Securities', 'Associates', 'Advisers', 'Advisors', 'Analytics', 'Markets', 'LLP', 'LLC',
  'League', 'Club', 'Caucus', 'Coalition', 'Debates', 'Mall', 'Campaign', 'Museum', 'Library', 'Church', 'Cathedral',
  // Think tanks, treaties and firms named for their trade ("the Marlow Institution", "a trade Agreement", "Arlo Coal").
  'Institution', 'Agreement', 'Energy', 'Media', 'Communications', 'Technologies', 'Pharmaceuticals', 'Coal', 'Mining',
  // Firms of the entertainment and consumer trades ("Harbour Lane Productions", "Ostwind Records", "Tallis Motors").
  'Productions', 'Records', 'Studios', 'Pictures', 'Entertainment', 'Films', 'Music', 'Publishing', 'Motors',
  'Airways', 'Foods', 'Brands', 'Stores', 'Logistics', 'Resources', 'Enterprises', 'Labs', 'Laboratories',
]

/** Party and movement adjectives written before a name ("Republican Jane Roe", "Labour's Jo Ames"): never part of it. */
export const AFFILIATION_ADJECTIVES = [
  'Republican', 'Republicans', 'Democrat', 'Democratic', 'Democrats', 'Conservative', 'Labour', 'Liberal', 'Socialist',
  'Communist', 'Green', 'Libertarian', 'Independent', 'GOP', 'Tory', 'Nationalist', 'Unionist', 'Federalist',
]

/** Words that open a place's name ("North Korea", "New York", "West Virginia") and are never a name on their own. */
export const PLACE_QUALIFIERS = ['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'New', 'Upper', 'Lower', 'Central']

/** Capitalised words that never start a person's name in running text. */
export const NOT_NAME_WORDS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'But', 'And', 'Or', 'If', 'While', 'When', 'As', 'At', 'In',
  'On', 'Of', 'For', 'By', 'With', 'From', 'To', 'After', 'Before', 'Since', 'Like', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'We', 'They', 'He', 'She', 'It',
  'I', 'Our', 'Their', 'His', 'Her', 'Its', 'There', 'Here', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  'Western', 'Eastern', 'Northern', 'Southern', 'West', 'East', 'North', 'South', 'Europe', 'European', 'Asia',
  'Africa', 'Cold', 'War', 'Christmas', 'Easter', 'New', 'Year', 'Mission', 'Secretary', 'Minister', 'Meanwhile',
  'However', 'Also', 'Still', 'Yet', 'Both', 'Each', 'All', 'Some', 'Many', 'Most', 'No', 'Not', 'One', 'Two',
  'Under', 'Over', 'About', 'Asked', 'According', 'Speaking', 'Despite', 'Although', 'Though', 'Because', 'Unlike',
  'Agencies', 'Reuters', 'Xinhua', 'AFP', 'AP', 'Bloomberg',
  // Prepositions capitalised in the names of laws, campaigns and shows ("Fairness Against Harbour Closures Act").
  'Against', 'Among', 'Amid', 'Between', 'Through', 'Into', 'Upon', 'Within', 'Without', 'Toward', 'Towards', 'Across', 'Beyond', 'During',
]

/** Nouns that name a meeting, round of talks or deadline. */
export const EVENT_NOUNS = [
  'talks', 'meeting', 'meetings', 'council', 'summit', 'session', 'sessions', 'round', 'negotiations',
  'conference', 'vote', 'ballot', 'deadline', 'strike', 'walkout', 'hearing', 'visit', 'ceasefire', 'truce',
  'dialogue', 'consultations', 'forum', 'assembly', 'committee', 'commission', 'parliament', 'deal',
  'agreement', 'ultimatum', 'bargaining', 'mediation', 'signing', 'referendum', 'election', 'congress',
  // Conflict events a ceasefire briefing dates (wire copy on truces and border incidents).
  'shelling', 'pause', 'attack', 'attacks', 'clash', 'clashes', 'incident', 'offensive', 'bombing', 'raid', 'skirmish',
  // Openings and closures: the dated happenings of stories outside the genre.
  'reopening', 'opening', 'closure', 'launch',
]

/** Verbs and auxiliaries that put an event in the future, whatever the article's tense. */
export const FUTURE_MARKERS = [
  'will', "'ll", 'would', 'shall', 'is scheduled', 'are scheduled', 'was scheduled', 'were scheduled', 'is due',
  'are due', 'was due', 'were due', 'is set to', 'are set to', 'was set to', 'were set to', 'is expected',
  'are expected', 'was expected', 'were expected', 'plans to', 'plan to', 'planned to', 'going to', 'to be held',
  'to take place', 'is to', 'are to', 'was to', 'were to', 'next', 'upcoming', 'later this', 'expires', 'expire',
  'expected', 'expects', 'expect',
  'deadline', 'threatened to', 'threaten to', 'intend to', 'intends to', 'agreed to meet', 'will resume',
]

/** Words voicing an expectation about what is to come. */
/**
 * Nouns for the steps a dispute takes next: a sentence whose main verb looks
 * forward to one of them ("the council will vote", "talks will resume") says
 * what comes next, however it is dated.
 */
export const NEXT_STEP_NOUNS = [
  'talks', 'negotiations', 'meeting', 'meetings', 'vote', 'ballot', 'polls', 'hearing', 'hearings', 'deadline',
  'ruling', 'verdict', 'assembly', 'summit', 'session', 'council', 'court', 'trial', 'referendum', 'election',
  'recess', 'round', 'decision', 'approval', 'completion',
]

/** Verbs that are themselves a next step: "the two boards will meet", "will continue talking", "would appoint a new envoy" (choosing someone for a post). */
export const NEXT_STEP_VERBS = ['meet', 'talk', 'negotiate', 'vote', 'convene', 'resume', 'testify', 'rule', 'decide', 'reconvene', 'pick', 'choose', 'select', 'nominate', 'appoint']

export const EXPECTATION_CUES = [
  'expect', 'expects', 'expected', 'expecting', 'expectation', 'expectations', 'hope', 'hopes', 'hoped',
  'hopeful', 'likely', 'unlikely', 'predict', 'predicts', 'predicted', 'anticipate', 'anticipates',
  'optimistic', 'pessimistic', 'breakthrough', 'breakthroughs', 'dominate', 'forecast', 'probably',
]

const patternSources = new Map<string, string>()

/**
 * Compile a word table into one whole-word pattern (case-insensitive unless
 * `flags` says otherwise). The analysis asks for the same tables and names
 * again and again, so each pattern's source is built once; a new RegExp is
 * still returned each time, since a global one carries state.
 */
export function wordPattern(words: readonly string[], flags = 'i'): RegExp {
  const key = words.join('\u0000')
  let source = patternSources.get(key)
  if (source === undefined) {
    const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp)
    source = `(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`
    patternSources.set(key, source)
  }
  return new RegExp(source, `${flags}u`)
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The first cue of `pattern` in `text`, or null. */
export function firstCue(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0] ?? null
}

/** Words that make an organisation a workers' body, referred back to as "the union". */
export const LABOUR_BODY_WORDS = ['Union', 'Guild', 'Federation', 'Workers', 'Brotherhood', 'Teamsters', 'Nurses', 'Teachers', 'Pilots', 'Syndicate', 'Confederation']

/** Unions of states, referred back to as "the bloc" (and by their adjective: "European officials"). */
export const BLOC_NAMES = ['European Union', 'African Union', 'Eurasian Economic Union', 'Customs Union', 'Gulf Cooperation Council', 'Association of Southeast Asian Nations', 'Mercosur']

/** How bargaining copy refers back to the employer across the table from a union. */
export const EMPLOYER_REFERENCES = ['the company', 'the employer', 'the employers', 'management', 'the group', 'the operators', 'the hospitals', 'the hospital group', 'the board']

/**
 * Head nouns of an unnamed source that make it an independent commentator
 * ("analysts say", "several energy economists said"); "officials" or "people
 * familiar with the talks" are the sides' voices. From the expert roles above.
 */
export const EXPERT_SOURCE_HEADS = [
  'analyst', 'analysts', 'economist', 'economists', 'expert', 'experts', 'consultant', 'consultants', 'scholar', 'scholars',
  'academic', 'academics', 'professor', 'professors', 'researcher', 'researchers', 'strategist', 'strategists',
  'commentator', 'commentators', 'observer', 'observers', 'historian', 'historians',
]
