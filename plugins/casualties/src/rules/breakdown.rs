//! Breakdowns of people already counted: "The dead included the attacker", "Among them
//! were two gunmen", "the bride was among the dead", "Those killed included three of
//! the attackers", "Of the dead, one was an attacker".
//!
//! Such a sentence says who was among a figure the report has told (its noun is
//! definite: *the* dead), so it adds no one. A single victim named there gets no claim
//! (coders record none for a subset of victims); attackers named there are a subset
//! claim ([`Mention::subset`]) that the totals take out of the figure they belong to
//! instead of adding; a numeric figure or a list there is marked
//! ([`Mention::breakdown`]) so that the totals never add it to the figure before it.

use dateline_plugin::{CasualtyCategory, Count, Role};

use super::groups::group_at;
use super::mention::{Mention, SentenceCtx, free, mark, text_of};
use crate::lexicon::{is_perpetrator, is_person_noun};
use crate::number::quant_at;
use crate::token::Tok;

/// The category of a word that names people already counted as casualties ("the
/// dead", "those killed", "the victims", "the wounded").
fn counted_word(w: &str) -> Option<CasualtyCategory> {
    match w {
        "dead" | "killed" | "victims" | "fatalities" | "deceased" | "slain" => {
            Some(CasualtyCategory::Killed)
        }
        "injured" | "wounded" => Some(CasualtyCategory::Injured),
        _ => None,
    }
}

/// Where the people of a breakdown are named, and of which category.
struct Cue {
    cat: Option<CasualtyCategory>,
    /// First token after the cue.
    end: usize,
    /// First token of the cue.
    start: usize,
    /// The people come before the cue ("the bride was among the dead").
    before: bool,
}

fn cues(toks: &[Tok]) -> Vec<Cue> {
    let mut out = Vec::new();
    let at = |k: usize| toks.get(k).map_or("", |t| t.low);
    for i in 0..toks.len() {
        let t = toks[i].low;
        // "among the dead", "among those killed", "among them", "among whom".
        if t == "among" {
            let (cat, end) = match at(i + 1) {
                // "among the six dead": the figure repeats the one told before.
                "the" | "those" => {
                    let w = quant_at(toks, i + 2)
                        .filter(|q| !q.article)
                        .map_or(i + 2, |q| q.end);
                    match counted_word(at(w)) {
                        Some(c) => (Some(c), w + 1),
                        None => continue,
                    }
                }
                "them" | "whom" => (None, i + 2),
                _ => continue,
            };
            let before = i > 0
                && (matches!(at(i - 1), "was" | "were" | "is" | "are")
                    || matches!(at(end), "." | "," | ";" | ""));
            out.push(Cue {
                cat,
                end,
                start: i,
                before,
            });
            continue;
        }
        // "the dead included", "those killed included", "the victims also included".
        // "The death toll includes the bomber", "the toll included three attackers":
        // a toll told before, broken down in the same way.
        if matches!(t, "included" | "include" | "includes") {
            let counted = |w: &str| {
                counted_word(w).or_else(|| (w == "toll").then_some(CasualtyCategory::Killed))
            };
            let back = (i.saturating_sub(3)..i)
                .rev()
                .take_while(|&k| {
                    counted(toks[k].low).is_some() || matches!(toks[k].low, "also" | "that")
                })
                .find_map(|k| counted(toks[k].low).map(|c| (c, k)));
            let det = |k: usize| matches!(at(k), "the" | "those" | "this" | "its");
            if let Some((c, k)) = back
                && k > 0
                && (det(k - 1)
                    || (toks[k].is("toll") && k > 1 && at(k - 1) == "death" && det(k - 2)))
            {
                out.push(Cue {
                    cat: Some(c),
                    end: i + 1,
                    start: k - 1,
                    before: false,
                });
            }
            continue;
        }
        // "Of the dead, one was an attacker".
        if t == "of"
            && (i == 0 || matches!(at(i - 1), "," | ";"))
            && matches!(at(i + 1), "the" | "those")
            && let Some(c) = counted_word(at(i + 2))
        {
            out.push(Cue {
                cat: Some(c),
                end: i + 3,
                start: i,
                before: false,
            });
        }
    }
    out
}

/// The token range of the people a cue names: after it up to the end of the clause, or
/// before it back to the start of the clause.
fn region(toks: &[Tok], cue: &Cue) -> (usize, usize) {
    let stop = |w: &str| matches!(w, "." | ";" | ":" | "(" | ")" | "—" | "–");
    if cue.before {
        let from = (0..cue.start)
            .rev()
            .find(|&k| stop(toks[k].low) || toks[k].is(","))
            .map_or(0, |k| k + 1);
        (from, cue.start)
    } else {
        let mut to = cue.end;
        while to < toks.len() && to < cue.end + 16 && !stop(toks[to].low) {
            // A relative clause after the people tells what happened to them.
            if matches!(toks[to].low, "who" | "which" | "when") {
                break;
            }
            to += 1;
        }
        (cue.end, to)
    }
}

/// Mark or drop the mentions inside a breakdown, and read the attackers it names that
/// no pattern read.
pub(super) fn breakdowns(
    ctx: &SentenceCtx,
    toks: &[Tok],
    used: &mut [bool],
    out: &mut Vec<Mention>,
) {
    for cue in cues(toks) {
        let (from, to) = region(toks, &cue);
        if from >= to {
            continue;
        }
        // "among them" takes the category of the figure it follows in the sentence.
        let cat = cue.cat.or_else(|| {
            out.iter()
                .filter(|m| m.toks.1 <= cue.start)
                .max_by_key(|m| m.toks.1)
                .map(|m| m.category)
        });
        let cat = cat.unwrap_or(CasualtyCategory::Killed);
        // A pattern may have read the cue's own words into the mention ("dead included
        // four militants and …", "The groom was among those killed"), so a mention
        // belongs to the breakdown when it overlaps the people it names.
        let inside = |m: &Mention| m.category == cat && m.toks.1 > from && m.toks.0 < to;
        out.retain(|m| {
            !(inside(m) && m.role == Role::Victims && m.count.value == 1 && m.parts.is_empty())
        });
        for m in out.iter_mut().filter(|m| inside(m)) {
            m.breakdown = true;
            if m.role == Role::Perpetrators {
                m.subset = true;
            }
        }
        // Attackers that no pattern read: "the attacker", "three of the attackers",
        // "two gunmen", "one was an attacker".
        let mut k = from;
        while k < to {
            if !free(used, k, k + 1) || out.iter().any(|m| m.toks.0 <= k && k < m.toks.1) {
                k += 1;
                continue;
            }
            let (count, end) = if matches!(toks[k].low, "the" | "an" | "a")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| is_perpetrator(n.low) && !n.low.ends_with('s'))
            {
                (Count::exact(1), k + 2)
            } else if let Some(q) = quant_at(toks, k).filter(|q| !q.article) {
                let mut j = q.end;
                // "three of the attackers"; "one was an attacker".
                if toks.get(j).is_some_and(|t| t.is("of"))
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| matches!(t.low, "the" | "them" | "those"))
                {
                    j += 2;
                } else if toks.get(j).is_some_and(|t| matches!(t.low, "was" | "were")) {
                    j += 1;
                    if toks.get(j).is_some_and(|t| matches!(t.low, "a" | "an")) {
                        j += 1;
                    }
                }
                let g = group_at(toks, j, false);
                let perp = g.role == Role::Perpetrators
                    || toks.get(j).is_some_and(|t| is_perpetrator(t.low));
                if !perp {
                    k = g.end.max(q.end);
                    continue;
                }
                (q.count, g.end.max(j + 1))
            } else {
                k += 1;
                continue;
            };
            let end = end.min(to);
            if !free(used, k, end) || !(k..end).any(|j| is_person_noun(toks[j].low)) {
                k += 1;
                continue;
            }
            let mut m = Mention::new(cat, count, toks, k, end);
            m.role = Role::Perpetrators;
            m.group = text_of(ctx, toks, k, end);
            m.subset = true;
            m.breakdown = true;
            mark(used, k, end);
            out.push(m);
            k = end;
        }
    }
}
