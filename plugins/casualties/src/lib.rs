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
}

/// Per-article totals as an analyst codes them: the payload of the `casualty_total`
/// claim.
///
/// Repeated mentions of one incident are not summed: within a sentence the counts of
/// distinct groups add up, across sentences the largest figure per incident wins, and a
/// running toll ("raising the toll to 34") replaces what came before it. Sentences that
/// mark a separate incident ("in a separate attack", "also", "elsewhere") or open with
/// a different place ("In Syria, …") start a new incident, and incidents add up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Everyone reported killed, perpetrators included (GTD `nkill`, ACLED fatalities).
    pub killed: u64,
    /// Of `killed`, the perpetrators (GTD `nkillter`).
    pub killed_perpetrators: u64,
    /// Everyone reported injured, perpetrators included (GTD `nwound`).
    pub injured: u64,
    /// Of `injured`, the perpetrators (GTD `nwoundte`).
    pub injured_perpetrators: u64,
    /// Abducted, kidnapped or taken hostage.
    pub abducted: u64,
    /// Arrested or detained.
    pub arrested: u64,
    /// Missing.
    pub missing: u64,
    /// Displaced.
    pub displaced: u64,
    /// Killed and injured together when the text does not split them ("1,500
    /// casualties", "killed or wounded 2,000").
    pub casualties: u64,
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
        Ok(Casualties { prefilter })
    }

    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        let mentions = self.mentions(doc);
        let mut claims: Vec<Claim> = mentions
            .iter()
            .map(|(m, _)| {
                let payload = Casualty {
                    category: m.category,
                    count: m.count.clone(),
                    role: m.role,
                    group: m.group.clone(),
                    place: m.place.clone(),
                    source: m.source.clone(),
                    parts: m.parts.clone(),
                };
                Claim::new(doc, m.span, Payload::Casualty(payload))
            })
            .collect();
        if let Some((first, _)) = mentions.first() {
            let totals = combine(&mentions);
            let data = serde_json::to_value(&totals)
                .map_err(|e| PluginError::extract(format!("cannot serialize totals: {e}")))?;
            claims.push(Claim::new(doc, first.span, Payload::other(TOTAL_KIND, data)));
        }
        Ok(claims)
    }
}

/// Facts about the sentence a mention comes from, used to combine totals.
#[derive(Debug, Clone)]
struct SentenceInfo {
    index: usize,
    separate: bool,
    fronted_place: Option<String>,
}

impl Casualties {
    /// Every mention of the document with its sentence facts, in text order.
    fn mentions(&self, doc: &Document) -> Vec<(Mention, SentenceInfo)> {
        let text = doc.text.as_str();
        let whole = [Span::new(0, text.len())];
        let sentences: &[Span] = if doc.sentences.is_empty() { &whole } else { &doc.sentences };
        // One pass of the automaton over the whole text; only sentences with a trigger
        // are tokenized.
        let mut hits = self.prefilter.find_iter(text).map(|m| m.start()).peekable();
        let ctx = SentenceCtx {
            text,
            year: doc.published.map(|d| chrono_year(&d.to_string())),
        };
        let mut out = Vec::new();
        let mut index = 0;
        for s in sentences {
            while hits.peek().is_some_and(|&h| h < s.start) {
                hits.next();
            }
            if !hits.peek().is_some_and(|&h| h < s.end) {
                index += 1;
                continue;
            }
            for unit in split_units(text, *s) {
                let toks = token::tokenize(&text[unit.start..unit.end], unit.start);
                let (ms, fl) = rules::sentence(&ctx, &toks);
                let info = SentenceInfo {
                    index,
                    separate: fl.separate,
                    fronted_place: fronted_place(&toks, text),
                };
                out.extend(ms.into_iter().map(|m| (m, info.clone())));
                index += 1;
            }
        }
        out
    }
}

/// The year of an ISO date string (`2024-02-03` → 2024).
fn chrono_year(iso: &str) -> i32 {
    iso.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
}

/// A place that opens the sentence ("In Syria, …"), which marks a new incident.
fn fronted_place(toks: &[token::Tok], text: &str) -> Option<String> {
    let first = toks.first()?;
    if !(first.is("in") || first.is("near") || first.is("at")) {
        return None;
    }
    let mut j = 1;
    while j < toks.len() && toks[j].cap && toks[j].kind == token::Kind::Word && j < 5 {
        j += 1;
    }
    (j > 1 && toks.get(j).is_some_and(|t| t.is(","))).then(|| text[toks[1].start..toks[j - 1].end].to_string())
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
        if b != b'\n' && !(next.is_uppercase() || next.is_ascii_digit() || next == '"' || next == '“') {
            continue;
        }
        if b == b'.' {
            let word_start = body[..i].rfind(|c: char| !c.is_alphanumeric() && c != '.').map_or(0, |k| k + 1);
            let word = &body[word_start..i];
            let abbrev = word.len() <= 1
                || word.contains('.')
                || matches!(
                    word,
                    "Mr" | "Mrs" | "Ms" | "Dr" | "Gen" | "Lt" | "Col" | "Capt" | "Sgt" | "Maj" | "St" | "No" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "Gov" | "Sen" | "Rep" | "Prof" | "Rev" | "Brig" | "Cpl" | "Pvt" | "Adm" | "Inc" | "Co" | "Corp" | "Ltd" | "vs"
                );
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
    victims: u64,
    perps: u64,
}

/// Combine the mentions of one category into incidents and add the incidents up.
fn category_total(mentions: &[(Mention, SentenceInfo)], cat: CasualtyCategory) -> (u64, u64) {
    let mut incidents: Vec<Incident> = Vec::new();
    let mut k = 0;
    let list: Vec<&(Mention, SentenceInfo)> = mentions.iter().filter(|(m, _)| m.category == cat && !m.subset).collect();
    while k < list.len() {
        // Gather one sentence's mentions: distinct counts in one sentence add up.
        let idx = list[k].1.index;
        let mut victims = 0;
        let mut perps = 0;
        let mut update = None;
        let info = &list[k].1;
        let place = info.fronted_place.clone().or_else(|| list[k].0.place.clone());
        while k < list.len() && list[k].1.index == idx {
            let m = &list[k].0;
            if m.update {
                update = Some(m.count.value);
            } else if m.role == Role::Perpetrators {
                perps += m.count.value;
            } else {
                let inc = m.perps_included.min(m.count.value);
                victims += m.count.value - inc;
                perps += inc;
            }
            k += 1;
        }
        if let Some(v) = update {
            // A running toll covers every incident so far.
            let prev_perps = incidents.iter().map(|i| i.perps).sum::<u64>().max(perps);
            incidents = vec![Incident {
                place: None,
                victims: v.saturating_sub(perps),
                perps: prev_perps,
            }];
            continue;
        }
        // A sentence that opens on a place no incident so far happened in ("In Syria,
        // …") tells a new incident.
        let new_place = info.fronted_place.as_ref().is_some_and(|p| incidents.iter().all(|i| i.place.as_ref() != Some(p)));
        let new_incident = incidents.is_empty() || info.separate || new_place;
        if new_incident {
            incidents.push(Incident { place, victims, perps });
        } else if let Some(last) = incidents.last_mut() {
            last.victims = last.victims.max(victims);
            last.perps = last.perps.max(perps);
            if last.place.is_none() {
                last.place = place;
            }
        }
    }
    let victims: u64 = incidents.iter().map(|i| i.victims).sum();
    let perps: u64 = incidents.iter().map(|i| i.perps).sum();
    (victims + perps, perps)
}

fn combine(mentions: &[(Mention, SentenceInfo)]) -> Totals {
    let (killed, killed_perpetrators) = category_total(mentions, CasualtyCategory::Killed);
    let (injured, injured_perpetrators) = category_total(mentions, CasualtyCategory::Injured);
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
    }
}

/// The totals of an article, read back from its `casualty_total` claim.
pub fn totals(claims: &[Claim]) -> Option<Totals> {
    claims.iter().find_map(|c| match &c.payload {
        Payload::Other { kind, data } if kind == TOTAL_KIND => serde_json::from_value(data.clone()).ok(),
        _ => None,
    })
}

dateline_plugin::export_plugin!(Casualties);
