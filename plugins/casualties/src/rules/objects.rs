//! Counts as the object of a trigger: nominalisations ("the martyrdom of 23 people",
//! "the deaths of three soldiers") and active verbs ("killing 16 people", "wounded
//! five").
//!
//! Receives a sentence's tokens and the used-token marks; reads the object's count and
//! group ([`counted`], with [`super::groups`]) and hands on its mentions.

use dateline_plugin::{CasualtyCategory, Count, Role};

use super::groups::{
    bad_context, group_at, group_ok, one_object, single_head, subset, subset_mentions,
};
use super::mention::{Mention, SentenceCtx, finish, free, mark, span_of, text_of};
use crate::lexicon::*;
use crate::number::{Quant, quant_at, starts};
use crate::token::{Kind, Tok, flags};

/// True when the subject of a perfect at `aux` is a war, a conflict or the like ("the
/// war, which began in 2011, has killed …"): its count is a running total.
fn war_subject(toks: &[Tok], aux: usize) -> bool {
    let mut s = aux;
    // Step back over one parenthetical clause.
    if s > 0 && toks[s - 1].is(",") {
        s -= 1;
        while s > 0 && !toks[s - 1].is(",") && aux - s < 14 {
            s -= 1;
        }
        s = s.saturating_sub(1);
    }
    (s.saturating_sub(3)..s).any(|k| {
        matches!(
            toks[k].low,
            "war"
                | "conflict"
                | "insurgency"
                | "violence"
                | "crisis"
                | "uprising"
                | "unrest"
                | "fighting"
                | "campaign"
        )
    })
}

/// "the martyrdom of 23 people", "the deaths of three soldiers", "the bodies of all 42
/// hostages", "injuries to 30 people", "the dead included seven children".
pub(super) fn nominals(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::NOMINAL == 0 {
            continue;
        }
        let w = toks[i].low;
        let next = toks.get(i + 1).map(|t| t.low).unwrap_or("");
        let cat = if next == "of" {
            nominal(w)
        } else if next == "to" && matches!(w, "injuries" | "injury") {
            Some(CasualtyCategory::Injured)
        } else if matches!(next, "included" | "include" | "includes" | "were")
            && matches!(w, "dead" | "injured" | "wounded")
            && i > 0
            && toks[i - 1].is("the")
        {
            // "the dead included …": a list of the people counted.
            participle(w)
        } else {
            None
        };
        let Some(cat) = cat else { continue };
        // "the body of …" counts a death only when the body was found ("the body of
        // Christ" is none).
        if matches!(w, "body" | "bodies")
            && !toks.iter().any(|t| {
                matches!(
                    t.low,
                    "found"
                        | "discovered"
                        | "recovered"
                        | "retrieved"
                        | "pulled"
                        | "dumped"
                        | "identified"
                        | "returned"
                        | "exhumed"
                        | "lay"
                        | "lying"
                        | "littered"
                )
            })
        {
            continue;
        }
        // "the death of a thousand cuts" is no count of people: the noun after the count
        // must name people (or be absent, or be a name).
        if next == "of"
            && let Some(q) = quant_at(toks, i + 2)
            && !q.article
        {
            let g = group_at(toks, q.end, true);
            if g.head.is_some_and(|h| {
                !is_person_noun(toks[h].low) && !toks[h].cap && toks[h].kind != Kind::Mixed
            }) {
                continue;
            }
        }
        let mut subs = Vec::new();
        if let Some(mut m) = counted(ctx, toks, used, &mut subs, i + 2, cat, i) {
            m.reactive = true;
            out.push(m);
            out.append(&mut subs);
        }
    }
}

/// A count and its noun group starting at `j`, as the object of a trigger at `trig`.
#[allow(clippy::too_many_arguments)]
pub(super) fn counted(
    ctx: &SentenceCtx,
    toks: &[Tok],
    used: &mut [bool],
    sub: &mut Vec<Mention>,
    j: usize,
    cat: CasualtyCategory,
    trig: usize,
) -> Option<Mention> {
    // "killing himself and three others": the attacker's own death, then the others.
    if let Some(t) = toks.get(j)
        && matches!(t.low, "himself" | "herself" | "themselves")
        && cat == CasualtyCategory::Killed
        && free(used, j, j + 1)
    {
        mark(used, j, j + 1);
        let mut m = Mention::new(cat, Count::exact(1), toks, j, j + 1);
        m.role = Role::Perpetrators;
        m.group = text_of(ctx, toks, j, j + 1);
        if toks.get(j + 1).is_some_and(|t| t.is("and"))
            && let Some(rest) = counted(ctx, toks, used, sub, j + 2, cat, j + 2)
        {
            sub.push(m);
            return Some(rest);
        }
        return Some(m);
    }
    let q = quant_at(toks, j).filter(|q| free(used, q.start, q.end) && !bad_context(toks, q));
    let q = match q {
        Some(q) => q,
        None => {
            // "hurt her husband", "hurt his chances": "hurt" counts only numbers.
            if matches!(toks[trig].low, "hurt" | "hurting") {
                return None;
            }
            let end = one_object(toks, j)?;
            if !free(used, j, end) {
                return None;
            }
            mark(used, j, end);
            let mut m = Mention::new(cat, Count::exact(1), toks, trig.min(j), end);
            m.role = if toks[j..end].iter().any(|t| is_perpetrator(t.low)) {
                Role::Perpetrators
            } else {
                Role::Victims
            };
            m.group = text_of(ctx, toks, j, end);
            // A name introduces a person; "him" and "the mayor" may refer back.
            if toks[j].cap {
                m.single = m.group.as_deref().map(str::to_ascii_lowercase);
            }
            return Some(m);
        }
    };
    let g = group_at(toks, q.end, true);
    if !group_ok(toks, &q, &g) || (q.article && matches!(toks[trig].low, "hurt" | "hurting")) {
        return None;
    }
    let mut parts = vec![(q.clone(), g.end, g.role)];
    let mut end = g.end;
    // "3 soldiers and 2 civilians", "one policeman, two children and a woman": a comma
    // joins only when an "and" closes the list.
    let mut pending: Vec<(Quant, usize, Role)> = Vec::new();
    while let Some(sep) = toks.get(end) {
        if !(sep.is(",") || sep.is("and")) {
            break;
        }
        let mut k = end + 1;
        let mut closes = sep.is("and");
        if sep.is(",") && toks.get(k).is_some_and(|t| t.is("and")) {
            k += 1;
            closes = true;
        }
        let Some(q2) =
            quant_at(toks, k).filter(|q2| free(used, q2.start, q2.end) && !bad_context(toks, q2))
        else {
            break;
        };
        let g2 = group_at(toks, q2.end, false);
        if !group_ok(toks, &q2, &g2) || (g2.head.is_none() && !toks[q2.start].is("another")) {
            break;
        }
        // "killing 5 and wounding 7": the next addend must not start a new trigger.
        if toks
            .get(g2.end)
            .is_some_and(|t| participle(t.low).is_some() || active(t.low).is_some())
        {
            break;
        }
        // "killed two guards, and 15 people remained in hospital": an addend followed
        // by a finite verb is the subject of a clause of its own (round 5).
        if toks.get(g2.end).is_some_and(|t| {
            matches!(
                t.low,
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "had"
                    | "have"
                    | "has"
                    | "remained"
                    | "remain"
                    | "remains"
                    | "escaped"
                    | "survived"
                    | "fled"
            )
        }) {
            break;
        }
        pending.push((q2.clone(), g2.end, g2.role));
        end = g2.end;
        if closes {
            parts.append(&mut pending);
            break;
        }
    }
    if !pending.is_empty() {
        end = parts.last().map_or(end, |p| p.1);
    }
    let (perps_included, sub_end, items) = subset(toks, end);
    for (p, e, _) in &parts {
        mark(used, p.start, *e);
    }
    if sub_end > end {
        mark(used, end, sub_end);
    }
    let group_end = sub_end.max(end);
    let single = single_head(toks, &q, &g, parts.len());
    let mut m = finish(
        ctx,
        toks,
        cat,
        trig.min(q.start),
        group_end,
        parts,
        perps_included,
    );
    m.single = single;
    subset_mentions(ctx, toks, cat, items, sub);
    Some(m)
}

/// "killing 16 people", "wounded five others", "beheaded a trader", "shot dead two
/// policemen", "killed or wounded 1,500 Iraqis", "stabbed a student to death", "took 12
/// people hostage", "forced 45,000 people to flee".
pub(super) fn actives(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::ACTIVE == 0 {
            continue;
        }
        let w = toks[i].low;
        let prev = i.checked_sub(1).map(|k| toks[k].low).unwrap_or("");
        let prev2 = i.checked_sub(2).map(|k| toks[k].low).unwrap_or("");
        // Hypothetical and intended killings are no casualties: "would kill", "tried to kill".
        if matches!(
            prev,
            "would"
                | "could"
                | "might"
                | "may"
                | "will"
                | "can"
                | "to"
                | "not"
                | "never"
                | "threatened"
        ) {
            continue;
        }
        let mut cat = active(w);
        let mut obj = i + 1;
        // "shot him dead", "beating her to death": a pronoun object between the verb
        // and the word that makes it a killing. The pronoun is one person, whom the
        // totals take for the victim named before it in the sentence when there is one.
        let pronoun_then = |word: &str| {
            toks.get(i + 1).is_some_and(|t| t.is("him") || t.is("her"))
                && toks.get(i + 2).is_some_and(|t| t.is(word))
        };
        if matches!(w, "shot" | "gunned")
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is("dead") || (w == "gunned" && t.is("down")))
        {
            cat = Some(CasualtyCategory::Killed);
            obj = i + 2;
        } else if w == "shot" && pronoun_then("dead") && free(used, i + 2, i + 3) {
            cat = Some(CasualtyCategory::Killed);
            used[i + 2] = true;
        } else if is_to_death_verb(w) {
            // "stabbed to death three people" or "stabbed a student to death".
            if starts(toks, i + 1, &["to", "death"]) {
                cat = Some(CasualtyCategory::Killed);
                obj = i + 3;
            } else if pronoun_then("to") && toks.get(i + 3).is_some_and(|t| t.is("death")) {
                cat = Some(CasualtyCategory::Killed);
            } else if let Some(q) = quant_at(toks, i + 1) {
                let g = group_at(toks, q.end, true);
                let end = if q.article || g.head.is_none() {
                    g.end.max(q.end)
                } else {
                    g.end
                };
                if starts(toks, end, &["to", "death"]) {
                    cat = Some(CasualtyCategory::Killed);
                }
            }
        } else if matches!(w, "lost" | "losing") {
            // "The army lost 2 soldiers", "admitted losing nine men": a side's own dead
            // told as a loss. Only a number of people counts: "lost 2 vehicles", "lost
            // their lives" (read as a predicate), "lost a third of its men" and "lost
            // 3,000 men to desertion" are not it.
            let person = quant_at(toks, i + 1)
                .filter(|q| !q.article && q.count.vague.is_none())
                .is_some_and(|q| {
                    let g = group_at(toks, q.end, true);
                    // "lost 3,000 men killed or wounded" says what the loss was: the
                    // participle reads it.
                    g.head.is_some_and(|h| is_person_noun(toks[h].low))
                        && !toks
                            .get(g.end)
                            .is_some_and(|t| t.is("to") || participle(t.low).is_some())
                });
            if !person {
                continue;
            }
            cat = Some(CasualtyCategory::Killed);
        } else if matches!(
            w,
            "claimed" | "claiming" | "cost" | "costing" | "took" | "taking"
        ) && starts(toks, i + 1, &["the", "lives", "of"])
        {
            cat = Some(CasualtyCategory::Killed);
            obj = i + 4;
        } else if matches!(w, "claimed" | "claiming" | "cost" | "costing") {
            // "claimed 12 lives", "costing dozens of lives".
            if let Some(q) = quant_at(toks, i + 1)
                .filter(|q| !q.article && free(used, q.start, q.end) && !bad_context(toks, q))
                && toks.get(q.end).is_some_and(|t| t.is("lives"))
            {
                mark(used, q.start, q.end + 1);
                out.push(Mention::new(
                    CasualtyCategory::Killed,
                    q.count,
                    toks,
                    i,
                    q.end + 1,
                ));
            }
            continue;
        } else if matches!(
            w,
            "took" | "taking" | "seized" | "held" | "holding" | "forced" | "forcing"
        ) {
            // "took 12 people hostage", "forced 45,000 people to flee".
            if let Some(q) = quant_at(toks, i + 1)
                .filter(|q| free(used, q.start, q.end) && !bad_context(toks, q))
            {
                let g = group_at(toks, q.end, true);
                let hostage = toks
                    .get(g.end)
                    .is_some_and(|t| t.is("hostage") || t.is("captive") || t.is("hostages"));
                let flee = starts(toks, g.end, &["to", "flee"]);
                let seized = w == "seized" && g.head.is_some_and(|h| is_person_noun(toks[h].low));
                if seized && !hostage {
                    let mut subs = Vec::new();
                    if let Some(m) = counted(
                        ctx,
                        toks,
                        used,
                        &mut subs,
                        i + 1,
                        CasualtyCategory::Abducted,
                        i,
                    ) {
                        out.push(m);
                        out.append(&mut subs);
                    }
                    continue;
                }
                if (hostage || flee) && group_ok(toks, &q, &g) {
                    let c = if flee {
                        CasualtyCategory::Displaced
                    } else {
                        CasualtyCategory::Abducted
                    };
                    let end = if hostage {
                        g.end + 1
                    } else if flee {
                        g.end + 2
                    } else {
                        g.end
                    };
                    mark(used, q.start, end);
                    let mut m = finish(ctx, toks, c, i, g.end, vec![(q.clone(), g.end, g.role)], 0);
                    m.span = span_of(toks, i, end);
                    out.push(m);
                }
            }
            continue;
        }
        let Some(mut cat) = cat else { continue };
        // A passive or predicate use is left to the subject rule.
        if is_finite_aux(prev) || (is_aux(prev) && is_finite_aux(prev2)) || prev == "the" {
            continue;
        }
        let perfect = matches!(prev, "has" | "have") || matches!(prev2, "has" | "have");
        let aux_at = if matches!(prev, "has" | "have") {
            i - 1
        } else {
            i.saturating_sub(2)
        };
        let cumulative_subject = perfect && war_subject(toks, aux_at);
        // "killed or wounded 1,500", "killed and wounded 2,000": casualties not split.
        // Two other verbs on one object ("kidnapped and killed a local councillor")
        // tell two things that happened to the same people: a claim of each.
        let mut first = None;
        if toks.get(obj).is_some_and(|t| t.is("or") || t.is("and"))
            && let Some(c2) = toks
                .get(obj + 1)
                .and_then(|t| active(t.low))
                .filter(|&c| c != cat)
            && quant_at(toks, obj + 2).is_some()
        {
            let injury = [CasualtyCategory::Killed, CasualtyCategory::Injured];
            if injury.contains(&cat) && injury.contains(&c2) {
                cat = CasualtyCategory::Casualties;
            } else if toks[obj].is("and") {
                first = Some(cat);
                cat = c2;
            } else {
                cat = CasualtyCategory::Casualties;
            }
            obj += 2;
        }
        let mut subs = Vec::new();
        if let Some(mut m) = counted(ctx, toks, used, &mut subs, obj, cat, i) {
            m.perfect = perfect;
            m.background = cumulative_subject;
            if let Some(c) = first {
                let mut m1 = m.clone();
                m1.category = c;
                out.push(m1);
            }
            // "killed 3 … to death": the object's "to death" is part of the claim.
            out.push(m);
            out.append(&mut subs);
        }
    }
}
