//! The words the rules look for: speech cues, pronouns, roles, function words.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// How freely a cue takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Verbs of saying: the content may be a bare clause (`said he would`), a
    /// `that`-clause, a quote, or stand before the speaker (`…, he said.`).
    Say,
    /// Verbs of thinking and finding (`believes`, `found`, `shows`): content only as a
    /// `that`-clause, a quote, or before the speaker.
    That,
    /// Verbs that govern quoted words without being speech verbs themselves
    /// (`called for "restraint"`, `described it as "a disaster"`): only with a quote.
    QuoteOnly,
    /// `according to X`.
    According,
    /// Verbs of intention and refusal with a `to`-infinitive (`declined to comment`,
    /// `vowed to fight`, `wants to run`): the infinitive is the content.
    Intent,
}

/// One entry of the cue lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    /// How the cue takes its content.
    pub strength: Strength,
    /// True when the verb takes a hearer before its content (`told reporters that`).
    pub object: bool,
}

const SAY: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "stated",
    "states",
    "noted",
    "notes",
    "noting",
    "added",
    "adds",
    "adding",
    "argued",
    "argues",
    "arguing",
    "claimed",
    "claims",
    "claiming",
    "wrote",
    "writes",
    "writing",
    "tweeted",
    "tweets",
    "explained",
    "explains",
    "explaining",
    "insisted",
    "insists",
    "insisting",
    "acknowledged",
    "acknowledges",
    "reported",
    "reports",
    "announced",
    "announces",
    "declared",
    "declares",
    "continued",
    "continues",
    "recalled",
    "recalls",
    "replied",
    "replies",
    "responded",
    "responds",
    "answered",
    "asserted",
    "asserts",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "conceded",
    "concedes",
    "admitted",
    "admits",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "predicted",
    "predicts",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "observed",
    "remarked",
    "commented",
    "complained",
    "complains",
    "charged",
    "alleged",
    "alleges",
    "boasted",
    "joked",
    "quipped",
    "countered",
    "concluded",
    "concludes",
    "cautioned",
    "mused",
    "wondered",
    "put it",
    "puts it",
    "went on",
    "confessed",
    "echoed",
    "chimed in",
    "interjected",
    "shot back",
    "recounted",
    "lectured",
    "pleaded",
    "begged",
    "demanded",
    "cried",
    "screamed",
    "sang",
    "chanted",
    "opined",
    "surmised",
    "elaborated",
    "citing",
    "cited",
    "pointed out",
    "points out",
    "went on to say",
    "said in a statement",
    "said in an interview",
    "has said",
    "have said",
    "had said",
    "announced",
    "revealed",
    "reveals",
    "disclosed",
    "estimated",
    "estimates",
    "posted",
    "read",
    "reads",
    "exclaimed",
    "shouted",
    "yelled",
    "whispered",
    "testified",
    "suggested",
    "suggests",
    "suggesting",
    "acknowledging",
    "declaring",
    "announcing",
    "reiterated",
    "reiterates",
    "affirmed",
    "affirms",
    "clarified",
    "speculated",
    "proclaimed",
    "retorted",
    "snapped",
    "agreed",
    "agrees",
];

const SAY_OBJECT: &[&str] = &[
    "told",
    "tells",
    "tell",
    "telling",
    "asked",
    "asks",
    "asking",
    "warned",
    "warns",
    "warning",
    "told reporters",
    "assured",
    "assures",
    "reminded",
    "reminds",
    "informed",
    "urged",
    "urges",
    "urging",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "pledges",
];

const THAT: &[&str] = &[
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "found",
    "finds",
    "find",
    "show",
    "shows",
    "showed",
    "showing",
    "know",
    "knows",
    "knew",
    "hopes",
    "hope",
    "hoped",
    "fears",
    "fear",
    "feared",
    "worries",
    "worried",
    "expects",
    "expect",
    "expected",
    "indicated",
    "indicates",
    "learned",
    "learnt",
    "insist",
    "argue",
    "claim",
    "suggest",
    "feels",
    "feel",
    "felt",
    "predict",
    "warn",
    "note",
    "admit",
    "deny",
    "concluded that",
    "realized",
    "recognized",
    "understands",
    "doubts",
    "doubted",
    "assumed",
    "imagined",
    "guessed",
    "acknowledge",
    "announce",
    "contend",
];

const INTENT: &[&str] = &[
    "declined",
    "declines",
    "declining",
    "refused",
    "refuses",
    "refusing",
    "vowed",
    "vows",
    "vowing",
    "pledged",
    "pledges",
    "pledging",
    "promised",
    "promises",
    "promising",
    "threatened",
    "threatens",
    "threatening",
    "agreed",
    "agrees",
    "offered",
    "offers",
    "wants",
    "want",
    "wanted",
    "plans",
    "planned",
    "hopes",
    "hoped",
    "hoping",
    "intends",
    "intended",
    "seeks",
    "sought",
    "seeking",
    "decided",
    "decides",
    "expects",
    "expected",
    "seemed",
    "seems",
    "appeared",
    "appears",
    "urged",
    "urges",
    "called on",
    "calls on",
    "asked",
    "asks",
    "told",
    "tells",
];

const QUOTE_ONLY: &[&str] = &[
    "called",
    "calls",
    "calling",
    "call",
    "called for",
    "calls for",
    "called on",
    "described",
    "describes",
    "describing",
    "accused",
    "accuses",
    "accusing",
    "criticized",
    "criticised",
    "criticizes",
    "praised",
    "praises",
    "dismissed",
    "dismisses",
    "blasted",
    "labeled",
    "labelled",
    "dubbed",
    "referred to",
    "referring to",
    "branded",
    "slammed",
    "mocked",
    "decried",
    "condemned",
    "denounced",
    "hailed",
    "touted",
    "lamented",
    "promised",
    "seeks",
    "sought",
    "labeling",
    "labelling",
    "labels",
    "pledging",
    "vowing",
    "offered",
];

/// The cue lexicon and its matcher, built once.
pub struct Lexicon {
    /// Matches every cue phrase, ASCII case-insensitively, longest first.
    pub matcher: AhoCorasick,
    /// The entry of each pattern, by pattern id.
    pub cues: Vec<Cue>,
}

/// True when the cue reports an intention or a refusal when a `to`-infinitive follows.
pub fn is_intent(cue: &str) -> bool {
    INTENT.iter().any(|w| w.eq_ignore_ascii_case(cue))
}

/// The shared lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut phrases: Vec<&str> = Vec::new();
        let mut cues = Vec::new();
        let mut add = |list: &[&'static str], strength: Strength, object: bool| {
            for p in list {
                if !phrases.contains(p) {
                    phrases.push(p);
                    cues.push(Cue { strength, object });
                }
            }
        };
        add(&["according to"], Strength::According, false);

        add(SAY, Strength::Say, false);
        add(SAY_OBJECT, Strength::Say, true);
        add(THAT, Strength::That, false);
        add(QUOTE_ONLY, Strength::QuoteOnly, false);
        add(INTENT, Strength::Intent, true);
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A full DFA: the lexicon is small and the matcher runs over every byte.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .expect("the cue lexicon is a valid set of literals");
        Lexicon { matcher, cues }
    })
}

/// Runs `f` on the ASCII-lower-cased `w` without allocating for short words: these
/// look-ups run for most tokens of every sentence that holds a cue.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // Lower-casing ASCII bytes keeps the text valid UTF-8.
        match std::str::from_utf8(b) {
            Ok(l) => f(l),
            Err(_) => f(&w.to_ascii_lowercase()),
        }
    } else {
        f(&w.to_ascii_lowercase())
    }
}

/// Personal pronouns that can be a speaker.
pub fn is_pronoun(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(l, "he" | "she" | "they" | "it" | "we" | "i" | "you")
    })
}

/// Words that may sit between a speaker and the cue (`Trump also said`, `she has said`).
pub fn is_skippable_before_cue(w: &str) -> bool {
    let skippable = with_lower(w, |l| {
        matches!(
            l,
            "also"
                | "then"
                | "later"
                | "once"
                | "again"
                | "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "previously"
                | "recently"
                | "further"
                | "often"
                | "frequently"
                | "never"
                | "even"
                | "still"
                | "first"
                | "initially"
                | "subsequently"
                | "since"
                | "just"
                | "reportedly"
                | "simply"
                | "only"
                | "already"
                | "similarly"
                | "likewise"
                | "too"
                | "herself"
                | "himself"
                | "themselves"
                | "itself"
                | "not"
                | "did"
                | "does"
                | "do"
        )
    });
    skippable
        || (w.len() > 4 && w.ends_with("ly") && w.chars().next().is_some_and(char::is_lowercase))
}

/// Words that end a speaker phrase when reading backwards from the cue: a speaker
/// never contains a conjunction, a relative pronoun or a verb-like function word.
pub fn stops_speaker(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "when"
                | "where"
                | "while"
                | "if"
                | "because"
                | "but"
                | "or"
                | "as"
                | "after"
                | "before"
                | "since"
                | "though"
                | "although"
                | "than"
                | "so"
                | "what"
                | "how"
                | "why"
                | "until"
                | "unless"
                | "whether"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "to"
                | "in"
                | "on"
                | "at"
                | "with"
                | "from"
                | "into"
                | "about"
                | "over"
                | "during"
                | "not"
                | "it's"
                | "there"
                | "this"
                | "these"
                | "those"
                | "also"
                | "would"
                | "will"
                | "could"
                | "should"
                | "can"
                | "may"
                | "might"
                | "must"
                | "do"
                | "does"
                | "did"
                | "then"
                | "now"
                | "just"
                | "even"
                | "once"
                | "all"
                | "by"
                | "says"
                | "said"
                | "and"
        )
    })
}

/// Finite forms of `be`, `have`, `do` and the modals: a word after which a clause has
/// its verb (`said prices have …`, `said the vote could …`).
pub fn is_finite_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "won't"
            | "can't"
            | "isn't"
            | "aren't"
    )
}

/// Determiners and possessives that may start a speaker phrase.
pub fn is_determiner(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "another"
                | "one"
                | "two"
                | "three"
                | "several"
                | "many"
                | "some"
                | "other"
                | "most"
                | "few"
                | "both"
                | "each"
                | "every"
                | "no"
        )
    })
}

/// Words that look like the start of a clause after a speech verb
/// (`said he would`, `said the plan`).
pub fn starts_clause(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "there"
                | "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "no"
                | "some"
                | "many"
                | "most"
                | "all"
                | "both"
                | "every"
                | "nobody"
                | "everyone"
                | "everybody"
                | "one"
                | "if"
                | "whether"
        )
    })
}

/// Time words that may stand between a cue and its content (`said Tuesday that`).
pub fn is_time_word(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
                | "tonight"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "on"
                | "in"
                | "during"
                | "at"
                | "recently"
                | "previously"
                | "also"
                | "again"
                | "privately"
                | "publicly"
                | "repeatedly"
                | "flatly"
                | "bluntly"
                | "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan."
                | "feb."
                | "aug."
                | "sept."
                | "oct."
                | "nov."
                | "dec."
        )
    })
}

/// Head nouns of speakers that are people (`the minister`, `a spokesman`).
pub fn is_person_role(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "minister"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "president"
                | "senator"
                | "candidate"
                | "nominee"
                | "governor"
                | "official"
                | "leader"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "secretary"
                | "ambassador"
                | "congressman"
                | "congresswoman"
                | "representative"
                | "mayor"
                | "general"
                | "commander"
                | "director"
                | "aide"
                | "adviser"
                | "advisor"
                | "businessman"
                | "billionaire"
                | "man"
                | "woman"
                | "politician"
                | "lawmaker"
                | "democrat"
                | "republican"
                | "premier"
                | "chancellor"
                | "king"
                | "prince"
                | "judge"
                | "lawyer"
                | "attorney"
                | "founder"
                | "executive"
                | "ceo"
                | "manager"
                | "strategist"
                | "pollster"
                | "analyst"
                | "professor"
                | "author"
                | "chief"
                | "speaker"
                | "mogul"
                | "star"
                | "operative"
                | "insider"
                | "source"
                | "expert"
                | "voter"
                | "supporter"
                | "delegate"
                | "activist"
                | "critic"
                | "economist"
                | "historian"
                | "reporter"
                | "journalist"
                | "columnist"
                | "writer"
                | "editor"
                | "officials"
                | "aides"
                | "sources"
                | "senators"
                | "leaders"
                | "experts"
                | "voters"
                | "supporters"
                | "neurosurgeon"
                | "businessman's"
                | "tycoon"
                | "contender"
                | "frontrunner"
                | "front-runner"
                | "hopeful"
                | "rival"
                | "opponent"
                | "challenger"
                | "incumbent"
                | "veteran"
                | "host"
                | "anchor"
                | "former"
                | "vice"
                | "councillor"
                | "councilor"
                | "councilman"
                | "councilwoman"
                | "commissioner"
                | "deputy"
                | "envoy"
                | "diplomat"
                | "prosecutor"
                | "sheriff"
                | "officer"
        )
    })
}

/// Head nouns of speakers that are organisations or documents (`the statement`).
pub fn is_thing_role(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "statement"
                | "report"
                | "ministry"
                | "government"
                | "company"
                | "agency"
                | "committee"
                | "campaign"
                | "department"
                | "office"
                | "group"
                | "organization"
                | "organisation"
                | "council"
                | "party"
                | "army"
                | "military"
                | "police"
                | "court"
                | "paper"
                | "study"
                | "poll"
                | "survey"
                | "memo"
                | "letter"
                | "email"
                | "document"
                | "post"
                | "newspaper"
                | "network"
                | "white"
                | "administration"
                | "firm"
                | "union"
                | "board"
                | "commission"
                | "coalition"
                | "alliance"
                | "foundation"
                | "center"
                | "centre"
                | "institute"
                | "university"
                | "bank"
                | "fund"
                | "website"
                | "site"
                | "release"
                | "spokesman's"
                | "times"
                | "journal"
                | "news"
                | "press"
                | "service"
                | "house"
                | "senate"
                | "congress"
                | "pentagon"
                | "kremlin"
                | "team"
        )
    })
}
