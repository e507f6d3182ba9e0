//! Counts that refer back to people counted earlier: "Three gunmen stormed the depot …
//! all of the attackers were killed", "the militants were all killed".
//!
//! Also the injured who died later: "two of the wounded later died" counts two killed
//! who were counted among the injured before ([`Mention::from_injured`]).
//!
//! The sentence alone does not say how many: the mention is handed on with the head
//! noun it refers back to ([`Mention::antecedent`]), and the crate root takes the number
//! from the last count of those people told before it in the report, or drops the
//! mention when there is none (an unknown number is no figure).

use dateline_plugin::{Count, Role};

use super::groups::is_death_verb;
use super::mention::{Mention, SentenceCtx, free, mark, text_of};
use crate::lexicon::{is_aux, is_perpetrator, is_person_noun, participle};
use crate::token::Tok;

/// The participle after the subject at `k` (auxiliaries and adverbs skipped), with its
/// index.
fn participle_after(toks: &[Tok], mut k: usize) -> Option<usize> {
    let start = k;
    while k < toks.len() && k < start + 4 {
        if participle(toks[k].low).is_some() {
            return Some(k);
        }
        if !(is_aux(toks[k].low) || toks[k].is("all")) {
            return None;
        }
        k += 1;
    }
    None
}

/// "all (of) the attackers were killed", "the attackers were all killed", "all the
/// hostages died".
pub(super) fn backrefs(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        let (det, quantifier_after) = if toks[i].is("all") {
            let mut d = i + 1;
            if toks.get(d).is_some_and(|t| t.is("of")) {
                d += 1;
            }
            (d, false)
        } else {
            (i, true)
        };
        if !toks
            .get(det)
            .is_some_and(|t| matches!(t.low, "the" | "these" | "those"))
        {
            continue;
        }
        // The head: the last word of a short noun group, a plural person noun.
        let Some(head) = (det + 1..toks.len().min(det + 4))
            .take_while(|&k| !is_aux(toks[k].low) && participle(toks[k].low).is_none())
            .last()
        else {
            continue;
        };
        let h = toks[head].low;
        if !(h.ends_with('s') || h.ends_with("men")) || !is_person_noun(h) {
            continue;
        }
        // "the attackers were all killed": the quantifier after the auxiliary.
        if quantifier_after && !(head + 1..toks.len().min(head + 3)).any(|k| toks[k].is("all")) {
            continue;
        }
        let Some(p) = participle_after(toks, head + 1) else {
            continue;
        };
        let Some(cat) = participle(toks[p].low) else {
            continue;
        };
        if !free(used, i, p + 1) {
            continue;
        }
        mark(used, i, p + 1);
        let mut m = Mention::new(cat, Count::exact(0), toks, i, p + 1);
        m.role = if is_perpetrator(h) {
            Role::Perpetrators
        } else {
            Role::Victims
        };
        m.group = text_of(ctx, toks, det, head + 1);
        m.antecedent = Some(h.to_string());
        out.push(m);
    }
}

/// "The gunmen were later killed by police", "Security forces killed the attackers":
/// the attackers named with a definite article and no number are the ones the report
/// counted before ("Three gunmen stormed the depot"), as with "all" above. Only
/// attackers: "the soldiers were killed" may be some of the soldiers told before.
pub(super) fn definite_attackers(
    ctx: &SentenceCtx,
    toks: &[Tok],
    used: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let plural_attacker = |k: usize| {
        toks.get(k).is_some_and(|t| {
            (t.low.ends_with('s') || t.low.ends_with("men")) && is_perpetrator(t.low)
        })
    };
    for det in 0..toks.len() {
        if !toks[det].is("the") || !plural_attacker(det + 1) {
            continue;
        }
        // "all the attackers" is the rule above; "two of the attackers" is a number.
        if det > 0 && matches!(toks[det - 1].low, "all" | "of" | "both") {
            continue;
        }
        let head = det + 1;
        // As a subject: "the gunmen were later killed"; as an object: "killed the
        // attackers", "shot dead the assailants".
        let as_subject = participle_after(toks, head + 1).filter(|&p| p > head + 1);
        let verb_before = det
            .checked_sub(1)
            .filter(|&v| crate::lexicon::active(toks[v].low).is_some())
            .or_else(|| {
                det.checked_sub(2)
                    .filter(|&v| toks[v].is("shot") && toks[v + 1].is("dead"))
            });
        let (from, to, cat) = if let Some(p) = as_subject {
            match participle(toks[p].low) {
                Some(cat) => (det, p + 1, cat),
                None => continue,
            }
        } else if let Some(v) = verb_before {
            let cat = if toks[v].is("shot") {
                dateline_plugin::CasualtyCategory::Killed
            } else {
                match crate::lexicon::active(toks[v].low) {
                    Some(c) => c,
                    None => continue,
                }
            };
            // A hypothetical ("tried to kill the attackers") is no count.
            if v > 0 && matches!(toks[v - 1].low, "to" | "would" | "could" | "not") {
                continue;
            }
            (v, head + 1, cat)
        } else {
            continue;
        };
        if !free(used, from, to) {
            continue;
        }
        mark(used, from, to);
        let mut m = Mention::new(cat, Count::exact(0), toks, from, to);
        m.role = Role::Perpetrators;
        m.group = text_of(ctx, toks, det, head + 1);
        m.antecedent = Some(toks[head].low.to_string());
        out.push(m);
    }
}

/// "two of the wounded later died", "3 of the injured soldiers succumbed to their
/// wounds", "Two of the 15 wounded died the next day", "wounded four officers, one of
/// whom later died", "One of the officers later died of his wounds": deaths among
/// people already counted as injured.
pub(super) fn injured_who_died(
    ctx: &SentenceCtx,
    toks: &[Tok],
    used: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let injured_word =
        |t: Option<&Tok>| t.is_some_and(|t| matches!(t.low, "wounded" | "injured" | "hurt"));
    let mut found = Vec::new();
    for i in 0..toks.len() {
        let Some(q) = crate::number::quant_at(toks, i) else {
            continue;
        };
        // "several of the wounded died" tells that the toll rose, not by how much: only
        // a stated number moves people from the injured to the killed.
        if q.article || q.count.vague.is_some() || !toks.get(q.end).is_some_and(|t| t.is("of")) {
            continue;
        }
        let mut k = q.end + 1;
        // The injured told before: "of the wounded", "of the 15 wounded", or "of whom"
        // / "of them" after a count of injured people in the same sentence.
        let mut stated: Option<(Count, usize)> = None;
        let relative = toks.get(k).is_some_and(|t| t.is("whom") || t.is("them"));
        if relative {
            if !found.is_empty()
                || !out.iter().any(|m| {
                    m.category == dateline_plugin::CasualtyCategory::Injured && m.toks.1 <= q.start
                })
            {
                continue;
            }
            k += 1;
        } else {
            if !toks.get(k).is_some_and(|t| t.is("the") || t.is("those")) {
                continue;
            }
            k += 1;
            // "of the 15 wounded": the number of the injured, a claim of its own.
            if let Some(n) = crate::number::quant_at(toks, k).filter(|n| !n.article)
                && injured_word(toks.get(n.end))
            {
                stated = Some((n.count, k));
                k = n.end;
            }
            // "of the critically injured officers", "of the most seriously wounded": an
            // adverb of degree before the injured word names the same injured (round 5).
            let mut d = k;
            while toks.get(d).is_some_and(|t| {
                matches!(
                    t.low,
                    "critically" | "seriously" | "severely" | "badly" | "gravely" | "most"
                )
            }) && d < k + 2
            {
                d += 1;
            }
            if d > k && injured_word(toks.get(d)) {
                k = d;
            }
            if injured_word(toks.get(k)) {
                k += 1;
                // An optional noun ("the wounded soldiers").
                if toks.get(k).is_some_and(|t| is_person_noun(t.low)) {
                    k += 1;
                }
            } else if toks.get(k).is_some_and(|t| is_person_noun(t.low))
                && dies_of_wounds(toks, k + 1)
            {
                // "One of the officers later died of his wounds": the wounds say that
                // they were counted among the injured.
                k += 1;
            } else {
                continue;
            }
        }
        // Auxiliaries and adverbs, then the verb of dying.
        let from = k;
        while toks.get(k).is_some_and(|t| is_aux(t.low)) && k < from + 4 {
            k += 1;
        }
        let died = toks.get(k).is_some_and(|t| is_death_verb(t.low));
        if !died {
            continue;
        }
        // The subject rule may have read "One of the victims later died" already: the
        // mention it made is this one.
        if !free(used, q.start, k + 1) {
            let Some(m) = out.iter_mut().find(|m| {
                m.category == dateline_plugin::CasualtyCategory::Killed
                    && m.toks.0 <= q.start
                    && m.toks.1 > q.start
                    && m.toks.1 <= k + 3
            }) else {
                continue;
            };
            m.from_injured = true;
            continue;
        }
        mark(used, q.start, k + 1);
        let mut m = Mention::new(
            dateline_plugin::CasualtyCategory::Killed,
            q.count,
            toks,
            q.start,
            k + 1,
        );
        m.from_injured = true;
        if let Some((count, at)) = stated {
            let mut w = Mention::new(
                dateline_plugin::CasualtyCategory::Injured,
                count,
                toks,
                at,
                at + 2,
            );
            w.group = text_of(ctx, toks, at, at + 2);
            found.push(w);
        }
        found.push(m);
    }
    out.extend(found);
}

/// "died of his wounds", "died from their injuries", "succumbed to her wounds" from
/// token `k` on (adverbs and auxiliaries before the verb allowed).
fn dies_of_wounds(toks: &[Tok], mut k: usize) -> bool {
    let from = k;
    while toks.get(k).is_some_and(|t| is_aux(t.low)) && k < from + 4 {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| is_death_verb(t.low)) {
        return false;
    }
    toks.get(k + 1)
        .is_some_and(|t| matches!(t.low, "of" | "from" | "to"))
        && (k + 2..toks.len().min(k + 5)).any(|j| matches!(toks[j].low, "wounds" | "injuries"))
}
