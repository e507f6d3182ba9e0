//! An event's quotes and casualty figures, grouped across its sources.
//!
//! This module receives the claims of one merged event (each with the index of its
//! source) and hands back the quote groups (one per quote, however many sources carry
//! it) and, per casualty category, the figures the sources give side by side.

use std::collections::{HashMap, HashSet};

use dateline_plugin::{Casualty, Quote};

use crate::model::{EventClaim, Figure, FigureStatus, Figures, Latest, QuoteGroup, SourceRef};
use crate::similarity::content_words;

/// Words that open a count of people *added* to an earlier toll ("three more people",
/// "another two"), which is no figure for the toll itself.
const INCREMENTS: [&str; 6] = ["more", "other", "another", "further", "additional", "new"];

/// Jaccard overlap of two reports' quoted words for them to be one quote.
const SAME_QUOTE: f64 = 0.6;

fn words(content: &str) -> Vec<String> {
    let mut w: Vec<String> = content_words(content).into_iter().map(|w| w.text).collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// The speaker a reader should see: the resolved name, else the name as written.
fn speaker(q: &Quote) -> Option<&str> {
    q.speaker_resolved.as_deref().or(q.speaker.as_deref())
}

fn same_speaker(a: &Quote, b: &Quote) -> bool {
    let key = |q: &Quote| {
        speaker(q).and_then(|s| {
            s.split(|c: char| !c.is_alphanumeric() && c != '-')
                .rfind(|w| !w.is_empty())
                .map(str::to_lowercase)
        })
    };
    key(a) == key(b)
}

fn same_words(a: &[String], b: &[String]) -> bool {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - shared;
    if union == 0 {
        return true;
    }
    let smaller = a.len().min(b.len());
    shared as f64 / union as f64 >= SAME_QUOTE || (smaller >= 4 && shared == smaller)
}

/// Group the event's quote claims: reports by different sources of one speaker's
/// near-identical words are one quote.
pub(crate) fn quote_groups(claims: &[EventClaim]) -> Vec<QuoteGroup> {
    // (group, words of its reports, its sources as a set). The words of a report are
    // split only when it is compared with a group of the same speaker from another
    // source: most events have one source, and most quotes are never compared.
    let mut groups: Vec<(QuoteGroup, Option<Vec<String>>, HashSet<usize>)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(q) = c.claim.payload.as_quote() else {
            continue;
        };
        let mut w: Option<Vec<String>> = None;
        let found = groups.iter_mut().position(|(g, gw, sources)| {
            let first = claims[g.claims[0]].claim.payload.as_quote();
            !sources.contains(&c.source)
                && first.is_some_and(|f| same_speaker(f, q))
                && same_words(
                    gw.get_or_insert_with(|| first.map(|f| words(&f.content)).unwrap_or_default()),
                    w.get_or_insert_with(|| words(&q.content)),
                )
        });
        match found {
            Some(at) => {
                let (g, gw, sources) = &mut groups[at];
                g.claims.push(i);
                g.sources.push(c.source);
                sources.insert(c.source);
                // A resolved speaker is kept from whichever report has one.
                if g.speaker.is_none() || q.speaker_resolved.is_some() && g.speaker == q.speaker {
                    g.speaker = speaker(q).map(str::to_owned);
                }
                // Both were split by the comparison that found the group.
                let mut merged = w.unwrap_or_default();
                merged.extend(gw.take().unwrap_or_default());
                merged.sort_unstable();
                merged.dedup();
                *gw = Some(merged);
            }
            None => groups.push((
                QuoteGroup {
                    kind: q.kind,
                    speaker: speaker(q).map(str::to_owned),
                    cue: q.cue.clone(),
                    content: q.content.clone(),
                    claims: vec![i],
                    sources: vec![c.source],
                },
                w,
                HashSet::from([c.source]),
            )),
        }
    }
    groups
        .into_iter()
        .map(|(mut g, _, _)| {
            choose_wording(&mut g, claims);
            g
        })
        .collect()
}

/// The wording a quote group shows: the one most of its reports give word for word,
/// else the fullest (a quote split around its cue is fuller than either half), so
/// that one odd report, garbled or hostile, does not speak for the others.
fn choose_wording(g: &mut QuoteGroup, claims: &[EventClaim]) {
    let quotes: Vec<&Quote> = g
        .claims
        .iter()
        .filter_map(|&i| claims.get(i)?.claim.payload.as_quote())
        .collect();
    // Counted once: counting each wording's reports anew for every comparison made a
    // quote carried by thousands of sources cost the square of their number.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for q in &quotes {
        *counts.entry(q.content.as_str()).or_default() += 1;
    }
    let count = |q: &Quote| counts.get(q.content.as_str()).copied().unwrap_or(0);
    let best = quotes
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| {
            count(a)
                .cmp(&count(b))
                .then(a.content.len().cmp(&b.content.len()))
                .then(j.cmp(i))
        })
        .map(|(_, q)| *q);
    if let Some(q) = best {
        g.content.clone_from(&q.content);
        g.kind = q.kind;
        g.cue.clone_from(&q.cue);
    }
}

fn is_increment(c: &Casualty) -> bool {
    c.group.as_deref().is_some_and(|g| {
        g.split_whitespace()
            .next()
            .is_some_and(|w| INCREMENTS.contains(&w.to_lowercase().as_str()))
    })
}

/// One casualty claim of an event, with the words that say whom and where it counts.
struct Item<'e> {
    claim: usize,
    source: usize,
    casualty: &'e Casualty,
    context: Vec<String>,
}

/// The words that tell one count from another in the same sentence: the claim's own
/// text, its group and place, and the rest of its clause (up to a comma, semicolon or
/// full stop, at most eight words).
fn context(c: &EventClaim, cas: &Casualty, sources: &[SourceRef]) -> Vec<String> {
    let mut text = c.claim.text.clone();
    for extra in [&cas.group, &cas.place].into_iter().flatten() {
        text.push(' ');
        text.push_str(extra);
    }
    if let Some(s) = sources.get(c.source)
        && let Some(after) = c
            .claim
            .span
            .end
            .checked_sub(s.span.start)
            .and_then(|at| s.text.get(at..))
    {
        // The clause ends at punctuation or at a conjunction that starts the next count
        // ("81 in one village and 45 in the port").
        let mut clause = after.split([',', ';', '.']).next().unwrap_or_default();
        for joint in [" and ", " while ", " but ", " as well as "] {
            if let Some(at) = clause.find(joint) {
                clause = &clause[..at];
            }
        }
        text.push(' ');
        text.push_str(
            &clause
                .split_whitespace()
                .take(8)
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    // The number itself says nothing about *which* count it is.
    let mut w: Vec<String> = words(&text)
        .into_iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .collect();
    w.dedup();
    w
}

/// Who reports the count at `claims[i]` when the casualty claim names no source: the
/// speaker of a quote of the same sentence whose reported words hold the count
/// ("…, killing at least 12 people, regional officials said").
fn reporter(claims: &[EventClaim], i: usize) -> Option<String> {
    let c = &claims[i];
    claims.iter().find_map(|q| {
        let quote = q.claim.payload.as_quote()?;
        let holds = q.source == c.source && quote.pieces.iter().any(|p| p.contains(c.claim.span));
        holds.then(|| speaker(quote).map(str::to_owned)).flatten()
    })
}

fn jaccard(a: &[String], b: &[String]) -> f64 {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// Context overlap for two counts of different sources to be figures of one thing,
/// when some source gives several counts of a category.
const SAME_COUNT: f64 = 0.2;

/// The figures of each casualty category, side by side across sources.
///
/// When every source gives at most one count of a category, those counts are one set
/// of figures. A sentence that gives several ("81 in one town, 45 in another") counts
/// different people each time, so another source's count is set against the one of
/// them it equals, else the one it shares most words with (group, place, the rest of
/// the clause), and a count that matches none stands alone. Counts of people added to an earlier toll ("three
/// more bodies") are not figures of the toll.
pub(crate) fn figures(claims: &[EventClaim], sources: &[SourceRef]) -> Vec<Figures> {
    // Items by (category, role, scope), in claim order: a total stated for several
    // related incidents is not one incident's figure, so it is never set against one.
    let mut kinds: Vec<(
        (
            dateline_plugin::CasualtyCategory,
            dateline_plugin::Role,
            dateline_plugin::Scope,
        ),
        Vec<Item>,
    )> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(cas) = c.claim.payload.as_casualty() else {
            continue;
        };
        if is_increment(cas) {
            continue;
        }
        let item = Item {
            claim: i,
            source: c.source,
            casualty: cas,
            context: context(c, cas, sources),
        };
        let key = (cas.category, cas.role, cas.scope);
        match kinds.iter_mut().find(|(k, _)| *k == key) {
            Some((_, items)) => items.push(item),
            None => kinds.push((key, vec![item])),
        }
    }
    let mut out: Vec<Figures> = Vec::new();
    for ((category, role, scope), items) in kinds {
        // Sets of sources are kept beside the lists: asking of every item whether a
        // source is already there, list by list, made a figure that thousands of
        // sources give cost the square of their number.
        let mut seen = HashSet::new();
        let several = items.iter().any(|a| !seen.insert(a.source));
        // Groups of items, at most one per source.
        let mut groups: Vec<Vec<&Item>> = Vec::new();
        let mut group_sources: Vec<HashSet<usize>> = Vec::new();
        for item in &items {
            let fits = |i: usize| !group_sources[i].contains(&item.source);
            // Where a sentence gives several counts, another source's count that equals
            // one of them is most likely that one, agreeing; failing that, the count
            // whose words it shares most.
            let same_value = || {
                groups.iter().enumerate().position(|(i, g)| {
                    fits(i)
                        && g.iter()
                            .any(|x| x.casualty.count.value == item.casualty.count.value)
                })
            };
            let best = if several {
                same_value().or_else(|| {
                    groups
                        .iter()
                        .enumerate()
                        .filter(|&(i, _)| fits(i))
                        .map(|(i, g)| {
                            let score = g
                                .iter()
                                .map(|x| jaccard(&x.context, &item.context))
                                .fold(0.0, f64::max);
                            (i, score)
                        })
                        .filter(|(_, score)| *score >= SAME_COUNT)
                        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                        .map(|(i, _)| i)
                })
            } else {
                (0..groups.len()).position(fits)
            };
            match best {
                Some(i) => {
                    groups[i].push(item);
                    group_sources[i].insert(item.source);
                }
                None => {
                    groups.push(vec![item]);
                    group_sources.push(HashSet::from([item.source]));
                }
            }
        }
        for group in groups {
            let mut figures: Vec<Figure> = group
                .iter()
                .map(|x| Figure {
                    value: x.casualty.count.value,
                    count: x.casualty.count.clone(),
                    claim: x.claim,
                    source: x.source,
                    reported: sources.get(x.source).and_then(|s| s.published),
                    attributed: x
                        .casualty
                        .source
                        .clone()
                        .or_else(|| reporter(claims, x.claim)),
                })
                .collect();
            figures.sort_by_key(|x| (x.reported.is_none(), x.reported, x.source));
            let mut f = Figures {
                category,
                role,
                group: group[0].casualty.group.clone(),
                place: group[0].casualty.place.clone(),
                scope,
                incidents: group.iter().find_map(|x| x.casualty.incidents),
                status: FigureStatus::Single,
                figures,
                conservative: 0,
                low: 0,
                high: 0,
                latest: None,
            };
            summarise(&mut f);
            out.push(f);
        }
    }
    out.sort_by_key(|f| (f.category, f.role, f.scope));
    out
}

/// Status, conservative figure, range and latest figure of one category.
fn summarise(f: &mut Figures) {
    let values: Vec<u64> = f.figures.iter().map(|x| x.value).collect();
    f.low = values.iter().copied().min().unwrap_or(0);
    f.high = values.iter().copied().max().unwrap_or(0);
    // How many sources give each value, counted once.
    let mut given: HashMap<u64, usize> = HashMap::new();
    for &v in &values {
        *given.entry(v).or_default() += 1;
    }
    // ACLED codes the most conservative figure among credible reports: here, a figure
    // the sentence attributes to someone, or one that two sources give. When no figure
    // is well sourced, the lowest of all.
    let well_sourced = f
        .figures
        .iter()
        .filter(|x| x.attributed.is_some() || given[&x.value] > 1)
        .map(|x| x.value)
        .min();
    f.conservative = well_sourced.unwrap_or(f.low);
    f.status = if values.len() == 1 {
        FigureStatus::Single
    } else if f.low == f.high {
        FigureStatus::Agreed
    } else if rising(&f.figures) {
        FigureStatus::Rising
    } else {
        FigureStatus::Conflicting
    };
    // The latest figure of a series is the lowest of its last report day: a later
    // report that disagrees is no more certain than an earlier one.
    f.latest = match f.status {
        FigureStatus::Rising => f
            .figures
            .chunk_by(|a, b| a.reported == b.reported)
            .last()
            .and_then(|day| {
                Some(Latest {
                    value: day.iter().map(|x| x.value).min()?,
                    as_of: day[0].reported?,
                })
            }),
        _ => None,
    };
}

/// True when the figures (sorted by report date) come from at least two report
/// dates and every date's figures are at least the previous date's highest: a toll
/// that grew from one report to the next, though the sources of one day may differ.
fn rising(figures: &[Figure]) -> bool {
    if figures.iter().any(|x| x.reported.is_none()) {
        return false;
    }
    let days: Vec<(u64, u64)> = figures
        .chunk_by(|a, b| a.reported == b.reported)
        .map(|d| {
            let values = d.iter().map(|x| x.value);
            (values.clone().min().unwrap_or(0), values.max().unwrap_or(0))
        })
        .collect();
    days.len() >= 2 && days.windows(2).all(|w| w[0].1 <= w[1].0)
}
