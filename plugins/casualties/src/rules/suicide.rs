//! The suicide attacker's own death: "a suicide bomber blew himself up" counts one
//! perpetrator killed.
//!
//! Receives a sentence's tokens and the used-token marks; hands on that mention.

use dateline_plugin::{CasualtyCategory, Count, Role};

use super::mention::{Mention, SentenceCtx, free, mark, text_of};
use crate::lexicon::*;
use crate::number::quant_at;
use crate::token::{Tok, flags};

/// "a suicide bomber blew himself up", "two suicide bombers detonated their vests": the
/// attackers' own deaths, kept as perpetrators.
pub(super) fn suicide(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    // The bomber already counted ("killing six people and the bomber") is not counted
    // again.
    if out.iter().any(|m| {
        m.category == CasualtyCategory::Killed
            && (m.role == Role::Perpetrators || m.perps_included > 0)
    }) {
        return;
    }
    let failed = toks.iter().any(|t| {
        matches!(
            t.low,
            "would-be"
                | "failed"
                | "foiled"
                | "thwarted"
                | "arrested"
                | "captured"
                | "detained"
                | "before"
                | "attempted"
                | "survived"
                | "wounded"
                | "injured"
        )
    });
    for i in 0..toks.len() {
        if toks[i].f & flags::SUICIDE == 0 {
            continue;
        }
        let bomber = toks[i].is("suicide")
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low, "bomber" | "bombers" | "attacker" | "attackers"));
        let reflexive = (toks[i].is("blew") || toks[i].is("detonated") || toks[i].is("exploded"))
            && toks[i + 1..toks.len().min(i + 4)]
                .iter()
                .any(|t| matches!(t.low, "himself" | "herself" | "themselves"));
        // "… before taking his own life", "then shot himself": an attacker's death at
        // his own hand, counted when the sentence names the attacker.
        let own_hand = (toks[i].is("own")
            && i >= 2
            && matches!(toks[i - 1].low, "his" | "her")
            && toks.get(i + 1).is_some_and(|t| t.is("life"))
            && matches!(toks[i - 2].low, "taking" | "took" | "take" | "takes"))
            || (matches!(toks[i].low, "himself" | "herself")
                && i >= 1
                && matches!(
                    toks[i - 1].low,
                    "killed" | "killing" | "shot" | "shooting" | "kills" | "shoots"
                ));
        if own_hand {
            if !toks[..i].iter().any(|t| is_perpetrator(t.low)) || !free(used, i - 1, i + 1) {
                continue;
            }
            let (from, to) = if toks[i].is("own") {
                (i - 2, i + 2)
            } else {
                (i - 1, i + 1)
            };
            mark(used, from, to);
            let mut m = Mention::new(CasualtyCategory::Killed, Count::exact(1), toks, from, to);
            m.role = Role::Perpetrators;
            m.group = text_of(ctx, toks, from, to);
            out.push(m);
            return;
        }
        if !(reflexive || bomber && !failed) {
            continue;
        }
        // The bombers: a count or article just before.
        let mut from = i;
        let mut count = Count::exact(1);
        let head = if bomber { i + 1 } else { i };
        let lo = i.saturating_sub(4);
        for q0 in lo..i {
            if let Some(q) =
                quant_at(toks, q0).filter(|q| free(used, q.start, q.end) && q.end <= i + 1)
            {
                if !q.article && !q.count.exact && q.count.vague.is_some() {
                    continue;
                }
                if !q.article {
                    count = q.count.clone();
                }
                from = q.start;
                break;
            }
        }
        if reflexive && !bomber && !toks[lo..i].iter().any(|t| is_perpetrator(t.low)) {
            continue;
        }
        if !reflexive && toks[from..head + 1].iter().any(|t| t.is("no")) {
            continue;
        }
        mark(used, from, head + 1);
        let mut m = Mention::new(CasualtyCategory::Killed, count, toks, from, head + 1);
        m.role = Role::Perpetrators;
        m.group = text_of(ctx, toks, from, head + 1);
        out.push(m);
        return;
    }
}
