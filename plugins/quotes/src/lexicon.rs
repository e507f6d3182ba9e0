//! The plugin's one lexicon: every word the rules look for is listed here, once.
//!
//! In order: the speech cues and their matcher; function words, pronouns and roles;
//! calendar words; the words around speakers at the start of a sentence (openers, labels,
//! introductions); clause words; abbreviations, titles and name particles. Look-ups take
//! a word as written unless their comment says lower case ([`with_lower`] makes one).

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// A word list as a hash set, built on its first look-up. The longer lists are asked
/// about many tokens of every sentence that holds a cue: one hash of the word replaces
/// a comparison with each word of the list. Exact matches only, as `contains` on the
/// list would be.
struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(w)
    }
}

// Speech cues.

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
    /// Verbs of stance and evaluation (`endorsed`, `criticized`, `praised`,
    /// `pointed to`): they govern quoted words like [`Strength::QuoteOnly`] verbs, and
    /// without a quote their object is a position attributed to the subject
    /// (`Lee endorsed the plan`), reported as a `stance` claim.
    Stance,
    /// Nouns of stance and speech with their preposition or `that` (`support for`,
    /// `criticism of`, `claim that`): after a possessive (`Lee's support for the plan`,
    /// `his claim that …`) the possessor holds the position and the rest of the phrase
    /// is its content.
    Nominal,
}

impl Strength {
    /// True when the cue takes quoted words inside its object as content
    /// (`called for "restraint"`, `praised the "courage" of the crews`).
    pub fn governs_quotes(self) -> bool {
        matches!(
            self,
            Strength::QuoteOnly | Strength::Stance | Strength::Nominal
        )
    }

    /// True for cues that report a position rather than words: a sentence's frame is
    /// taken from a verb of saying first when it has one.
    pub fn is_position(self) -> bool {
        matches!(self, Strength::Stance | Strength::Nominal)
    }
}

/// One entry of the cue lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    /// How the cue takes its content.
    pub strength: Strength,
    /// True when the verb takes a hearer before its content (`told reporters that`).
    pub object: bool,
    /// True for an adjective of attitude with its preposition (`critical of`, `wary
    /// of`), which follows a form of `be` where a stance verb cannot.
    pub attitude: bool,
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
    "quips",
    "quip",
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
    // The forms above were listed as the news copy used them; the participles and
    // third persons below complete the paradigms of verbs already listed, so that a
    // verb of saying reads the same in `…, stating that …` as in `… stated that …`.
    "stating",
    "remarking",
    "alleging",
    "emphasizing",
    "emphasising",
    "stressing",
    "asserting",
    "contending",
    "concluding",
    "disclosing",
    "clarifying",
    "cautioning",
    "cautions",
    "interjecting",
    "proclaims",
    "proclaiming",
    "recounts",
    "recounting",
    "chanting",
    "chants",
    "pleading",
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
    "hoping",
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
    "implied",
    "implies",
    "implying",
    "hinted",
    "hints",
    "understood",
    "understands",
    "suspect",
    "suspects",
    "suspected",
    "assume",
    "assumes",
    "noticed",
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
    // Participles and third persons of the verbs above (`…, believing that …`,
    // `fearing that …`, `she recognizes that …`).
    "believing",
    "fearing",
    "recognizing",
    "recognizes",
    "hinting",
    "indicating",
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
    "seem",
    "appeared",
    "appears",
    "appear",
    "urged",
    "urges",
    "called on",
    "calls on",
    "asked",
    "asks",
    "told",
    "tells",
    "encouraged",
    "encourages",
    "encouraging",
    "ordered",
    "requested",
    "invited",
];

const QUOTE_ONLY: &[&str] = &[
    "called",
    "calls",
    "calling",
    "call",
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

/// Verbs of stance and evaluation, one verb per line with its forms. They report a
/// position rather than words (`Lee endorsed the plan`, `Park blamed the council for
/// the delay`, `Ruiz pointed to the budget`): news attribution treats such a subject as
/// the source of the position, and the object as its content. Verbs whose first sense
/// in conflict reporting is physical (`attack`, `strike`, `hit`) are left out (`Iran
/// attacked several ships` is no position), and so are forms that are more often nouns
/// (`back`, `shares`, `demands`).
const STANCE: &str = "
endorse endorses endorsed endorsing
support supports supported supporting
backs backed backing
oppose opposes opposed opposing
criticize criticizes criticized criticizing
criticise criticises criticised criticising
praise praises praised praising
accuse accuses accused accusing
blame blames blamed blaming
defend defends defended defending
propose proposes proposed proposing
reject rejects rejected rejecting
question questions questioned questioning
denounce denounces denounced denouncing
dismiss dismisses dismissed dismissing
slam slams slammed slamming
blast blasts blasted blasting
condemn condemns condemned condemning
decry decries decried decrying
applaud applauds applauded applauding
hail hails hailed hailing
tout touts touted touting
champion champions championed championing
advocate advocates advocated advocating
favor favors favored favoring
favour favours favoured favouring
recommend recommends recommended recommending
challenge challenges challenged challenging
dispute disputes disputed disputing
mock mocks mocked mocking
ridicule ridicules ridiculed ridiculing
lambaste lambastes lambasted lambasting
rebuke rebukes rebuked rebuking
chide chides chided chiding
fault faults faulted faulting
commend commends commended commending
laud lauds lauded lauding
lament laments lamented lamenting
knock knocks knocked knocking
cite cites cited citing
mention mentions mentioned mentioning
discuss discusses discussed discussing
recall recalls recalled recalling
highlight highlights highlighted highlighting
underscore underscores underscored underscoring
portray portrays portrayed portraying
characterize characterizes characterized characterizing
describe describes described describing
welcome welcomes welcomed welcoming
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
echo echoes echoed echoing
unveil unveils unveiled unveiling
outline outlines outlined outlining
laid out lays out
expressed expresses expressing
voiced voices voicing
pointed to points to pointing to point to
referred to refers to referring to refer to
talked about talks about talking about talk about
spoke about speaks about speaking about
spoke of speaks of speaking of
complained about complains about complaining about
warned of warns of warning of
warned against warns against warning against
railed against rails against railing against
lashed out at lashes out at lashing out at
took aim at takes aim at taking aim at
went after goes after going after
weighed in on weighs in on weighing in on
pushed for pushes for pushing for push for
called for calls for calling for call for
assail assails assailed assailing
bemoan bemoans bemoaned bemoaning
berate berates berated berating
castigate castigates castigated castigating
chastise chastises chastised chastising
excoriate excoriates excoriated excoriating
deride derides derided deriding
deplore deplores deplored deploring
disparage disparages disparaged disparaging
denigrate denigrates denigrated denigrating
vilify vilifies vilified vilifying
scorn scorns scorned scorning
skewer skewers skewered skewering
savage savages savaged savaging
pan pans panned panning
trash trashes trashed trashing
insult insults insulted insulting
repudiate repudiates repudiated repudiating
disavow disavows disavowed disavowing
renounce renounces renounced renouncing
rebuff rebuffs rebuffed rebuffing
rebut rebuts rebutted rebutting
refute refutes refuted refuting
contest contests contested contesting
spurn spurns spurned spurning
snub snubs snubbed snubbing
embrace embraces embraced embracing
approve approves approved approving
salute salutes saluted saluting
congratulate congratulates congratulated congratulating
thank thanks thanked thanking
credit credits credited crediting
trumpet trumpets trumpeted trumpeting
promote promotes promoted promoting
float floats floated floating
pledge pledges pledged pledging
demanded demanding
urge urges urged urging
ignore ignores ignored ignoring
acknowledge acknowledges acknowledged acknowledging
concede concedes conceded conceding
detail details detailed detailing
document documents documented documenting
reference references referenced referencing
summarize summarizes summarized summarizing
retweet retweets retweeted retweeting
shared sharing
signal signals signaled signalled signaling signalling
preach preaches preached preaching
predict predicts predicted predicting
forecast forecasts forecasting
estimate estimates estimated estimating
anticipate anticipates anticipated anticipating
envision envisions envisioned envisioning
regret regrets regretted regretting
bemoaned
dread dreads dreaded dreading
prefer prefers preferred preferring
dislike dislikes disliked disliking
distrust distrusts distrusted distrusting
spelled out spells out spelling out
summed up sums up summing up
called out calls out calling out
pushed back on pushes back on pushing back on
sided with sides with siding with
stood by stands by standing by
stood with stands with standing with
agreed with agrees with agreeing with agree with
disagreed with disagrees with disagreeing with disagree with
clashed with clashes with clashing with
objected to objects to objecting to object to
took issue with takes issue with taking issue with
commented on comments on commenting on
reflected on reflects on reflecting on
wrote about writes about writing about
testified about testifies about testifying about
raised concerns about raises concerns about raising concerns about
expressed concern about expressed concerns about
voted for votes for voting for
voted against votes against voting against
see sees saw seeing
view views viewed viewing
regard regards regarded
paint paints painted painting
depict depicts depicted depicting
pressed for presses for pressing for
argued for argues for arguing for
argued against argues against arguing against
campaigned for campaigns for campaigning for
campaigned against campaigns against campaigning against
spoke out against speaks out against speaking out against
focused on focuses on focusing on
apologized for apologizes for apologizing for apologised for
vouched for vouches for vouching for
cast casts casting
identified identifies identifying
";

/// Adjectives of attitude with the preposition that opens their object, one adjective
/// per line: after a form of `be` (or `seem`, `remain`) they report a position of the
/// subject as a stance verb does (`Lee was critical of the plan`, `voters are wary of
/// both`, `the union is open to talks`).
const ATTITUDE: &str = "
critical of
skeptical of skeptical about sceptical of
supportive of
dismissive of
wary of
fond of
proud of
tired of
enamored of enamoured of
appreciative of
contemptuous of
interested in
confident in confident about
comfortable with uncomfortable with
pleased with displeased with
happy with unhappy with
satisfied with dissatisfied with
frustrated with frustrated by
angry about angry at angry with
upset about upset with
worried about
concerned about concerned with
optimistic about pessimistic about
hopeful about
upbeat about
vocal about
clear about
open to
opposed to
hostile to
devoted to
committed to
sympathetic to
receptive to
";

/// Nouns of stance and speech with what introduces their content, one noun per line.
/// Only after a possessive do they report anyone's position (`her support for the
/// bill`, `Lee's claim that …`; not `support for the bill grew`).
const NOMINAL: &str = "
support for support of
opposition to
criticism of criticisms of
endorsement of
decision to
refusal to
call for calls for call to calls to
claim that claims that
view that views on view of
stance on position on
proposal to proposal for
plan to plan for
promise to pledge to vow to
insistence that
belief that
suggestion that
argument that
assertion that
accusation that accusations that
contention that
statement that
comments about comments on
remarks about remarks on
response to reaction to
push for
request for
demand for demands for
praise of praise for
concern about concerns about concern that concerns that
fear that fears that
hope that hopes that
vision for vision of
warning that warnings about
defense of defence of
rejection of
embrace of
denial of
admission that
prediction that
case for case against
";

/// The cue lexicon and its matcher, built once.
pub struct Lexicon {
    /// Matches every cue phrase, ASCII case-insensitively, longest first.
    pub matcher: AhoCorasick,
    /// The entry of each pattern, by pattern id.
    pub cues: Vec<Cue>,
    /// The entries of the one-word cues: the rules ask of many single tokens whether
    /// they are cues, and a hash look-up is much cheaper than a run of the matcher.
    words: FxHashMap<&'static str, Cue>,
}

/// True when the cue reports an intention or a refusal when a `to`-infinitive follows.
pub fn is_intent(cue: &str) -> bool {
    // The list is in lower case (a test checks it), so a look-up of the lower-cased cue
    // is the case-insensitive comparison with each entry.
    static SET: WordSet = WordSet::new(INTENT);
    with_lower(cue, |c| SET.contains(c))
}

/// The forms of one line of [`STANCE`]: single words separated by spaces, or phrases
/// of several words each ending in a preposition (`pointed to points to`).
fn stance_forms(line: &'static str) -> Vec<&'static str> {
    const PREPOSITIONS: &[&str] = &[
        "to", "about", "of", "against", "at", "after", "on", "for", "out", "with", "by", "up",
        "that", "in",
    ];
    let mut forms = Vec::new();
    let mut start = None;
    let words: Vec<(usize, &str)> = line
        .split(' ')
        .scan(0, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let phrasal = words.iter().any(|(_, w)| PREPOSITIONS.contains(w));
    for (k, &(at, w)) in words.iter().enumerate() {
        if !phrasal {
            forms.push(w);
            continue;
        }
        let begin = *start.get_or_insert(at);
        // A phrase ends at its last preposition: the next word starts another form.
        let next_is_particle = words
            .get(k + 1)
            .is_some_and(|(_, n)| PREPOSITIONS.contains(n));
        if PREPOSITIONS.contains(&w) && !next_is_particle {
            forms.push(&line[begin..at + w.len()]);
            start = None;
        }
    }
    forms
}

/// True for a stance verb that reports a position only with `as` after its object
/// (`voters see the plan as a gamble`, `she painted him as reckless`): without it,
/// `see` and `paint` are plain verbs.
pub fn needs_as(cue: &str) -> bool {
    with_lower(cue, |c| {
        ([
            "see", "sees", "saw", "seeing", "view", "regard", "paint", "depict",
        ]
        .iter()
        .any(|v| c.starts_with(v) && (c.len() == v.len() || !c[v.len()..].contains(' ')))
            && !matches!(c, "seem" | "seems"))
            || matches!(
                c,
                "cast" | "casts" | "casting" | "identified" | "identifies" | "identifying"
            )
    })
}

/// True for a verb of finding that may take a plain object as well as a clause (`the
/// poll showed Lee leading`, `the survey shows a close race`).
pub fn shows_object(cue: &str) -> bool {
    with_lower(cue, |c| {
        matches!(c, "show" | "shows" | "showed" | "showing" | "shown")
    })
}

/// The shared lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut phrases: Vec<&str> = Vec::new();
        let mut cues = Vec::new();
        // Adds the phrases of `list` not listed yet; returns how many entries there are.
        let mut add = |list: &[&'static str], strength: Strength, object: bool| {
            for p in list {
                if !phrases.contains(p) {
                    phrases.push(p);
                    cues.push(Cue {
                        strength,
                        object,
                        attitude: false,
                    });
                }
            }
            cues.len()
        };
        add(&["according to"], Strength::According, false);

        add(SAY, Strength::Say, false);
        add(SAY_OBJECT, Strength::Say, true);
        add(THAT, Strength::That, false);
        let stance: Vec<&str> = STANCE.split('\n').flat_map(stance_forms).collect();
        add(&stance, Strength::Stance, false);
        let nominal: Vec<&str> = NOMINAL.split('\n').flat_map(stance_forms).collect();
        add(&nominal, Strength::Nominal, false);
        add(QUOTE_ONLY, Strength::QuoteOnly, false);
        // The adjectives of attitude come last, so that the entries after
        // `first_attitude` are theirs.
        let first_attitude = add(INTENT, Strength::Intent, true);
        let attitude: Vec<&str> = ATTITUDE.split('\n').flat_map(stance_forms).collect();
        add(&attitude, Strength::Stance, false);
        for c in &mut cues[first_attitude..] {
            c.attitude = true;
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A full DFA: the lexicon is small and the matcher runs over every byte.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .expect("the cue lexicon is a valid set of literals");
        let words = phrases
            .iter()
            .zip(&cues)
            .filter(|(p, _)| !p.contains(' '))
            .map(|(p, c)| (*p, *c))
            .collect();
        Lexicon {
            matcher,
            cues,
            words,
        }
    })
}

/// The lexicon entry of a one-word cue (`said`, `Endorsed`), ASCII case-insensitively.
pub fn word_cue(w: &str) -> Option<Cue> {
    with_lower(w, |l| lexicon().words.get(l).copied())
}

/// The lexicon entry of the cue phrase at `span` of `text`, if the phrase is one.
pub fn cue_at(text: &str, span: dateline_plugin::Span) -> Option<Cue> {
    let lex = lexicon();
    let phrase = text.get(span.start..span.end)?;
    if !phrase.contains(' ') {
        return word_cue(phrase);
    }
    lex.matcher
        .find(phrase)
        .filter(|m| m.start() == 0 && m.end() == phrase.len())
        .map(|m| lex.cues[m.pattern().as_usize()])
}

// Function words, pronouns and roles.

/// `w.to_ascii_lowercase()`, borrowed when `w` has no ASCII capital (most words): the
/// rules that keep a lower-cased word for several tests need not allocate for it.
pub fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Runs `f` on the ASCII-lower-cased `w` without allocating for short words: these
/// look-ups run for most tokens of every sentence that holds a cue.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words are lower case already.
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(w);
    }
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
    // (No pronoun is longer than four bytes, so a longer word is not lower-cased to be
    // compared: the rules ask this of most words near a cue. A longer pronoun added
    // below needs the bound raised.)
    w.len() <= 4
        && with_lower(w, |l| {
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
                | "cannot"
                | "kept"
                | "keeps"
                | "began"
                | "begins"
                | "started"
                | "starts"
                | "continued"
                | "continues"
                // Copulas before an adjective of attitude (`remains wary of`).
                | "remain"
                | "remains"
                | "remained"
                | "became"
                | "become"
                | "grew"
        )
    });
    skippable
        || (w.len() > 4
            && w.ends_with("ly")
            && w.chars().next().is_some_and(char::is_lowercase)
            && !w.contains('-')
            && !is_ly_noun(w))
}

/// Lower-case nouns that end like adverbs in `-ly` (`the rally`, `an ally`): a speaker's
/// head, not an adverb before the cue.
pub fn is_ly_noun(w: &str) -> bool {
    matches!(
        w,
        "rally"
            | "rallies"
            | "ally"
            | "family"
            | "assembly"
            | "supply"
            | "anomaly"
            | "monopoly"
            | "bully"
            | "homily"
            | "folly"
            | "weekly"
            | "daily"
            | "monthly"
            | "quarterly"
    )
}

/// Words that end a speaker phrase when reading backwards from the cue: a speaker
/// never contains a conjunction, a relative pronoun or a verb-like function word.
/// A capitalised `Will` or `May` is a name there (`"…," Will wrote`), not a modal.
pub fn stops_speaker(w: &str) -> bool {
    if matches!(w, "Will" | "May") {
        return false;
    }
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

/// Past forms whose `that`-clause is a purpose, a condition or a consequence, not
/// something held or said (`ensured that`, `provided that`, `meant that`), or whose
/// `that` is a demonstrative object (`made that`, `put that`): no cue of the
/// `that`-clause rule.
pub fn is_not_that_verb(w: &str) -> bool {
    matches!(
        w,
        "ensured"
            | "provided"
            | "granted"
            | "meant"
            | "made"
            | "put"
            | "set"
            | "let"
            | "cut"
            | "hit"
            | "got"
            | "kept"
            | "left"
            | "won"
            | "lost"
            | "bought"
            | "sold"
            | "paid"
            | "spent"
            | "built"
            | "ran"
            | "went"
            | "came"
            | "gave"
            | "took"
            | "sent"
            | "brought"
            | "met"
            | "stood"
            | "began"
            | "became"
            | "fought"
            | "sought"
            | "indeed"
            | "needed"
            | "required"
    )
}

/// Common irregular past forms (`went`, `took`, `wrote`): finite verbs that do not end
/// in `-ed`.
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "went"
            | "took"
            | "made"
            | "gave"
            | "got"
            | "came"
            | "sent"
            | "wrote"
            | "spoke"
            | "told"
            | "said"
            | "began"
            | "became"
            | "held"
            | "kept"
            | "left"
            | "met"
            | "ran"
            | "saw"
            | "stood"
            | "thought"
            | "won"
            | "lost"
            | "put"
            | "set"
            | "hit"
            | "cut"
            | "let"
            | "fought"
            | "paid"
            | "sought"
            | "brought"
            | "bought"
            | "built"
            | "heard"
            | "meant"
            | "sold"
            | "spent"
            | "taught"
    )
}

/// Determiners and possessives that may start a speaker phrase.
pub fn is_determiner(w: &str) -> bool {
    // (No determiner of the list is longer than seven bytes, `another` and `several`:
    // a longer one added below needs the bound raised.)
    w.len() <= 7
        && with_lower(w, |l| {
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

/// Time words that may stand between a cue and its content (`said Tuesday that`), and
/// the adverbs that stand there as well (`said privately`, `flatly denied`).
pub fn is_time_word(w: &str) -> bool {
    with_lower(w, |l| {
        is_weekday(l)
            // `may` is a modal far more often than a month there.
            || (l != "may" && is_month_name(l))
            || l.strip_suffix('.').is_some_and(is_month_abbreviation)
            || is_cue_adverb(l)
            || is_time_unit(l)
            || matches!(
                l,
                "last" | "this" | "on" | "in" | "during" | "at" | "flatly" | "bluntly"
            )
    })
}

// Calendar words: every month and weekday name the rules know is written here once.

/// The days of the week, lower case.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months, lower case.
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month abbreviations of news style (AP: `Jan.`, `Feb.`, `Aug.`, `Sept.`, `Oct.`,
/// `Nov.`, `Dec.`), lower case and without their dot.
const MONTH_ABBREVIATIONS: [&str; 7] = ["jan", "feb", "aug", "sept", "oct", "nov", "dec"];

/// Month abbreviations that copy outside AP style also writes with a dot (`Mar.`,
/// `Apr.`, `Sep.`): they end no sentence, but they are not taken for time words.
const OTHER_MONTH_ABBREVIATIONS: [&str; 3] = ["mar", "apr", "sep"];

/// True for a day of the week written in lower case (`monday`).
pub(crate) fn is_weekday(l: &str) -> bool {
    WEEKDAYS.contains(&l)
}

/// True for a day of the week in any case (`Monday`, `MONDAY`); the test of the ending
/// comes first, since this is asked of most capitalised words.
pub(crate) fn is_weekday_any_case(w: &str) -> bool {
    w.len() >= 6
        && w.len() <= 9
        && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"day")
        && WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// True for a month name written in lower case (`march`).
pub(crate) fn is_month_name(l: &str) -> bool {
    MONTH_NAMES.contains(&l)
}

/// True for a news-style month abbreviation in lower case, without its dot (`sept`).
pub(crate) fn is_month_abbreviation(l: &str) -> bool {
    MONTH_ABBREVIATIONS.contains(&l)
}

/// True for a month as news copy writes it in a sentence: a capitalised name (`May`)
/// or a capitalised news-style abbreviation with its dot (`Sept.`).
pub(crate) fn is_month_as_written(w: &str) -> bool {
    let (name, dotted) = match w.strip_suffix('.') {
        Some(name) => (name, true),
        None => (w, false),
    };
    let mut chars = name.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    capitalised
        && with_lower(name, |l| {
            if dotted {
                is_month_abbreviation(l)
            } else {
                is_month_name(l)
            }
        })
}

/// Units and parts of a day that make a time adjunct (`last week`, `Monday morning`),
/// lower case.
pub(crate) fn is_time_unit(l: &str) -> bool {
    matches!(
        l,
        "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
    )
}

/// Adverbs of time and manner that stand between a cue and its content (`said
/// yesterday that`, `said privately`), lower case.
pub(crate) fn is_cue_adverb(l: &str) -> bool {
    matches!(
        l,
        "today"
            | "yesterday"
            | "tonight"
            | "earlier"
            | "later"
            | "recently"
            | "previously"
            | "again"
            | "also"
            | "privately"
            | "publicly"
            | "repeatedly"
    )
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
                | "authority"
                | "ad"
                | "ads"
                | "advertisement"
                | "commercial"
                | "video"
                | "editorial"
                | "complaint"
                | "lawsuit"
                | "filing"
                | "article"
                | "tweet"
                | "transcript"
                | "column"
                | "book"
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

// The words around a speaker at the start of a sentence or a line.

/// Labels that open a line with a colon without naming a speaker.
pub(crate) const LINE_LABELS: &[&str] = &[
    "update",
    "updated",
    "watch",
    "related",
    "photo",
    "photos",
    "video",
    "note",
    "read",
    "source",
    "sources",
    "correction",
    "warning",
    "listen",
    "transcript",
    "editor's note",
    "editor’s note",
    "more",
    "also",
    "see",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "q",
    "a",
    "question",
    "answer",
    "where",
    "when",
    "what",
    "who",
    "why",
    "how",
    "top stories",
    "subscribe",
    "follow",
    "contact",
    "email",
    "twitter",
    "getty",
    "ap",
    "reuters",
    "credit",
    "caption",
    "image",
    "images",
    "file",
    "topics",
    "tags",
    "share",
    "disclaimer",
    "p.s",
];

/// True when a capitalised sentence opener can start a name: not a function word, a
/// time word, a participle or an adverb.
pub(crate) fn plausible_name_word(w: &str) -> bool {
    !(stops_speaker(w)
        || is_time_word(w)
        || is_not_subject(w)
        || is_month_as_written(w)
        || is_opener(w)
        || NUMBER_SET.contains(w)
        || (w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) && w.len() > 4))
}

/// [`NUMBER_WORDS`] as a set.
static NUMBER_SET: WordSet = WordSet::new(NUMBER_WORDS);

/// True for a word of [`OPENERS`], as written.
pub(crate) fn is_opener(w: &str) -> bool {
    static SET: WordSet = WordSet::new(OPENERS);
    SET.contains(w)
}

/// True for a word of [`NOT_SUBJECT`], as written.
pub(crate) fn is_not_subject(w: &str) -> bool {
    static SET: WordSet = WordSet::new(NOT_SUBJECT);
    SET.contains(w)
}

/// Capitalised number words: `Thirteen years earlier, …` opens with no name.
const NUMBER_WORDS: &[&str] = &[
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
    "Twenty",
    "Thirty",
    "Forty",
    "Fifty",
    "Hundreds",
    "Thousands",
    "Dozens",
    "Millions",
];

/// Capitalised adverbs and participles that open sentences and are never names (a
/// list, not a suffix rule: `Emily` and `King` end like adverbs and participles).
pub(crate) const OPENERS: &[&str] = &[
    "Finally",
    "Likewise",
    "Recently",
    "Similarly",
    "Additionally",
    "Ultimately",
    "Currently",
    "Previously",
    "Nearly",
    "Only",
    "Early",
    "Likely",
    "Clearly",
    "Obviously",
    "Apparently",
    "Unfortunately",
    "Fortunately",
    "Interestingly",
    "Importantly",
    "Initially",
    "Eventually",
    "Notably",
    "Separately",
    "Specifically",
    "Frankly",
    "Honestly",
    "Certainly",
    "Actually",
    "Basically",
    "Generally",
    "Personally",
    "Publicly",
    "Privately",
    "Immediately",
    "Really",
    "Speaking",
    "According",
    "Asked",
    "Following",
    "Including",
    "Regarding",
    "Concerning",
    "Having",
    "Being",
    "Based",
    "Given",
    "Compared",
    "Written",
    "Holding",
    "Continuing",
    "Reprising",
    "Meaning",
    "Adding",
    "Noting",
    "Saying",
    "Citing",
    "Responding",
    "Referring",
    "Looking",
    "Turning",
    "Pressed",
    "Reached",
    "Contacted",
    "Told",
    "Facing",
    "Seeking",
    "Running",
    "Trying",
    "Using",
    "Calling",
    "Describing",
    "Addressing",
    "Appearing",
    "Writing",
    "Explaining",
    "Arguing",
    "Warning",
    "Insisting",
    "Acknowledging",
    "Standing",
    "Sitting",
    "Walking",
    "Wearing",
    "Watching",
    "Waiting",
    "Leaving",
    "Visiting",
    "Amid",
    "Much",
    "Many",
    "Most",
    "Some",
    "Several",
    "Few",
    "Hours",
    "Days",
    "Minutes",
    "Weeks",
    "Months",
    "Years",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Passing",
    "Hastily",
    "Boos",
    "Cheers",
    "Thanks",
    "Read",
    "See",
    "Click",
    "Watch",
];

/// Words of a span of time before `ago` (`less than two weeks ago`).
pub(crate) const TIME_SPAN_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "few", "several", "less", "more", "than", "about", "nearly", "almost", "just", "only", "some",
    "days", "weeks", "months", "years", "hours", "minutes", "decades", "day", "week", "month",
    "year", "hour", "decade",
];

/// First words of an introduction before an attribution that is not part of what was
/// said (`Asked about it, she said, "…"`, `However, the agency said, "…"`).
pub(crate) const FRONTED_INTRO: &[&str] = &[
    "Asked",
    "Speaking",
    "According",
    "Still",
    "However",
    "Meanwhile",
    "Now",
    "Then",
    "Later",
    "Earlier",
    "Today",
    "Yesterday",
    "Separately",
    "Afterward",
    "Afterwards",
];

/// Words that make an introduction before an attribution a setting in time or place
/// (`Minutes later`, `In an interview on Monday`), not part of what was said.
/// The days of the week count as well (see [`is_fronted_setting`]).
const FRONTED_SETTING: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "ago",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "minutes",
    "hours",
    "days",
    "interview",
    "statement",
    "speech",
    "letter",
    "email",
    "tweet",
    "post",
    "conference",
    "rally",
    "remarks",
    "appearance",
    "broadcast",
    "debate",
    "hearing",
    "briefing",
];

/// True for a lower-case word of [`FRONTED_SETTING`] or a day of the week.
pub(crate) fn is_fronted_setting(l: &str) -> bool {
    is_weekday(l) || FRONTED_SETTING.contains(&l)
}

/// Capitalised sentence openers that are never a subject.
pub(crate) const NOT_SUBJECT: &[&str] = &[
    "In",
    "On",
    "At",
    "For",
    "With",
    "Without",
    "When",
    "While",
    "After",
    "Before",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "If",
    "As",
    "Since",
    "Though",
    "Although",
    "Because",
    "Still",
    "However",
    "Meanwhile",
    "Instead",
    "Now",
    "Then",
    "Here",
    "There",
    "Speaking",
    "Asked",
    "According",
    "During",
    "Despite",
    "Unlike",
    "Like",
    "Of",
    "From",
    "To",
    "By",
    "Why",
    "What",
    "How",
    "Who",
    "Where",
    "Yes",
    "No",
    "Even",
    "Only",
    "Also",
    "Written",
    "Holding",
];

// Clause words.

/// True for a preposition that opens a phrase after a speaker's head noun
/// (`engineers across the region`).
pub(crate) fn is_post_modifier_preposition(w: &str) -> bool {
    matches!(
        w,
        "across" | "in" | "from" | "at" | "around" | "throughout" | "near" | "with" | "for" | "of"
    )
}

/// True for a (lower-case) noun naming a group of people (`engineers`, `residents`) or
/// a person role (`spokesman`): a head that a prepositional phrase can follow.
pub(crate) fn group_noun(w: &str) -> bool {
    !stops_speaker(w)
        && !is_time_word(w)
        && (is_person_role(w)
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with('\'')))
}

/// Words that open a clause whose subject follows (`though Fiorina said …`).
pub(crate) fn is_subordinator(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "though"
                | "although"
                | "while"
                | "because"
                | "since"
                | "as"
                | "when"
                | "after"
                | "before"
                | "if"
                | "but"
                | "and"
                | "so"
                | "yet"
                | "whereas"
                | "unless"
                | "until"
                | "once"
                | "where"
        )
    })
}

/// Sentence openers that leave the next noun phrase the subject (`But Manafort said`).
pub(crate) fn is_connective(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "but"
                | "and"
                | "so"
                | "yet"
                | "still"
                | "now"
                | "meanwhile"
                | "however"
                | "instead"
                | "also"
                | "then"
                | "later"
                | "separately"
                | "similarly"
                | "indeed"
                | "earlier"
                | "today"
                | "yesterday"
                | "tonight"
                | "or"
                | "plus"
                | "finally"
                | "again"
                | "even"
                | "only"
                | "thus"
                | "likewise"
                | "moreover"
                | "nonetheless"
                | "nevertheless"
        )
    }) || is_time_word(w)
}

/// A lower-case `-ing` form that opens a participle clause (`referring to …`), not a
/// preposition or a pronoun that ends the same way (`including`, `nothing`).
pub(crate) fn is_participle(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ing")
        && w.starts_with(char::is_lowercase)
        && !matches!(
            w,
            "including"
                | "according"
                | "following"
                | "regarding"
                | "concerning"
                | "excluding"
                | "involving"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "being"
                | "during"
        )
}

// Abbreviations, titles and name particles.

/// Abbreviations that take a dot, lower case (the months are in [`MONTH_ABBREVIATIONS`]
/// and [`OTHER_MONTH_ABBREVIATIONS`]).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "prof",
    "sgt", "capt", "maj", "adm", "rev", "hon", "vs", "inc", "co", "corp", "ltd", "u.s", "u.k",
    "u.n", "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "ft", "mt", "calif", "fla", "pa", "va", "n.y",
    "mass", "wash", "ga", "ark", "tenn", "ky", "la", "ariz", "colo", "conn", "mich", "minn",
    "okla", "tex", "wis", "neb", "nev", "vt", "md",
];

/// The length in bytes of the longest word of [`ABBREVIATIONS`],
/// [`MONTH_ABBREVIATIONS`] and [`OTHER_MONTH_ABBREVIATIONS`] (a test checks it).
const LONGEST_ABBREVIATION: usize = 5;

/// True when `word` (without its dot) is an abbreviation that takes a dot.
pub fn is_abbreviation(word: &str) -> bool {
    // The tokenizer asks this of every word before a dot, and the sentence splitter of
    // every dot: a word longer than every listed abbreviation is not looked up at all.
    (word.len() <= LONGEST_ABBREVIATION
        && with_lower(word, |lw| {
            static SET: WordSet = WordSet::new(ABBREVIATIONS);
            SET.contains(lw)
                || MONTH_ABBREVIATIONS.contains(&lw)
                || OTHER_MONTH_ABBREVIATIONS.contains(&lw)
        }))
        || (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()))
        // Dotted initials: `N.C`, `S.C`, `N.J` (the last dot is the stop).
        || (word.contains('.')
            && word
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase)))
}

/// Words that stand before a name without being part of it: titles, roles written as
/// titles, and the sentence openers a name follows (`Said Lee`, `But Lee`).
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "Senator",
    "Sen",
    "Rep",
    "Gov",
    "Governor",
    "Gen",
    "General",
    "Vice",
    "Former",
    "Chairman",
    "Chairwoman",
    "Judge",
    "Justice",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Ayatollah",
    "Speaker",
    "Leader",
    "Candidate",
    "Nominee",
    "Representative",
    "Attorney",
    "Lt",
    "Col",
    "Sgt",
    "Adm",
    "Mayor",
    "Chief",
    "Ambassador",
    "Commissioner",
    "Director",
    "CEO",
    "The",
    "Professor",
    "Prof",
    "Rev",
    "Congressman",
    "Congresswoman",
    "Democrat",
    "Republican",
    "Spokesman",
    "Spokeswoman",
    "Sir",
    "Lord",
    "Dame",
    "Officer",
    "Commander",
    "Deputy",
    "Foreign",
    "Defense",
    "Defence",
    "Interior",
    "Economy",
    "Finance",
    "State",
    "Democratic",
    "GOP",
    "Sens",
    "Reps",
    "Gens",
    "Presidential",
    "Said",
    "But",
    "And",
    "When",
    "In",
    "On",
];

/// Lower-case particles inside names (`al-Sudani`, `bin Salman`, `van der Berg`).
pub(crate) const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "da", "la", "le", "el", "abu", "del", "di",
];

/// True for a word of [`TITLES`], with or without its dot (`Sen.`).
pub(crate) fn is_title(w: &str) -> bool {
    static SET: WordSet = WordSet::new(TITLES);
    SET.contains(w.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_intentions_are_listed_in_lower_case() {
        assert!(INTENT.iter().all(|w| *w == w.to_ascii_lowercase()));
    }

    #[test]
    fn no_listed_abbreviation_is_longer_than_the_bound() {
        let longest = ABBREVIATIONS
            .iter()
            .chain(&MONTH_ABBREVIATIONS)
            .chain(&OTHER_MONTH_ABBREVIATIONS)
            .map(|w| w.len())
            .max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn calendar_words_keep_their_forms() {
        // A month as written is capitalised, and abbreviated only with its dot.
        for w in ["May", "September", "Sept.", "Jan."] {
            assert!(is_month_as_written(w), "{w}");
        }
        for w in ["may", "MAY", "Sept", "Mar.", "May."] {
            assert!(!is_month_as_written(w), "{w}");
        }
        // Between a cue and its content `may` is the modal, and only AP's abbreviations
        // are dates.
        for w in ["Tuesday", "March", "sept.", "yesterday", "privately"] {
            assert!(is_time_word(w), "{w}");
        }
        for w in ["may", "May", "sept", "mar.", "weekend"] {
            assert!(!is_time_word(w), "{w}");
        }
        // Every month abbreviation still takes a dot that ends no sentence.
        for w in ["Jan", "Mar", "Sep", "Sept", "Dec"] {
            assert!(is_abbreviation(w), "{w}");
        }
        assert!(is_fronted_setting("monday") && is_fronted_setting("tweet"));
    }

    #[test]
    fn stance_lines_give_single_words_or_whole_phrases() {
        assert_eq!(
            stance_forms("endorse endorses endorsed endorsing"),
            ["endorse", "endorses", "endorsed", "endorsing"]
        );
        assert_eq!(
            stance_forms("took issue with takes issue with"),
            ["took issue with", "takes issue with"]
        );
        assert_eq!(
            stance_forms("spoke out against speaks out against"),
            ["spoke out against", "speaks out against"]
        );
        // No form of a phrasal line is a bare particle or preposition: `with` or `up`
        // on their own would be cues everywhere.
        for line in STANCE.split('\n') {
            for form in stance_forms(line) {
                assert!(
                    !matches!(
                        form,
                        "with" | "by" | "up" | "to" | "out" | "on" | "for" | "about"
                    ),
                    "{line:?} gives the bare form {form:?}"
                );
            }
        }
    }

    #[test]
    fn every_stance_form_is_a_stance_cue() {
        let lex = lexicon();
        for form in STANCE.split('\n').flat_map(stance_forms) {
            let m = lex
                .matcher
                .find(form)
                .expect("a stance form is in the lexicon");
            assert_eq!((m.start(), m.end()), (0, form.len()), "{form}");
        }
        let cue = cue_at("Lee endorsed Park", dateline_plugin::Span::new(4, 12)).unwrap();
        assert_eq!(cue.strength, Strength::Stance);
        assert!(needs_as("sees") && !needs_as("seems") && !needs_as("endorsed"));
    }
}
