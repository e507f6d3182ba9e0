//! Background and reaction: the clauses whose counts are not this report's event.
//!
//! Receives a sentence's tokens (and the publication year); hands on its clause
//! boundaries and the tests the driver applies to each mention's clause: a background
//! cue (a past year, "years ago", "since 2011", a war's running total in the perfect), a
//! subject that names past events, or a reaction to a death (a protest, funeral, trial or
//! aftermath).

use super::groups::coordinated_verb;
use crate::lexicon::*;
use crate::number::is_year;
use crate::token::{Kind, Tok, is_word};

/// Clause boundaries: a clause runs between punctuation marks; one that opens with a
/// relative word ("…, when thousands were killed") belongs to the clause before it.
/// With `coordinated`, "and" before a coordinated verb phrase ends a clause too.
pub(super) fn clauses(toks: &[Tok], coordinated: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let brk = matches!(t.low, "," | ";" | ":" | "(" | ")" | "—" | "–")
            || (matches!(t.low, "as" | "while" | "but" | "whereas" | "although")
                && i > 0
                && toks[i - 1].is(","))
            || (coordinated && t.is("and") && i > start && coordinated_verb(toks, i + 1));
        if brk {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    // Join relative clauses to the clause before.
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for c in out {
        let rel = matches!(
            toks[c.0].low,
            "when" | "which" | "who" | "where" | "that" | "whose"
        );
        match joined.last_mut() {
            Some(last) if rel => last.1 = c.1,
            _ => joined.push(c),
        }
    }
    joined
}

/// True when token `i` is a year that is not part of a date ("in 2014", "a 2014 attack",
/// but not "3 March 2023" nor "11/20/2014").
fn bare_year(toks: &[Tok], i: usize) -> bool {
    if !is_year(&toks[i]) {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| toks[k].low).unwrap_or("");
    !(is_month(prev) || prev == "/" || prev == "-" || prev == ",")
}

/// Background cues in a token range: a past year, "years ago", an anniversary, a decade,
/// "in the past", "the last major flood", "a previous attack".
///
/// With a publication year, a bare year counts only when it is at least two years
/// before it: "in 2024" in an article of early 2025 can be the event being reported.
/// Without one, a bare year counts only when `unanchored_years` is set (the count's own
/// clause, where "a 2014 attack that killed 141" is the pattern); the wider scope of a
/// subject's appositives relies on explicit cues alone.
pub(super) fn background_in(
    toks: &[Tok],
    from: usize,
    to: usize,
    year: Option<i32>,
    unanchored_years: bool,
) -> bool {
    for i in from..to {
        let w = toks[i].low;
        match w {
            // "in the past", "deaths in the past" — but not "in the past week" or "the
            // past 24 hours", which tell a recent span.
            "past"
                if i >= 2
                    && toks[i - 1].is("the")
                    && toks[i - 2].is("in")
                    && !toks.get(i + 1).is_some_and(|n| {
                        n.kind == Kind::Num
                            || is_word(n)
                                && matches!(
                                    n.low,
                                    "week"
                                        | "weeks"
                                        | "month"
                                        | "months"
                                        | "day"
                                        | "days"
                                        | "hours"
                                        | "year"
                                        | "few"
                                        | "two"
                                        | "three"
                                        | "several"
                                )
                    }) =>
            {
                return true;
            }
            // "the last major flood", "its last big earthquake": an earlier event of the
            // kind, told for comparison ("last week" is left to the year cue below).
            "last"
                if toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.low,
                        "major" | "big" | "great" | "serious" | "similar" | "comparable"
                    )
                }) =>
            {
                return true;
            }
            "previous" | "prior"
                if toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.low,
                        "attack"
                            | "attacks"
                            | "flood"
                            | "floods"
                            | "war"
                            | "wars"
                            | "earthquake"
                            | "disaster"
                            | "massacre"
                            | "bombing"
                            | "outbreak"
                            | "epidemic"
                    )
                }) =>
            {
                return true;
            }
            "ago"
                if toks[from..i]
                    .iter()
                    .any(|t| matches!(t.low, "years" | "decades" | "decade" | "year")) =>
            {
                return true;
            }
            "anniversary" | "history" | "historic" | "decades" | "decade" => return true,
            "last" if toks.get(i + 1).is_some_and(|t| t.is("year")) => return true,
            _ => {}
        }
        // "the 1990s".
        if toks[i].kind == Kind::Mixed
            && w.len() == 5
            && w.ends_with("0s")
            && matches!(w.get(..2), Some("19" | "20"))
        {
            return true;
        }
        if bare_year(toks, i) {
            match (year, w.parse::<i32>()) {
                (Some(y), Ok(v)) if v <= y - 2 => return true,
                // The year before publication, or a later one, can be the event itself.
                (Some(_), Ok(_)) => {}
                // Without a publication date, a bare year in the clause of a count says
                // the count belongs to that year's event, told as background.
                _ if unanchored_years => return true,
                _ => {}
            }
        }
    }
    false
}

/// Background cues in the subject before `end` and its appositives ("The last major
/// flood, in the spring of 1997, …"), skipping relative clauses: "The rebels, who
/// formed in 2012, killed 5 soldiers" tells the subject's history, not the count's.
pub(super) fn subject_background(toks: &[Tok], end: usize, year: Option<i32>) -> bool {
    let mut start = 0;
    for k in 0..=end.min(toks.len()) {
        let brk = k == end || matches!(toks[k].low, "," | ";" | ":" | "(" | ")" | "—" | "–");
        if !brk {
            continue;
        }
        // A relative clause or a participle appositive ("which was founded in 2012",
        // "formed in 2013", "active since 2009", "built in 1988") dates the subject
        // itself, not the count.
        let describes_subject = toks.get(start).is_some_and(|t| {
            matches!(
                t.low,
                "who"
                    | "which"
                    | "that"
                    | "whose"
                    | "built"
                    | "born"
                    | "begun"
                    | "known"
                    | "active"
                    | "since"
                    | "based"
                    | "operating"
            ) || (start > 0 && t.low.len() > 4 && t.low.ends_with("ed"))
        });
        if k > start && !describes_subject && background_in(toks, start, k, year, false) {
            return true;
        }
        start = k + 1;
    }
    false
}

/// True when the clause starting at `k` opens on a verb ("killed 40 people", "had
/// killed", "were killed"), so that its subject lies before it.
pub(super) fn verb_opens(toks: &[Tok], k: usize) -> bool {
    // A participle phrase (", killing 5") follows a whole main clause, not a subject:
    // only finite forms count.
    let w = toks[k].low;
    (active(w).is_some() && !w.ends_with("ing")) || is_finite_aux(w)
}

/// Cumulative cues, which make a count in the perfect ("has killed", "have been
/// displaced") a running total rather than this report's event.
pub(super) fn cumulative(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        let next = toks.get(i + 1).map(|t| t.low).unwrap_or("");
        match t.low {
            "since" => toks
                .get(i + 1)
                .is_some_and(|n| is_year(n) || n.is("the") || n.is("it") || n.is("its")),
            "so" => next == "far",
            "this" => next == "year",
            "to" => next == "date",
            _ => false,
        }
    })
}

/// Reaction cues in a token range (protest, funeral, vigil, trial).
/// Aftermath cues (funerals, trials, compensation) make any count in the clause a
/// past event's, whatever its category.
pub(super) fn aftermath_in(toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        let t = &toks[i];
        !is_scene(toks, i)
            && matches!(
                t.low,
                "funeral"
                    | "funerals"
                    | "buried"
                    | "burial"
                    | "memorial"
                    | "vigil"
                    | "vigils"
                    | "tribute"
                    | "tributes"
                    | "compensation"
                    | "trial"
                    | "sentenced"
                    | "convicted"
                    | "mourn"
                    | "mourned"
                    | "commemorate"
                    | "commemorated"
                    | "commemorating"
                    | "commemoration"
            )
    })
}

pub(super) fn reaction_in(toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        let w = toks[i].low;
        if !is_reaction_cue(w) {
            return false;
        }
        // A protest or funeral as the scene of the violence ("fired on a protest", "a
        // bomber struck a funeral") is no reaction. The people at one ("protesters",
        // "mourners") are who was hit when they are counted ("killing 3 mourners"); the
        // reaction itself is told with the event words.
        let scene = is_scene(toks, i);
        !scene
            && !matches!(
                w,
                "protesters" | "protestors" | "demonstrators" | "mourners"
            )
    })
}

/// True when the protest, funeral or vigil at `i` is where the violence happened ("fired
/// on a protest", "a suicide bomber struck a funeral", "during a vigil").
fn is_scene(toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 3 {
        k -= 1;
        let w = toks[k].low;
        if matches!(w, "a" | "an" | "the" | "crowded" | "packed" | "large") {
            continue;
        }
        return matches!(
            w,
            "on" | "at"
                | "into"
                | "during"
                | "against"
                | "disperse"
                | "dispersed"
                | "attacked"
                | "targeted"
                | "targeting"
                | "struck"
                | "hit"
                | "bombed"
                | "stormed"
        );
    }
    false
}
