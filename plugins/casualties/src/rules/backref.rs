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

/// "two of the wounded later died", "3 of the injured soldiers succumbed to their
/// wounds": deaths among people already counted as injured.
pub(super) fn injured_who_died(toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        let Some(q) = crate::number::quant_at(toks, i) else {
            continue;
        };
        // "several of the wounded died" tells that the toll rose, not by how much: only
        // a stated number moves people from the injured to the killed.
        if q.article
            || q.count.vague.is_some()
            || !toks.get(q.end).is_some_and(|t| t.is("of"))
            || !toks
                .get(q.end + 1)
                .is_some_and(|t| t.is("the") || t.is("those"))
            || !toks
                .get(q.end + 2)
                .is_some_and(|t| matches!(t.low, "wounded" | "injured" | "hurt"))
        {
            continue;
        }
        // An optional noun ("the wounded soldiers"), then auxiliaries and adverbs, then
        // the verb of dying.
        let mut k = q.end + 3;
        if toks.get(k).is_some_and(|t| is_person_noun(t.low)) {
            k += 1;
        }
        while toks.get(k).is_some_and(|t| is_aux(t.low)) && k < q.end + 7 {
            k += 1;
        }
        let died = toks
            .get(k)
            .is_some_and(|t| matches!(t.low, "died" | "succumbed" | "perished"));
        if !died || !free(used, q.start, k + 1) {
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
        out.push(m);
    }
}
