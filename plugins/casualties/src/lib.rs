//! Dateline plugin: casualty counts (killed, injured, abducted, arrested, missing,
//! displaced) as conflict coders count them.
//!
//! Every count becomes a `casualty` claim with its category, its count (`min`, `max`,
//! the value a coder records, the qualifier and vague words as written), the people
//! counted, whether they were victims or perpetrators, and the place and source the
//! sentence states. Each article also gets one `casualty_total` claim with the totals an
//! analyst would code (see [`Totals`] and the crate README for the rules).
//!
//! ```
//! use dateline_casualties::Casualties;
//! use dateline_plugin::{CasualtyCategory, Document, Extractor};
//! use dateline_plugin::serde_json::json;
//!
//! let plugin = Casualties::create(&json!({})).unwrap();
//! let doc = Document::from_text(
//!     "a",
//!     "Gunmen attacked a village in Gao region, killing 12 civilians and abducting 5 others.",
//! );
//! let claims = plugin.extract(&doc).unwrap();
//! let killed = claims.iter().filter_map(|c| c.payload.as_casualty()).find(|c| c.category == CasualtyCategory::Killed).unwrap();
//! assert_eq!(killed.count.value, 12);
//! assert_eq!(killed.place.as_deref(), Some("Gao region"));
//! let totals = dateline_casualties::totals(&claims).unwrap();
//! assert_eq!((totals.killed, totals.abducted), (12, 5));
//! ```
#![deny(missing_docs)]

mod lexicon;
mod number;
mod rules;
mod token;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dateline_plugin::serde_json::{self, Value};
use dateline_plugin::{
    Casualty, CasualtyCategory, Claim, Document, Extractor, Manifest, Payload, PluginError, Role,
    Span,
};
use serde::{Deserialize, Serialize};

use crate::rules::{Mention, SentenceCtx};

/// The kind of the per-article totals claim.
pub const TOTAL_KIND: &str = "casualty_total";

/// The casualty-count extractor.
pub struct Casualties {
    prefilter: AhoCorasick,
    /// Finds the words that can open a series cue ("one of four related attacks",
    /// "part of a series of bombings"), which may stand in a sentence without any
    /// casualty word.
    series_cue: AhoCorasick,
}

/// Per-article totals as an analyst codes them: the payload of the `casualty_total`
/// claim.
///
/// Repeated mentions of one incident are not summed: within a sentence the counts of
/// distinct groups add up, across sentences the largest figure per incident wins, and a
/// running toll ("raising the toll to 34") replaces what came before it. Sentences that
/// mark a separate incident ("in a separate attack", "also", "elsewhere") or open with
/// a different place ("In Syria, …") start a new incident, and incidents add up. Single
/// victims introduced as new people ("a trader", "a police officer") add up across
/// sentences; perpetrators are combined per kind (suicide bombers, other attackers).
/// The full rules are in the crate README.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Everyone reported killed, perpetrators included (GTD `nkill`, ACLED fatalities).
    #[serde(default)]
    pub killed: u64,
    /// Of `killed`, the perpetrators (GTD `nkillter`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub killed_perpetrators: u64,
    /// Everyone reported injured, perpetrators included (GTD `nwound`).
    #[serde(default)]
    pub injured: u64,
    /// Of `injured`, the perpetrators (GTD `nwoundte`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub injured_perpetrators: u64,
    /// Abducted, kidnapped or taken hostage.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub abducted: u64,
    /// Arrested or detained.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub arrested: u64,
    /// Missing.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub missing: u64,
    /// Displaced.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub displaced: u64,
    /// Killed and injured together when the text does not split them ("1,500
    /// casualties", "killed or wounded 2,000").
    #[serde(default, skip_serializing_if = "is_zero")]
    pub casualties: u64,
    /// Set when the report says that it tells one of several related incidents ("This
    /// was one of four related attacks on this day"): the figures of the report are
    /// then this incident's, and a toll stated for the whole series is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<Series>,
    /// Every figure stated for several incidents together ("across both attacks", "the
    /// three bombings together killed 25"), with what the totals above did with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aggregates: Vec<Aggregate>,
}

/// A report that tells one incident of a series of related incidents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    /// How many incidents the series has, when the text says ("one of four related
    /// attacks" is 4; "one of several coordinated attacks" leaves it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<u32>,
}

/// A casualty figure stated for several incidents together.
///
/// It refers to the `casualty` claim with the same span (`start`, `end`) and category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aggregate {
    /// Always `aggregate` for now: the figure covers several incidents, where every
    /// other claim is one incident's figure.
    pub scope: String,
    /// The category of the claim.
    pub category: CasualtyCategory,
    /// The coded value of the claim.
    pub value: u64,
    /// How many incidents the figure covers, when the text says ("both" is 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<u32>,
    /// True when the figure covers incidents the report does not tell: the report is
    /// one of a series, or the figure is a cumulative toll ("the cumulative toll of three
    /// days of fighting").
    pub beyond_report: bool,
    /// What the totals did with it: `total` (the report tells all the incidents, so the
    /// figure is its total and replaces the figures before it), `divided` (the only
    /// figure of its category in a report of one incident of a series: its share,
    /// the figure divided by the number of incidents, rounded down, as GTD apportions
    /// a toll known only for the series) or `excluded` (the report gives this
    /// incident's own figure, or the number of incidents to divide by is not stated).
    pub counted: String,
    /// First byte of the claim's span.
    pub start: usize,
    /// One past the last byte of the claim's span.
    pub end: usize,
}

impl Extractor for Casualties {
    const MANIFEST: Manifest = Manifest {
        name: "casualties",
        version: env!("CARGO_PKG_VERSION"),
        description: "casualty counts (killed, injured, abducted, arrested, missing, displaced) coded as ACLED/GTD coders do",
        kinds: &["casualty", TOTAL_KIND],
    };

    fn create(config: &Value) -> Result<Self, PluginError> {
        match config {
            Value::Null => {}
            Value::Object(map) if map.is_empty() => {}
            Value::Object(map) => {
                let keys: Vec<&str> = map.keys().map(String::as_str).collect();
                return Err(PluginError::config(format!(
                    "the casualties plugin takes no options, got {}",
                    keys.join(", ")
                )));
            }
            _ => return Err(PluginError::config("expected a table of options")),
        }
        let prefilter = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(lexicon::PREFILTER)
            .map_err(|e| PluginError::config(format!("cannot build the trigger automaton: {e}")))?;
        let series_cue = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(["one of ", "series of ", "part of ", "wave of ", "spate of "])
            .map_err(|e| PluginError::config(format!("cannot build the series automaton: {e}")))?;
        Ok(Casualties {
            prefilter,
            series_cue,
        })
    }

    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        let mentions = self.mentions(doc);
        let Some(first_span) = mentions.first().map(|(m, _)| m.span) else {
            return Ok(Vec::new());
        };
        let totals = combine(&mentions, self.series(doc));
        let mut claims: Vec<Claim> = Vec::with_capacity(mentions.len() + 1);
        for (m, _) in mentions {
            let payload = Casualty {
                category: m.category,
                count: m.count,
                role: m.role,
                group: m.group,
                place: m.place,
                source: m.source,
                parts: m.parts,
                // The claim says itself whether its figure is a total over several
                // incidents, so that a reader (and the timeline) never sets it against
                // one incident's figure; the totals below have already dealt with it.
                scope: if m.aggregate {
                    dateline_plugin::Scope::Aggregate
                } else {
                    dateline_plugin::Scope::Incident
                },
                incidents: m.incidents.filter(|_| m.aggregate),
            };
            claims.push(Claim::new(doc, m.span, Payload::Casualty(payload)));
        }
        let data = serde_json::to_value(&totals)
            .map_err(|e| PluginError::extract(format!("cannot serialize totals: {e}")))?;
        claims.push(Claim::new(
            doc,
            first_span,
            Payload::other(TOTAL_KIND, data),
        ));
        Ok(claims)
    }
}

/// The document's sentences, or the whole text as one when the host gave none.
fn sentences_of(doc: &Document) -> std::borrow::Cow<'_, [Span]> {
    if doc.sentences.is_empty() {
        std::borrow::Cow::Owned(vec![Span::new(0, doc.text.len())])
    } else {
        std::borrow::Cow::Borrowed(&doc.sentences)
    }
}

/// Facts about the sentence a mention comes from, used to combine totals.
#[derive(Debug, Clone)]
struct SentenceInfo {
    index: usize,
    separate: bool,
    conflict: bool,
    competing: bool,
    later: bool,
    refers_back: bool,
    attributed: bool,
    beside_perps: bool,
    /// "N more" people ([`rules::Flags::more`]).
    more: bool,
    fronted_place: Option<String>,
}

impl Casualties {
    /// Whether the report says it tells one of several related incidents, and how many
    /// (see [`Series`]). The cue may stand in a sentence without a casualty word, so
    /// it is looked for in every sentence that has one of its opening words.
    fn series(&self, doc: &Document) -> Option<Option<u32>> {
        let text = doc.text.as_str();
        let sentences = sentences_of(doc);
        let mut lower = String::new();
        let mut done = usize::MAX;
        for hit in self.series_cue.find_iter(text) {
            // A binary search: a linear one per hit made a long text full of the cue's
            // opening words ("part of", "one of") quadratic.
            let after = sentences.partition_point(|s| s.start <= hit.start());
            let Some(s) = after
                .checked_sub(1)
                .map(|i| sentences[i])
                .filter(|s| hit.start() < s.end)
            else {
                continue;
            };
            if s.start == done {
                continue;
            }
            done = s.start;
            let body = &text[s.start..s.end];
            lower.clear();
            lower.push_str(body);
            lower.make_ascii_lowercase();
            let toks = token::tokenize(body, &lower, s.start);
            if let Some(n) = rules::series_member(&toks) {
                return Some(n);
            }
        }
        None
    }

    /// Every mention of the document with its sentence facts, in text order.
    fn mentions(&self, doc: &Document) -> Vec<(Mention, SentenceInfo)> {
        let text = doc.text.as_str();
        let sentences = sentences_of(doc);
        let sentences: &[Span] = &sentences;
        // One pass of the automaton over the whole text; only sentences with a trigger
        // are tokenized.
        let mut hits = self.prefilter.find_iter(text).map(|m| m.start()).peekable();
        let ctx = SentenceCtx {
            text,
            year: doc.published.map(|d| chrono_year(&d.to_string())),
        };
        let mut out: Vec<(Mention, SentenceInfo)> = Vec::new();
        let mut index = 0;
        // One lower-case buffer for the whole document: the tokens of a unit borrow it
        // and are dropped before the next unit, so it is refilled, not reallocated.
        let mut lower = String::new();
        for s in sentences {
            while hits.peek().is_some_and(|&h| h < s.start) {
                hits.next();
            }
            if hits.peek().is_none_or(|&h| h >= s.end) {
                // "The army said 4." right after a count: a further account of it.
                // Such an account is short ("The army's figure was eight.").
                if s.end - s.start <= 120
                    && let Some((prev, info)) = out.last().filter(|(_, i)| i.index + 1 == index)
                    && prev.role == Role::Victims
                {
                    let body = &text[s.start..s.end];
                    lower.clear();
                    lower.push_str(body);
                    lower.make_ascii_lowercase();
                    let toks = token::tokenize(body, &lower, s.start);
                    if let Some(mut m) = rules::elliptical_account(&toks, prev.category) {
                        m.place.clone_from(&prev.place);
                        let info = SentenceInfo {
                            index,
                            separate: false,
                            conflict: false,
                            competing: true,
                            later: false,
                            refers_back: false,
                            attributed: true,
                            beside_perps: false,
                            more: false,
                            fronted_place: info.fronted_place.clone(),
                        };
                        out.push((m, info));
                    }
                }
                index += 1;
                continue;
            }
            for unit in split_units(text, *s) {
                let body = &text[unit.start..unit.end];
                lower.clear();
                lower.push_str(body);
                lower.make_ascii_lowercase();
                let toks = token::tokenize(body, &lower, unit.start);
                let (ms, fl) = rules::sentence(&ctx, &toks);
                if ms.is_empty() {
                    index += 1;
                    continue;
                }
                let info = SentenceInfo {
                    index,
                    separate: fl.separate,
                    conflict: fl.conflict,
                    competing: fl.competing,
                    later: fl.later,
                    refers_back: fl.refers_back,
                    attributed: fl.attributed,
                    beside_perps: fl.beside_perps,
                    more: fl.more,
                    fronted_place: fronted_place(&toks, text),
                };
                out.extend(ms.into_iter().map(|m| (m, info.clone())));
                index += 1;
            }
        }
        if out.iter().any(|(m, _)| m.antecedent.is_some()) {
            resolve_antecedents(text, &mut out);
        }
        out
    }
}

/// How far back, in tokens, a back-reference looks for the count it refers to: a few
/// paragraphs, far more than any event summary and than the distance at which a news
/// report still says "the attackers" of a group it counted.
const ANTECEDENT_WINDOW: usize = 1_500;

/// Give each mention that refers back to people counted earlier ("all of the attackers
/// were killed") the number of its antecedent: the last count before it in the report
/// whose noun is the same word, or, for attackers, any word for attackers (the gunmen,
/// the assailants and the militants of a summary are one group). A mention whose
/// antecedent was never counted is dropped: "all" of an unknown number is no figure.
fn resolve_antecedents(text: &str, out: &mut Vec<(Mention, SentenceInfo)>) {
    // The text is tokenized once; each mention looks back over the tokens that end
    // before it, and no further than [`ANTECEDENT_WINDOW`] tokens. Tokenizing the text
    // before every such mention, and searching all of it, made a long text of
    // back-references quadratic (1 MB took three minutes).
    let lower = text.to_ascii_lowercase();
    let all = token::tokenize(text, &lower, 0);
    out.retain_mut(|(m, _)| {
        let Some(head) = m.antecedent.clone() else {
            return true;
        };
        let cut = all.partition_point(|t| t.end <= m.span.start);
        let toks = &all[..cut];
        let perp = lexicon::is_perpetrator(&head);
        let from = cut.saturating_sub(ANTECEDENT_WINDOW);
        let found = (from..toks.len()).rev().find_map(|k| {
            let q = number::quant_at(toks, k).filter(|q| !q.article && q.count.value > 0)?;
            let named = toks[q.end..toks.len().min(q.end + 3)]
                .iter()
                .any(|t| t.low == head || (perp && lexicon::is_perpetrator(t.low)));
            named.then_some(q.count)
        });
        match found {
            Some(count) => {
                m.count = count;
                true
            }
            None => false,
        }
    });
}

/// The year of an ISO date string (`2024-02-03` → 2024).
fn chrono_year(iso: &str) -> i32 {
    iso.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
}

/// A place that opens the sentence ("In Syria, …"), which marks a new incident.
/// A place that opens the sentence ("In Syria, …", "In the east, …", "Elsewhere in
/// Kabul, …"), which marks a new incident.
fn fronted_place(toks: &[token::Tok], text: &str) -> Option<String> {
    let mut i = 0;
    if toks.first()?.is("elsewhere") || toks.first()?.is("meanwhile") {
        i = 1;
    }
    let first = toks.get(i)?;
    if !(first.is("in") || first.is("near") || first.is("at")) {
        return None;
    }
    let comma = (i + 1..toks.len().min(i + 7)).find(|&k| toks[k].is(","))?;
    let words = &toks[i + 1..comma];
    let placeish = words.iter().all(|t| t.kind == token::Kind::Word)
        && words.iter().any(|t| {
            (t.cap && !lexicon::is_weekday(t.low))
                || matches!(
                    t.low,
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northern"
                        | "southern"
                        | "eastern"
                        | "western"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                        | "capital"
                        | "city"
                        | "town"
                        | "province"
                        | "region"
                        | "village"
                        | "district"
                        | "countryside"
                        | "border"
                )
        });
    (placeish && !words.is_empty())
        .then(|| text[words[0].start..words[words.len() - 1].end].to_ascii_lowercase())
}

/// Split a host sentence further at sentence ends the host may have missed (documents
/// built without segmentation are one sentence). A full stop ends a unit when white
/// space and an upper-case letter or digit follow and the word before it is not a
/// common abbreviation.
fn split_units(text: &str, s: Span) -> Vec<Span> {
    let body = &text[s.start..s.end];
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b'.' || b == b'!' || b == b'?' || b == b'\n') {
            continue;
        }
        let rest = &body[i + 1..];
        let trimmed = rest.trim_start();
        if b != b'\n' && (trimmed.len() == rest.len() || trimmed.is_empty()) {
            continue;
        }
        if b == b'\n' && !rest.starts_with('\n') && !body[..i].ends_with('\n') {
            // A single line break inside a paragraph (wrapped wire copy) is no boundary.
            continue;
        }
        let next = trimmed.chars().next().unwrap_or(' ');
        if b != b'\n'
            && !(next.is_uppercase() || next.is_ascii_digit() || next == '"' || next == '“')
        {
            continue;
        }
        if b == b'.' {
            let word_start = body[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
                .map_or(0, |(k, c)| k + c.len_utf8());
            let word = &body[word_start..i];
            let abbrev = word.len() <= 1
                || word.contains('.')
                || matches!(
                    word,
                    "Mr" | "Mrs"
                        | "Ms"
                        | "Dr"
                        | "Gen"
                        | "Lt"
                        | "Col"
                        | "Capt"
                        | "Sgt"
                        | "Maj"
                        | "St"
                        | "No"
                        | "Gov"
                        | "Sen"
                        | "Rep"
                        | "Prof"
                        | "Rev"
                        | "Brig"
                        | "Cpl"
                        | "Pvt"
                        | "Adm"
                        | "Inc"
                        | "Co"
                        | "Corp"
                        | "Ltd"
                        | "vs"
                )
                || lexicon::is_capitalised_month_abbreviation(word);
            if abbrev {
                continue;
            }
        }
        let end = i + 1;
        if end > start && !body[start..end].trim().is_empty() {
            out.push(Span::new(s.start + start, s.start + end));
        }
        start = end;
    }
    if start < body.len() && !body[start..].trim().is_empty() {
        out.push(Span::new(s.start + start, s.end));
    }
    out
}

/// One incident's running figures for one category.
#[derive(Default)]
struct Incident {
    place: Option<String>,
    /// The largest count of victims told as a number.
    victims: u64,
    /// Distinct single victims ("a trader", "a police officer"), by head word.
    singles: Vec<String>,
    /// Perpetrators by kind (suicide bombers apart from other attackers), largest
    /// figure per kind.
    perps: Vec<(PerpKind, u64)>,
    /// The sides the victims counted so far belong to ([`sides_of`]).
    sides: u8,
    /// The largest figure of people of no side told after attackers of the incident
    /// were counted ("… all five assailants were killed. In total, 37 people died"):
    /// a grand total, which includes the attackers, so it is not added to them.
    covered: u64,
    /// The incident's last figure was given as someone's account ("police said") and
    /// as a number, not a vague word.
    attributed: bool,
    /// The head noun of the people the last figure counts, when it names particular
    /// people ([`people_head`]).
    head: Option<String>,
}

/// The head noun of the people a group names, singular ("the Kestreli border guards"
/// is "guard"), read up to a subset or an apposition; none for words that name anyone
/// ("people", "the dead", "victims").
fn people_head(group: Option<&str>) -> Option<String> {
    let last = group?
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take_while(|w| {
            !["including", "among", "of", "which", "who"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        })
        .last()?
        .to_ascii_lowercase();
    let head = last.strip_suffix('s').unwrap_or(&last);
    (!matches!(
        head,
        "people" | "person" | "dead" | "fatalitie" | "victim" | "casualtie" | "other"
    ))
    .then(|| head.to_string())
}

/// The sides of the people a group names, read up to a subset or an apposition
/// ("people, including three soldiers" names no side: the soldiers are a subset).
fn sides_of(group: &str) -> u8 {
    let mut out = 0;
    for w in group
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        let w = w.to_ascii_lowercase();
        if matches!(w.as_str(), "including" | "among" | "of" | "which" | "who") {
            break;
        }
        out |= lexicon::side_of_word(&w);
    }
    out
}

fn mention_sides(m: &Mention) -> u8 {
    let mut out = m.group.as_deref().map_or(0, sides_of);
    for p in &m.parts {
        out |= p.group.as_deref().map_or(0, sides_of);
    }
    if let Some(head) = &m.single {
        out |= lexicon::side_of_word(&head.to_ascii_lowercase());
    }
    out
}

/// Perpetrators are told with many synonyms ("the attackers", "the assailants", "the
/// gunmen"), which are one group; a suicide bomber is a group of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PerpKind {
    Bomber,
    Attacker,
}

fn perp_kind(m: &Mention) -> PerpKind {
    let g = m.group.as_deref().unwrap_or("").to_ascii_lowercase();
    if g.contains("bomber")
        || g.contains("himself")
        || g.contains("herself")
        || g.contains("themselves")
    {
        PerpKind::Bomber
    } else {
        PerpKind::Attacker
    }
}

fn merge_perps(into: &mut Vec<(PerpKind, u64)>, from: &[(PerpKind, u64)]) {
    for &(k, n) in from {
        match into.iter_mut().find(|(k2, _)| *k2 == k) {
            Some(e) => e.1 = e.1.max(n),
            None => into.push((k, n)),
        }
    }
}

impl Incident {
    fn victims(&self) -> u64 {
        self.victims.max(self.singles.len() as u64)
    }

    fn perps(&self) -> u64 {
        self.perps.iter().map(|p| p.1).fold(0, u64::saturating_add)
    }

    /// Everyone killed (hurt …) in the incident: victims and attackers, or a grand
    /// total told after both when it is larger.
    fn total(&self) -> u64 {
        self.victims()
            .saturating_add(self.perps())
            .max(self.covered)
    }
}

/// Add perpetrators told in one sentence (distinct mentions in a sentence add up).
fn add_perps(perps: &mut Vec<(PerpKind, u64)>, kind: PerpKind, n: u64) {
    match perps.iter_mut().find(|(k, _)| *k == kind) {
        Some(e) => e.1 = e.1.saturating_add(n),
        None => perps.push((kind, n)),
    }
}

/// Whether a figure told after several incidents, one of them with attackers, is at
/// least their sum: then it counts them all.
fn grand_total(incidents: &[Incident], figure: u64) -> bool {
    incidents.len() > 1
        && incidents.iter().any(|i| i.perps() > 0)
        && figure
            >= incidents
                .iter()
                .map(Incident::total)
                .fold(0u64, u64::saturating_add)
}

/// Combine the mentions of one category into incidents and add the incidents up.
fn category_total(mentions: &[(Mention, SentenceInfo)], cat: CasualtyCategory) -> (u64, u64) {
    let mut incidents: Vec<Incident> = Vec::new();
    // The last figure was a running toll ("the death toll rose to 34").
    let mut after_toll = false;
    let mut k = 0;
    let list: Vec<&(Mention, SentenceInfo)> =
        mentions.iter().filter(|(m, _)| m.category == cat).collect();
    while k < list.len() {
        // Gather one sentence's mentions: distinct counts in one sentence add up.
        let idx = list[k].1.index;
        let sentence_start = k;
        let mut victims = 0;
        let mut singles: Vec<String> = Vec::new();
        let mut perps: Vec<(PerpKind, u64)> = Vec::new();
        let mut update = None;
        let mut update_sides = 0;
        let mut toll_value = 0;
        let mut sides = 0;
        // The lowest numeric victim figure, for a sentence that sets sources against
        // each other.
        let mut lowest: Option<u64> = None;
        // Perpetrators named in subsets ("including the bomber") are already inside
        // their parent's count; their kind comes from the subset claim.
        let mut included = 0;
        let mut named = 0;
        // A breakdown of people already counted ("The dead included the attacker"):
        // the attackers it names, and the largest figure of victims it gives.
        let mut breakdown = false;
        let mut bd_named: u64 = 0;
        let mut bd_victims: u64 = 0;
        let info = &list[k].1;
        let place = info
            .fronted_place
            .clone()
            .or_else(|| list[k].0.place.as_deref().map(str::to_ascii_lowercase));
        // Deaths among the injured already counted add to the killed of the incident,
        // as does one more person named with an ordinal ("a third soldier").
        let mut moved: u64 = 0;
        // Attackers named with an ordinal ("a fourth attacker died"), added to the
        // incident's attackers rather than merged with them as a repeat.
        let mut perps_more: Vec<(PerpKind, u64)> = Vec::new();
        while k < list.len() && list[k].1.index == idx {
            let m = &list[k].0;
            if m.from_injured || (m.increment && m.role == Role::Victims) {
                moved = moved.saturating_add(m.count.value);
            } else if m.increment && !incidents.is_empty() {
                add_perps(&mut perps_more, perp_kind(m), m.count.value);
            } else if m.subset {
                add_perps(&mut perps, perp_kind(m), m.count.value);
                named = u64::saturating_add(named, m.count.value);
                if m.breakdown {
                    breakdown = true;
                    bd_named = bd_named.saturating_add(m.count.value);
                }
            } else if m.breakdown && m.role == Role::Victims {
                let inc = m.perps_included.min(m.count.value);
                bd_victims = bd_victims.max(m.count.value - inc);
                included = u64::saturating_add(included, inc);
                breakdown = true;
            } else if m.update {
                update = Some(m.count.value);
                update_sides = mention_sides(m);
                toll_value = m.count.value;
            } else if m.role == Role::Victims
                && m.count.value == 1
                && m.group.as_deref().is_some_and(|g| {
                    matches!(
                        g.to_ascii_lowercase().as_str(),
                        "him" | "her" | "he" | "she"
                    )
                })
                && (victims > 0 || !singles.is_empty())
            {
                // A pronoun after a victim of the same sentence is that victim again
                // ("killed a shepherd … and beheaded him").
            } else if let Some(head) = m.single.as_ref().filter(|_| m.role == Role::Victims) {
                singles.push(head.clone());
                sides |= mention_sides(m);
            } else if m.role == Role::Perpetrators {
                add_perps(&mut perps, perp_kind(m), m.count.value);
            } else {
                let inc = m.perps_included.min(m.count.value);
                victims = u64::saturating_add(victims, m.count.value - inc);
                included = u64::saturating_add(included, inc);
                sides |= mention_sides(m);
                lowest = Some(lowest.map_or(m.count.value - inc, |l| l.min(m.count.value - inc)));
            }
            k += 1;
        }
        // A vague word is an open lower bound ("dozens"), which a number above it
        // agrees with: only accounts given as numbers compete.
        let vague = list[sentence_start..k]
            .iter()
            .any(|(m, _)| m.count.vague.is_some());
        let account = info.attributed && !vague;
        // The people the sentence's figure counts.
        let head = list[sentence_start..k]
            .iter()
            .find(|(m, _)| m.role == Role::Victims && !m.subset && m.single.is_none())
            .and_then(|(m, _)| people_head(m.group.as_deref()));
        // Perpetrators counted inside a listed sum ("one civilian and six assailants").
        if included > named {
            let kind = list[sentence_start..k]
                .iter()
                .find(|(m, _)| m.perps_included > 0)
                .map_or(PerpKind::Attacker, |(m, _)| perp_kind(m));
            add_perps(&mut perps, kind, included - named);
        }
        if breakdown {
            // Attackers a breakdown names that no figure of the sentence counted are
            // inside the sentence's own figure ("Thirteen people died in all, the two
            // gunmen among them" is 11 victims and 2 attackers).
            let extra = bd_named.saturating_sub(included).min(victims);
            victims = (victims - extra).max(bd_victims);
        }
        // A toll given as a second account of the figure ("Opposition activists gave a
        // higher toll of ten") competes with it rather than updating it.
        if let Some(v) = update.filter(|_| {
            !(account
                && !info.later
                && incidents
                    .last()
                    .is_some_and(|l| l.attributed && (l.head.is_none() || head.is_none())))
        }) {
            // A running toll covers every incident so far.
            let mut all = Vec::new();
            for i in &incidents {
                merge_perps(&mut all, &i.perps);
            }
            merge_perps(&mut all, &perps);
            // A toll of people of no side counts everyone who died, so the attackers
            // counted before it are inside it ("… three attackers were shot dead. The
            // overall death toll was 22" is 22), as are those of its own sentence; a
            // toll of one side ("the soldiers' death toll") counts only the attackers
            // of its own sentence.
            let inside = if update_sides == 0 { &all } else { &perps };
            let here = inside.iter().map(|p| p.1).fold(0u64, u64::saturating_add);
            after_toll = true;
            incidents = vec![Incident {
                place: None,
                victims: v.saturating_sub(here),
                singles: Vec::new(),
                perps: all,
                sides,
                covered: 0,
                attributed: account,
                head: head.clone(),
            }];
            continue;
        }
        // The toll of a competing account left to the rule below is one more figure.
        if update.is_some() {
            victims = victims.max(toll_value);
        }
        // Figures of competing sources in one sentence are one figure: coders keep
        // the lowest ("local sources said 8 were killed, while the army put the toll
        // at 5" is 5).
        if info.conflict
            && let Some(l) = lowest
        {
            victims = l;
        }
        // Single victims named in one sentence are distinct people.
        victims = victims.saturating_add(singles.len() as u64);
        if !perps_more.is_empty() && victims == 0 && moved == 0 && perps.is_empty() {
            if let Some(last) = incidents.last_mut() {
                for &(kind, n) in &perps_more {
                    add_perps(&mut last.perps, kind, n);
                }
            }
            continue;
        }
        merge_perps(&mut perps, &perps_more);
        if moved > 0 && victims == 0 && !incidents.is_empty() && !info.separate {
            if let Some(last) = incidents.last_mut() {
                last.victims = last.victims.saturating_add(moved);
            }
            continue;
        }
        victims = victims.saturating_add(moved);
        // Whether the sentence's only figure is of people of no side ("people", "the
        // dead", "fatalities"), which a grand total is told in.
        // A figure told apart from the attackers ("In addition to the bomber, eight
        // people were killed") is none.
        // A figure that names particular people ("32 mourners", "14 recruits") counts
        // those people, not everyone who died: only words that name anyone ("people",
        // "the dead", a bare number) make a grand total (round 5: a suicide bomber told
        // first, then "The blast killed 32 mourners", is 33).
        let no_side = sides == 0
            && head.is_none()
            && perps.is_empty()
            && singles.is_empty()
            && moved == 0
            && !info.beside_perps;
        // A sentence that opens on a place no incident so far happened in ("In Syria,
        // …") tells a new incident.
        let new_place = info
            .fronted_place
            .as_ref()
            .is_some_and(|p| incidents.iter().all(|i| i.place.as_ref() != Some(p)));
        // Attackers referred back to ("The bomber was also killed") belong to the
        // incident told so far, whatever marks the sentence carries.
        // So do breakdowns of people already counted.
        // "N more" people add to the incident, except after a running toll, which
        // counts them already (see `more`): the last incident is a toll's when it is the
        // only one and a toll replaced what came before it.
        let more = info.more && !after_toll;
        let new_incident = incidents.is_empty()
            || ((info.separate || new_place || more) && !info.refers_back && !breakdown);
        // Two accounts in a row of one incident's figure compete ("State media reported
        // that six people were killed. Opposition activists gave a higher toll of ten"),
        // unless the second tells a later figure.
        // Accounts of different people ("Vasonia said its troops had killed or hurt
        // 9,000 Kestreli militiamen … Kestrel said 800 Vasonians were killed or hurt")
        // are each side's claim of the other's losses, not two accounts of one figure.
        let same_people = |l: &Incident| match (&l.head, &head) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let competes = (info.competing
            || (account
                && incidents
                    .last()
                    .is_some_and(|l| l.attributed && same_people(l))))
            && !info.later;
        if !new_incident
            && no_side
            && !competes
            && !breakdown
            && victims > 0
            && grand_total(&incidents, victims)
        {
            // A figure of people of no side that is at least everyone counted so far,
            // attackers told as another incident included ("Guards killed three of
            // the raiders. Eight miners were also killed. The attack left 11 people
            // dead in all"), is the report's total.
            let mut all = Vec::new();
            for i in &incidents {
                merge_perps(&mut all, &i.perps);
            }
            let p = all.iter().map(|p| p.1).fold(0u64, u64::saturating_add);
            incidents = vec![Incident {
                place: None,
                victims: victims.saturating_sub(p),
                singles: Vec::new(),
                perps: all,
                sides,
                covered: 0,
                attributed: account,
                head: head.clone(),
            }];
            continue;
        }
        if new_incident {
            after_toll = false;
            incidents.push(Incident {
                place,
                victims,
                singles,
                perps,
                sides,
                covered: 0,
                attributed: account,
                head: head.clone(),
            });
        } else if let Some(last) = incidents.last_mut() {
            // Across sentences a repeated figure is one figure (the largest wins), but
            // single victims of different kinds ("a trader", "a police officer") add up.
            // Victims of another side than everyone counted so far are other people
            // ("rebels killed 18 soldiers … 12 rebels died"), and a competing account
            // of the same figure ("the rebels claimed to have killed 30") gives way to
            // the lower one, as ACLED codes.
            let other_side = sides != 0 && last.sides != 0 && sides & last.sides == 0;
            if breakdown {
                // The people a breakdown names are among the figure told before it:
                // its attackers come out of that figure's victims ("15 killed. The
                // dead include the bomber" is 14 victims and the bomber), and its
                // victims are no more people.
                let named_here = perps.iter().map(|p| p.1).fold(0u64, u64::saturating_add);
                last.victims = last.victims.saturating_sub(named_here).max(victims);
            } else if no_side && !competes && victims > 0 && last.perps() > 0 {
                // People of no side counted after the incident's attackers are everyone
                // who died, the attackers included ("Thirty-two recruits were killed
                // before security forces killed all five assailants. In total, 37
                // people died"): GTD's `nkill` is 37, not 37 plus 5. An account that
                // competes with the figure before it is not a grand total and keeps the
                // rule below.
                last.covered = last.covered.max(victims);
            } else if other_side {
                last.victims = last.victims.saturating_add(victims);
            } else if competes && last.victims > 0 && victims > 0 {
                last.victims = last.victims.min(victims);
            } else {
                last.victims = last.victims.max(victims);
            }
            last.sides |= sides;
            last.attributed = account;
            // A figure of anyone ("15,000 casualties") keeps the people named before.
            if head.is_some() {
                last.head.clone_from(&head);
            }
            for s in singles {
                if !last.singles.contains(&s) {
                    last.singles.push(s);
                }
            }
            merge_perps(&mut last.perps, &perps);
            if last.place.is_none() {
                last.place = place;
            }
        }
    }
    let total = incidents
        .iter()
        .map(Incident::total)
        .fold(0u64, u64::saturating_add);
    let perps = incidents
        .iter()
        .map(Incident::perps)
        .fold(0u64, u64::saturating_add);
    (total, perps)
}

/// Decide what the totals do with the figures stated for several incidents (see
/// [`Aggregate`]): they are rewritten into ordinary mentions (a total is a running toll
/// that replaces what came before it, a share is one incident's figure) or left out.
fn apportion(
    mentions: &[(Mention, SentenceInfo)],
    series: Option<Option<u32>>,
) -> (Vec<(Mention, SentenceInfo)>, Vec<Aggregate>) {
    let mut kept = Vec::with_capacity(mentions.len());
    let mut notes = Vec::new();
    // The categories the report gives an incident's own figure for, found once: asked
    // of every aggregate, the question made a text of many aggregates quadratic.
    let mut own: Vec<CasualtyCategory> = Vec::new();
    for (o, _) in mentions {
        if !o.aggregate && !own.contains(&o.category) {
            own.push(o.category);
        }
    }
    for (m, info) in mentions {
        if !m.aggregate {
            kept.push((m.clone(), info.clone()));
            continue;
        }
        let beyond = m.beyond || series.is_some();
        let own_figure = own.contains(&m.category);
        let n = m.incidents.or(series.flatten()).filter(|&n| n > 1);
        let mut m2 = m.clone();
        let counted = if !beyond {
            m2.update = true;
            kept.push((m2, info.clone()));
            "total"
        } else if own_figure {
            "excluded"
        } else if let Some(n) = n {
            m2.count.value /= u64::from(n);
            m2.aggregate = false;
            kept.push((m2, info.clone()));
            "divided"
        } else {
            "excluded"
        };
        notes.push(Aggregate {
            scope: "aggregate".to_string(),
            category: m.category,
            value: m.count.value,
            incidents: m.incidents,
            beyond_report: beyond,
            counted: counted.to_string(),
            start: m.span.start,
            end: m.span.end,
        });
    }
    (kept, notes)
}

fn combine(all: &[(Mention, SentenceInfo)], series: Option<Option<u32>>) -> Totals {
    // Earlier incidents told in the pluperfect are claims, not this report's figures.
    let own: Vec<(Mention, SentenceInfo)>;
    let all = if all.iter().any(|(m, _)| m.earlier) {
        own = all.iter().filter(|(m, _)| !m.earlier).cloned().collect();
        own.as_slice()
    } else {
        all
    };
    let (kept, aggregates) = apportion(all, series);
    let mentions = kept.as_slice();
    let (killed, killed_perpetrators) = category_total(mentions, CasualtyCategory::Killed);
    let (injured, injured_perpetrators) = category_total(mentions, CasualtyCategory::Injured);
    // The injured who died later are counted once, among the killed (GTD's `nwound`
    // counts the injured who survived).
    let died_of_wounds = mentions
        .iter()
        .filter(|(m, _)| m.from_injured)
        .map(|(m, _)| m.count.value)
        .fold(0u64, u64::saturating_add);
    let injured = injured.saturating_sub(died_of_wounds);
    Totals {
        killed,
        killed_perpetrators,
        injured,
        injured_perpetrators,
        abducted: category_total(mentions, CasualtyCategory::Abducted).0,
        arrested: category_total(mentions, CasualtyCategory::Arrested).0,
        missing: category_total(mentions, CasualtyCategory::Missing).0,
        displaced: category_total(mentions, CasualtyCategory::Displaced).0,
        casualties: category_total(mentions, CasualtyCategory::Casualties).0,
        series: series.map(|incidents| Series { incidents }),
        aggregates,
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The totals of an article, read back from its `casualty_total` claim.
pub fn totals(claims: &[Claim]) -> Option<Totals> {
    claims.iter().find_map(|c| match &c.payload {
        Payload::Other { kind, data } if kind == TOTAL_KIND => {
            serde_json::from_value(data.clone()).ok()
        }
        _ => None,
    })
}

dateline_plugin::export_plugin!(Casualties);
