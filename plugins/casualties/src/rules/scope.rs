//! How many incidents a figure covers.
//!
//! Event summaries often state a toll for several incidents together: "across both
//! attacks", "in the three related attacks", "the three bombings together killed 25",
//! "the cumulative toll of the three days of fighting". Such a figure is an *aggregate*:
//! it is not one incident's figure, and adding it to the incidents it covers counts the
//! same people twice. A report can also say that it tells only one of several related
//! incidents ("This was one of four related attacks on this day", "part of a series of
//! coordinated bombings"); an aggregate in such a report covers incidents the report
//! does not tell. This module finds both cues; `combine` in the crate root decides what
//! the totals do with them (see the README, "Figures for several incidents").

use crate::number::number_at;
use crate::token::{Kind, Tok};

/// What one sentence says about the incidents its figures cover.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Scope {
    /// The sentence's figures are stated for several incidents together.
    pub aggregate: bool,
    /// The aggregate covers incidents beyond the ones the report tells ("the
    /// cumulative toll of three days of fighting").
    pub beyond: bool,
    /// How many incidents, when the text says ("both" is 2).
    pub incidents: Option<u32>,
}

/// Plural nouns that name incidents or the places of incidents: the things an aggregate
/// toll is stated across.
fn incident_noun(w: &str) -> bool {
    matches!(
        w,
        "attacks"
            | "bombings"
            | "blasts"
            | "explosions"
            | "incidents"
            | "raids"
            | "assaults"
            | "ambushes"
            | "strikes"
            | "airstrikes"
            | "shootings"
            | "clashes"
            | "villages"
            | "towns"
            | "locations"
            | "sites"
            | "places"
            | "districts"
            | "events"
            | "operations"
            | "days"
    )
}

/// Adjectives that tie incidents into one series.
fn series_adjective(w: &str) -> bool {
    matches!(
        w,
        "related"
            | "coordinated"
            | "simultaneous"
            | "linked"
            | "separate"
            | "twin"
            | "consecutive"
            | "similar"
            | "parallel"
            | "near-simultaneous"
    )
}

/// Words that say a figure is a sum over what came before it.
fn summing_word(w: &str) -> bool {
    matches!(
        w,
        "together" | "combined" | "altogether" | "cumulative" | "overall"
    )
}

/// Determiners that may open the noun phrase of an incident series.
fn series_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "both" | "all" | "these" | "those" | "its" | "their" | "a" | "of"
    )
}

/// The noun phrase of an incident series that ends on the incident noun at `head`:
/// its number of incidents (when written) and whether it is marked as a series (a
/// number above one, "both", "all", or a series adjective such as "related").
fn series_before(toks: &[Tok], head: usize) -> (bool, Option<u32>) {
    let mut marked = false;
    let mut n = None;
    let mut k = head;
    while k > 0 && head - k < 5 {
        k -= 1;
        let t = &toks[k];
        // "twin" is a series adjective that also gives the number: tested first.
        if t.is("both") || t.is("twin") {
            marked = true;
            n = n.or(Some(2));
            continue;
        }
        if series_adjective(t.low) {
            marked = true;
            continue;
        }
        if t.is("all") {
            marked = true;
            continue;
        }
        if (t.kind == Kind::Num || t.kind == Kind::Word)
            && let Some((v, end)) = number_at(toks, k)
            && end <= head
            && v > 1
        {
            marked = true;
            n = u32::try_from(v).ok();
            continue;
        }
        if series_determiner(t.low) || t.is("three-day") || t.is("two-day") {
            continue;
        }
        break;
    }
    (marked, n)
}

/// The scope cue of one sentence.
pub(crate) fn scope(toks: &[Tok]) -> Scope {
    let mut out = Scope::default();
    let summing = toks.iter().any(|t| summing_word(t.low))
        || toks
            .windows(2)
            .any(|w| (w[0].is("in") || w[0].is("a")) && (w[1].is("all") || w[1].is("total")));
    for (i, t) in toks.iter().enumerate() {
        if !incident_noun(t.low) {
            continue;
        }
        let (marked, n) = series_before(toks, i);
        // A plural with a summing word is a series even without a number: "the
        // attacks killed 19 people altogether".
        let marked = marked || (summing && t.low != "days");
        // "across both attacks", "across the two villages": "across" always sums.
        let across = (i.saturating_sub(5)..i).any(|k| toks[k].is("across"));
        // "in the three related attacks", "in the two bombings", "from the twin blasts".
        let within = (i.saturating_sub(5)..i).any(|k| {
            matches!(toks[k].low, "in" | "from" | "during" | "between")
                && toks.get(k + 1).is_some_and(|d| series_determiner(d.low))
        });
        // "the three attacks killed", "the bombings together killed 25", "which
        // together killed": a series as the subject, with a number or a summing word.
        // "The two attacks left 12 people dead", "the twin blasts claimed 30 lives" and
        // "The two bombings, which killed 12 people, …" are such subjects too.
        let verb_at = |k: usize| {
            toks.get(k).is_some_and(|v| {
                summing_word(v.low)
                    || crate::lexicon::active(v.low).is_some()
                    || matches!(v.low, "left" | "claimed" | "caused" | "cost")
            })
        };
        let relative = toks.get(i + 1).is_some_and(|c| c.is(","))
            && toks
                .get(i + 2)
                .is_some_and(|w| w.is("which") || w.is("that"))
            && verb_at(i + 3);
        let subject = verb_at(i + 1) || relative || summing;
        // "one of four related attacks": the report tells one incident of a series,
        // which is no aggregate by itself (see `series_member`).
        let one_of = i >= 2
            && (i.saturating_sub(6)..i)
                .any(|k| toks[k].is("one") && toks.get(k + 1).is_some_and(|o| o.is("of")));
        if one_of && !summing {
            continue;
        }
        // Days are a span of time, not incidents: "in the past two days" dates a
        // figure; only a summing word makes it a sum over days ("the cumulative toll
        // of the three days of fighting").
        if t.is("days") && !summing {
            continue;
        }
        if across || (marked && (within || subject)) {
            out.aggregate = true;
            out.incidents = out.incidents.or(n);
            out.beyond |= toks.iter().any(|t| t.is("cumulative")) || t.is("days");
        }
    }
    out
}

/// When the sentence says the report tells one of several related incidents ("This
/// was one of three related attacks", "part of a series of coordinated bombings"):
/// `Some(number of incidents)`, the number `None` when unstated.
pub(crate) fn series_member(toks: &[Tok]) -> Option<Option<u32>> {
    for (i, t) in toks.iter().enumerate() {
        if !incident_noun(t.low) || t.is("days") || t.is("villages") || t.is("towns") {
            continue;
        }
        let from = i.saturating_sub(7);
        let one_of =
            (from..i).find(|&k| toks[k].is("one") && toks.get(k + 1).is_some_and(|o| o.is("of")));
        // "part of a series of bombings", "the latest in a wave of kidnappings": the
        // report tells one member. A series that is itself the subject or the setting
        // of the report ("A series of bomb blasts hit the capital", "killed in a
        // series of attacks on villages") tells all of it: no member cue (round 5:
        // "Together the blasts killed 19" was left out as a series figure).
        let series_of = (from..i).find(|&k| {
            toks.get(k + 1).is_some_and(|o| o.is("of"))
                && (toks[k].is("part")
                    || (matches!(toks[k].low, "series" | "wave" | "string" | "spate")
                        && member_before(toks, k)))
        });
        let Some(k) = one_of.or(series_of) else {
            continue;
        };
        // "one of the attacks" without a number or "related" is read as a series too:
        // "one of" already says there were several.
        let (_, n) = series_before(toks, i);
        if k + 1 < i {
            return Some(n);
        }
    }
    None
}

/// Whether the series noun at `k` ("series", "wave") is named as what the report's
/// incident belongs to: "the latest in a wave of", "another in a series of", "the
/// third in a string of", "one of a spate of".
fn member_before(toks: &[Tok], k: usize) -> bool {
    let mut p = k;
    while p > 0
        && matches!(
            toks[p - 1].low,
            "a" | "an" | "the" | "this" | "recent" | "deadly"
        )
    {
        p -= 1;
    }
    p >= 2
        && matches!(toks[p - 1].low, "in" | "of")
        && matches!(
            toks[p - 2].low,
            "latest"
                | "last"
                | "newest"
                | "another"
                | "one"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "part"
        )
}
