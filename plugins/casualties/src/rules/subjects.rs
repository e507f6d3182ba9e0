//! Counts as the subject of a participle or adjective: "16 people were killed", "three
//! soldiers died", "16 dead, 5 wounded", "a trader was shot".
//!
//! Receives a sentence's tokens and the used-token marks; hands on the mentions whose
//! count (or single named victim) stands before the trigger.

use dateline_plugin::{CasualtyCategory, Count, Role};

use super::groups::{Group, bad_context, group_at, group_ok, single_head, subset, subset_mentions};
use super::mention::{Mention, SentenceCtx, finish, free, mark, text_of};
use crate::lexicon::*;
use crate::number::{Quant, quant_at, starts};
use crate::token::{Kind, Tok, flags, is_word};

/// Words that may follow a participle used without auxiliary ("16 people killed in …",
/// "3 dead, 5 wounded"); anything else makes it an attribute or an active verb.
fn participle_follower(t: Option<&Tok>) -> bool {
    let Some(t) = t else { return true };
    if !is_word(t) {
        return true;
    }
    matches!(
        t.low,
        "in" | "on"
            | "at"
            | "by"
            | "during"
            | "when"
            | "after"
            | "and"
            | "or"
            | "as"
            | "while"
            | "near"
            | "since"
            | "following"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "overnight"
            | "early"
            | "late"
            | "earlier"
            | "later"
            | "including"
            | "outside"
            | "inside"
            | "across"
            | "from"
            | "with"
            | "among"
            | "to"
            | "so"
            | "over"
            | "before"
            | "amid"
            | "according"
            | "said"
            | "were"
            | "was"
            | "are"
            | "is"
            | "had"
            | "have"
            | "has"
            | "instantly"
            | "there"
            | "within"
            | "along"
            | "around"
            | "between"
            | "throughout"
            | "under"
            | "because"
            | "due"
            | "for"
            | "of"
            | "the"
            | "on-site"
            | "immediately"
            | "again"
            | "too"
            | "each"
            | "apiece"
            | "included"
            | "include"
            | "includes"
            | "lay"
            | "remain"
            | "remained"
            | "but"
            | "nor"
            | "yet"
    ) || is_weekday(t.low)
        || is_month(t.low)
}

/// "16 people were killed", "one civilian and six assailants were killed", "16 dead and
/// 40 wounded", "a soldier was killed", "Ahmed Ali was shot dead", "12 casualties".
/// The items of a list after a colon, from its first count `q`: "three police officers
/// and one of the attackers", "4 soldiers, 6 rebels and a civilian". One item when
/// the count heads no people ("Fatalities: 5").
fn colon_list(toks: &[Tok], q: &Quant) -> Vec<(Quant, usize, dateline_plugin::Role)> {
    let mut items = Vec::new();
    let mut q = q.clone();
    loop {
        let mut at = q.end;
        // "one of the attackers".
        if starts(toks, at, &["of", "the"]) {
            at += 2;
        }
        let g = group_at(toks, at, false);
        if !g.head.is_some_and(|h| is_person_noun(toks[h].low)) {
            break;
        }
        let role = if toks[at..g.end].iter().any(|t| is_perpetrator(t.low)) {
            dateline_plugin::Role::Perpetrators
        } else {
            g.role
        };
        items.push((q.clone(), g.end, role));
        let mut k = g.end;
        if toks.get(k).is_some_and(|t| t.is(",")) {
            k += 1;
        }
        if toks.get(k).is_some_and(|t| t.is("and")) {
            k += 1;
        }
        match quant_at(toks, k) {
            Some(n) if k > g.end => q = n,
            _ => break,
        }
    }
    if items.is_empty() {
        items.push((q, 0, dateline_plugin::Role::Victims));
    }
    items
}

pub(super) fn subjects(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::SUBJECT == 0 {
            continue;
        }
        let w = toks[i].low;
        let mut cat = participle(w);
        let mut trig_end = i + 1;
        // "She survived with serious injuries": a finite verb, whose singular subject
        // is one person as after "was".
        let mut finite_verb = false;
        if w == "shot" && toks.get(i + 1).is_some_and(|t| t.is("dead")) {
            cat = Some(CasualtyCategory::Killed);
            trig_end = i + 2;
        } else if matches!(w, "taken" | "held")
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is("hostage") || t.is("captive"))
        {
            cat = Some(CasualtyCategory::Abducted);
            trig_end = i + 2;
        } else if is_to_death_participle(w) && starts(toks, i + 1, &["to", "death"])
            || starts(toks, i, &["lost", "their", "lives"])
            || starts(toks, i, &["lost", "his", "life"])
            || starts(toks, i, &["lost", "her", "life"])
        {
            cat = Some(CasualtyCategory::Killed);
            trig_end = i + 3;
        } else if starts(toks, i, &["succumbed", "to"]) {
            cat = Some(CasualtyCategory::Killed);
            trig_end = i + 2;
        } else if starts(toks, i, &["fled", "their", "homes"])
            || starts(toks, i, &["forced", "to", "flee"])
        {
            cat = Some(CasualtyCategory::Displaced);
            trig_end = i + 3;
        } else if w == "fled"
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low, "to" | "the" | "into" | "across"))
        {
            cat = Some(CasualtyCategory::Displaced);
        } else if w == "treated"
            && toks.get(i + 1).is_some_and(|t| t.is("in") || t.is("at"))
            && let Some(k) = (i + 2..toks.len().min(i + 5))
                .find(|&k| matches!(toks[k].low, "hospital" | "hospitals"))
            && (i + 2..k).all(|j| {
                matches!(
                    toks[j].low,
                    "a" | "the" | "local" | "nearby" | "area" | "two" | "three" | "several"
                )
            })
        {
            // "62 people were treated in hospital": the people hurt badly enough to need
            // care, which is how health officials report the injured.
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
        } else if (matches!(w, "remained" | "remain" | "remains")
            || (w == "admitted" && toks.get(i + 1).is_some_and(|t| t.is("to") || t.is("into"))))
            && let Some(k) = (i + 1..toks.len().min(i + 6))
                .find(|&k| matches!(toks[k].low, "hospital" | "hospitals"))
            && (i + 1..k).all(|j| {
                matches!(
                    toks[j].low,
                    "in" | "at" | "to" | "into" | "a" | "the" | "local" | "nearby" | "still"
                )
            })
        {
            // "another 11 remained in hospital", "30 were admitted to hospital": the
            // people in care after an attack are its injured, as with "treated in
            // hospital" (round 5).
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
        } else if w == "admitted"
            && toks.get(i + 1).is_some_and(|t| t.is("with"))
            && let Some(k) = (i + 2..toks.len().min(i + 5))
                .find(|&k| matches!(toks[k].low, "wounds" | "injuries" | "burns"))
            && toks[i + 2..k].iter().all(|t| is_word(t) && !t.is("no"))
        {
            // "32 people were admitted with injuries" (a round 4 blind miss).
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
        } else if starts(toks, i, &["treated", "for"])
            && let Some(k) = (i + 2..toks.len().min(i + 5))
                .find(|&k| matches!(toks[k].low, "wounds" | "injuries" | "burns"))
        {
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
        } else if matches!(w, "body" | "corpse" | "remains")
            && let Some(aux) = body_found(toks, i)
            && i > 0
            && !toks[i - 1].is("no")
        {
            // "the victim's body was found": one person killed.
            if used[i] {
                continue;
            }
            used[i] = true;
            let from = (i.saturating_sub(4)..i)
                .find(|&k| matches!(toks[k].low, "the" | "a" | "his" | "her"))
                .unwrap_or(i);
            let mut m = Mention::new(
                CasualtyCategory::Killed,
                Count::exact(1),
                toks,
                from,
                aux + 2,
            );
            m.group = text_of(ctx, toks, from, aux);
            out.push(m);
            continue;
        } else if (matches!(w, "sustained" | "suffered" | "received")
            || (w == "survived" && toks.get(i + 1).is_some_and(|t| t.is("with"))))
            && let Some(k) = (i + 1..toks.len().min(i + 4))
                .find(|&k| matches!(toks[k].low, "injuries" | "wounds" | "burns"))
            && toks[i + 1..k].iter().all(|t| is_word(t) && !t.is("no"))
        {
            // "two traders sustained injuries", "suffered gunshot wounds".
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
            finite_verb = true;
        } else if starts(toks, i, &["unaccounted", "for"]) {
            cat = Some(CasualtyCategory::Missing);
            trig_end = i + 2;
        } else if cat.is_none() {
            cat = count_noun(w);
        }
        let Some(mut cat) = cat else { continue };
        if used[i] {
            continue;
        }
        let is_count_noun = participle(w).is_none() && count_noun(w).is_some();
        // "Fatalities: 2", "Casualties: 5 killed" (the figure after a colon).
        // "left nine dead: six soldiers, two militants and a motorist" is "nine dead"
        // and a breakdown of them, read below.
        let counted_before = i > 0 && quant_at(toks, i - 1).is_some_and(|q| q.end == i)
            || i > 1 && quant_at(toks, i - 2).is_some_and(|q| q.end == i);
        if (is_count_noun || matches!(w, "killed" | "dead" | "injured" | "wounded"))
            && !counted_before
            && toks.get(i + 1).is_some_and(|t| t.is(":"))
            && let Some(q) = quant_at(toks, i + 2)
                .filter(|q| !q.article && free(used, q.start, q.end) && !bad_context(toks, q))
        {
            let c = match toks.get(q.end).and_then(|t| participle(t.low)) {
                Some(c) => c,
                None => cat,
            };
            used[i] = true;
            mark(used, q.start, q.end);
            // "The dead: three police officers and one of the attackers": a list.
            let parts = colon_list(toks, &q);
            if parts.len() > 1 {
                let end = parts.last().map_or(q.end, |p| p.1);
                mark(used, q.start, end);
                out.push(finish(ctx, toks, c, i, end, parts, 0));
            } else {
                out.push(Mention::new(c, q.count, toks, i, q.end));
            }
            continue;
        }
        // "killed or wounded", "killed, wounded or captured", "dead or injured": not split.
        let mut chain_cats = vec![cat];
        let mut k = trig_end;
        let mut has_or = false;
        while k + 1 < toks.len() && (toks[k].is("or") || toks[k].is(",") || toks[k].is("and")) {
            let n = toks[k + 1].low;
            let c2 = participle(n)
                .or_else(|| matches!(n, "captured").then_some(CasualtyCategory::Arrested));
            let Some(c2) = c2 else { break };
            has_or |= toks[k].is("or");
            chain_cats.push(c2);
            k += 2;
        }
        let pair = chain_cats.contains(&CasualtyCategory::Killed)
            && chain_cats.contains(&CasualtyCategory::Injured);
        let mut also: Vec<CasualtyCategory> = Vec::new();
        if chain_cats.len() > 1 {
            if has_or && pair {
                cat = CasualtyCategory::Casualties;
                trig_end = k;
            } else if !pair
                && !has_or
                && chain_cats[1] != cat
                && quant_at(toks, trig_end + 1).is_none()
            {
                // "were wounded and arrested": one count, two categories.
                also = chain_cats[1..]
                    .iter()
                    .copied()
                    .filter(|c| {
                        *c != CasualtyCategory::Arrested
                            || toks[trig_end + 1].is("arrested")
                            || toks[trig_end + 1].is("detained")
                    })
                    .collect();
            }
        }
        // Skip auxiliaries and adverbs leftwards: "were reportedly", "have been"; and
        // "was among the dead", "were among those injured".
        let mut p = i;
        if i >= 2 && (toks[i - 1].is("the") || toks[i - 1].is("those")) && toks[i - 2].is("among") {
            p = i - 2;
        }
        // "was raped and killed", "were abducted and later killed", "were shot and
        // injured".
        let first_verb = |w: &str| w.ends_with("ed") || matches!(w, "shot" | "beaten" | "struck");
        if p >= 2
            && toks[p - 1].is("and")
            && first_verb(toks[p - 2].low)
            && toks[p - 2].kind == Kind::Word
        {
            p -= 2;
        } else if p >= 3
            && toks[p - 2].is("and")
            && is_aux(toks[p - 1].low)
            && toks[p - 3].low.ends_with("ed")
        {
            p -= 3;
        }
        let mut aux_seen = false;
        let mut singular_aux = false;
        let mut perfect = false;
        let mut passive = false;
        let mut has_have = false;
        while p > 0 && p + 8 > i && is_aux(toks[p - 1].low) {
            let a = toks[p - 1].low;
            if matches!(
                a,
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "being"
                    | "be"
                    | "get"
                    | "got"
                    | "remain"
                    | "remained"
                    | "lay"
            ) {
                passive = true;
            }
            if matches!(a, "have" | "has" | "had") {
                has_have = true;
            }
            if is_finite_aux(a) || matches!(a, "have" | "has" | "had") {
                aux_seen = true;
            }
            if matches!(a, "have" | "has") {
                perfect = true;
            }
            if matches!(a, "was" | "is" | "has") {
                singular_aux = true;
            }
            p -= 1;
        }
        // "16 people, including three assailants, were killed"; "Ahmed Ali, a local
        // official, was shot dead".
        let mut perps_sub = 0;
        let mut sub_items = Vec::new();
        let mut subj_end = p;
        // "three dead bodies were found": the adjective belongs to the counted noun.
        if is_count_noun && p == i && i > 0 && toks[i - 1].is("dead") {
            subj_end = i - 1;
        }
        if p > 0 && (toks[p - 1].is(",") || toks[p - 1].is(")")) {
            let close = p - 1;
            let mut k = close;
            while k > 0 && close - k < 14 {
                k -= 1;
                if toks[k].is(",") || toks[k].is("(") {
                    let (perps, end, items) = subset(toks, k);
                    if end > k && end >= close {
                        perps_sub = perps;
                        sub_items = items;
                        subj_end = k;
                    } else if close - k <= 9
                        && !(k + 1..close).any(|a| {
                            let t = &toks[a];
                            // ", believed to be militants,": an infinitive in the
                            // appositive says who the people are, it is no verb of theirs.
                            let infinitive = t.is("be") && toks[a - 1].is("to");
                            participle(t.low).is_some()
                                || active(t.low).is_some()
                                || (is_finite_aux(t.low) && !infinitive)
                        })
                    {
                        subj_end = k;
                    }
                    break;
                }
            }
        }
        let verb_like = active(w).is_some() && !matches!(w, "dead" | "missing");
        // "the war has displaced 2.5 million people", "the group has targeted and killed
        // …": a perfect without "been" is active.
        if verb_like && has_have && !passive {
            continue;
        }
        // "A gunman shot dead two policemen", "An attacker stabbed to death a guard":
        // without an auxiliary, a two-word trigger whose next words are the object an
        // active pattern read is that active verb, and the word before it its subject
        // (the gunman did the killing; he was not killed).
        if !aux_seen && !is_count_noun && trig_end > i + 1 && used.get(trig_end) == Some(&true) {
            continue;
        }
        if !aux_seen && !is_count_noun && trig_end == i + 1 {
            // Without an auxiliary, "three gunmen killed two guards" is active and "four
            // kidnapped nuns" is an attribute: only "16 killed in …", "3 dead, 5 wounded"
            // and intransitive "died" remain.
            let next = toks.get(trig_end);
            if verb_like
                && next.is_some_and(|n| {
                    quant_at(toks, trig_end).is_some()
                        || n.is("him")
                        || n.is("her")
                        || n.is("them")
                        || (n.cap && n.kind == Kind::Word)
                })
            {
                continue;
            }
            if !participle_follower(next) && !matches!(w, "died" | "perished") {
                continue;
            }
        }
        // "two gunmen who tried to follow the bomber were shot dead": the subject ends
        // before a relative clause.
        let mut ends = vec![subj_end];
        if let Some(k) = (subj_end.saturating_sub(9)..subj_end)
            .rev()
            .find(|&k| toks[k].is("who"))
            && k > 0
            && toks[k..subj_end]
                .iter()
                .all(|t| is_word(t) && participle(t.low).is_none())
        {
            // The subject is before the relative clause; the clause's own nouns ("the
            // bomber" in "who tried to follow the bomber") are not it.
            ends.insert(0, k);
        }
        // "12 soldiers and an unknown number of militants were killed": the people of
        // unknown number are no figure, and the list is read up to them.
        if let Some(k) = (subj_end.saturating_sub(10)..subj_end)
            .find(|&k| toks[k].is("and") && starts(toks, k + 1, &["an", "unknown", "number"]))
        {
            ends.push(k);
        }
        let mut best: Option<(Quant, Group)> = None;
        for subj_end in ends {
            if best.is_some() {
                break;
            }
            // Find the count that starts the subject: the leftmost one whose noun group
            // reaches the subject's end.
            let head_toks = &toks[..subj_end];
            let lo = subj_end.saturating_sub(9);
            for q0 in (lo..subj_end).rev() {
                let t = &toks[q0];
                // "two (2) civilians": the figure in brackets is part of the count.
                let bracketed = (t.is(")")
                    && q0 >= 2
                    && toks[q0 - 1].kind == Kind::Num
                    && toks[q0 - 2].is("("))
                    || (t.is("(")
                        && toks.get(q0 + 2).is_some_and(|c| c.is(")"))
                        && toks[q0 + 1].kind == Kind::Num);
                if bracketed {
                    continue;
                }
                if t.is(",")
                    || t.is(";")
                    || t.is(".")
                    || (is_clause_break(t.low) && !t.is("and"))
                    || (participle(t.low).is_some() && q0 + 1 < subj_end)
                {
                    break;
                }
                if let Some(q) = quant_at(head_toks, q0)
                    && q.end <= subj_end
                    && free(used, q.start, q.end)
                    && !bad_context(toks, &q)
                {
                    let mut g = group_at(head_toks, q.end, true);
                    // "two peacekeepers from Bangladesh were killed": a short prepositional
                    // tail of names belongs to the subject.
                    if g.end < subj_end
                        && g.head.is_some()
                        && matches!(toks[g.end].low, "from" | "in" | "of" | "at" | "with" | "on")
                        && subj_end - g.end <= 6
                        && toks[g.end + 1..subj_end].iter().all(|t| {
                            is_word(t)
                                && participle(t.low).is_none()
                                && active(t.low).is_none()
                                && !is_finite_aux(t.low)
                                && !is_clause_break(t.low)
                        })
                    {
                        g.end = subj_end;
                    }
                    // "30 policemen and militiamen including a British trainer died": an unmarked
                    // subset that runs to the verb.
                    let mut sub_here = None;
                    if g.end < subj_end && g.head.is_some() && toks[g.end].is("including") {
                        let (perps, end, items) = subset(toks, g.end);
                        if end == subj_end {
                            sub_here = Some((perps, items));
                            g.end = subj_end;
                        }
                    }
                    if g.end == subj_end && group_ok(toks, &q, &g) {
                        if let Some((perps, items)) = sub_here {
                            perps_sub = perps;
                            sub_items = items;
                        }
                        best = Some((q, g));
                    }
                }
            }
        }
        let mut pushed: Option<Mention> = None;
        if let Some((q, g)) = best {
            // "one civilian and six assailants": earlier addends before "and".
            let mut parts = vec![(q.clone(), g.end, g.role)];
            let mut from = q.start;
            // A comma joins only in a list that an "and" closes: "a soldier, two policemen
            // and three civilians", not "in addition to the bomber, eight people".
            let mut seen_and = false;
            while from > 0 {
                let sep = &toks[from - 1];
                if !(sep.is("and") || (sep.is(",") && seen_and)) {
                    break;
                }
                seen_and |= sep.is("and");
                let mut found = None;
                for q0 in (from.saturating_sub(8)..from - 1).rev() {
                    if let Some(q2) = quant_at(&toks[..from - 1], q0)
                        && free(used, q2.start, q2.end)
                        && !bad_context(toks, &q2)
                    {
                        let g2 = group_at(&toks[..from - 1], q2.end, false);
                        if g2.end == from - 1 && group_ok(toks, &q2, &g2) {
                            found = Some((q2, g2));
                        }
                    }
                    if toks[q0].is(",")
                        || toks[q0].is(".")
                        || active(toks[q0].low).is_some()
                        || participle(toks[q0].low).is_some()
                    {
                        break;
                    }
                }
                let Some((q2, g2)) = found else { break };
                from = q2.start;
                parts.insert(0, (q2, g2.end, g2.role));
            }
            for (pq, e, _) in &parts {
                mark(used, pq.start, *e);
            }
            mark(used, i, trig_end);
            let multi = parts.len() > 1;
            let single = single_head(toks, &q, &g, parts.len());
            let mut m = finish(ctx, toks, cat, from, trig_end, parts, perps_sub);
            m.single = single;
            m.group = if multi {
                text_of(ctx, toks, from, subj_end)
            } else {
                text_of(ctx, toks, q.end, g.end)
            };
            m.perfect = perfect;
            m.reactive = !aux_seen;
            pushed = Some(m);
        } else if !matches!(cat, CasualtyCategory::Casualties) && !is_count_noun && subj_end > 0 {
            // No count: a singular subject counts one ("a soldier was killed", "the bomber
            // died", "Ahmed Ali was shot dead", "he was killed").
            if let Some((from, s)) = singular_subject(
                toks,
                subj_end,
                singular_aux || (!aux_seen && (finite_verb || matches!(w, "died" | "perished"))),
                // Any singular noun counts after "was killed"; after "died" or "was hurt"
                // only a person does ("the craze died", "the segment was hurt").
                cat != CasualtyCategory::Displaced && singular_aux && w != "hurt",
            ) && free(used, from, s + 1)
            {
                mark(used, from, s + 1);
                mark(used, i, trig_end);
                let mut m = Mention::new(cat, Count::exact(1), toks, from, trig_end);
                m.role = if is_perpetrator(toks[s].low) {
                    Role::Perpetrators
                } else {
                    Role::Victims
                };
                m.group = text_of(ctx, toks, from, s + 1);
                if toks[from].cap && toks[s].cap || matches!(toks[from].low, "a" | "an" | "another")
                {
                    m.single = Some(toks[s].low.to_string());
                }
                m.reactive = !aux_seen;
                pushed = Some(m);
            }
        }
        let Some(m) = pushed else { continue };
        // "15 dead, including six of the militants": a subset after the trigger.
        let mut m = m;
        if sub_items.is_empty() {
            let (perps, end, items) = subset(toks, trig_end);
            if end > trig_end {
                if m.role == Role::Victims {
                    m.perps_included = m.perps_included.saturating_add(perps);
                }
                mark(used, trig_end, end);
                sub_items = items;
            }
        }
        for c in also {
            let mut m2 = m.clone();
            m2.category = c;
            out.push(m2);
        }
        out.push(m);
        subset_mentions(ctx, toks, cat, sub_items, out);
    }
}

/// The one person a subject ending before `end` names, if it names one: returns the
/// first token of the subject and its head.
fn singular_subject(
    toks: &[Tok],
    end: usize,
    singular_verb: bool,
    generic_ok: bool,
) -> Option<(usize, usize)> {
    if !singular_verb {
        return None;
    }
    let mut s = end - 1;
    // "the driver of the truck", "the imam of the mosque".
    let mut k = s;
    while k > 0 && s - k < 4 && is_word(&toks[k]) {
        if toks[k].is("of") && k > 0 && is_word(&toks[k - 1]) {
            s = k - 1;
            break;
        }
        k -= 1;
    }
    let t = &toks[s];
    if is_non_subject(t.low) || is_non_person(t.low) || !is_word(t) {
        return None;
    }
    if t.is("he") || t.is("she") {
        return Some((s, s));
    }
    if t.cap && t.kind == Kind::Word && !is_month(t.low) && !is_weekday(t.low) && s > 0 {
        // A name: walk back over its capitalised words.
        let mut k = s;
        while k > 0 && toks[k - 1].cap && toks[k - 1].kind == Kind::Word && s - k < 4 {
            k -= 1;
        }
        return Some((k, s));
    }
    if t.cap && s == 0 && !is_singular_person(t.low) {
        return None;
    }
    // A common noun: walk back over adjectives to its determiner.
    let mut k = s;
    let mut det = None;
    while k > 0 && s - k < 5 {
        let p = &toks[k - 1];
        if !is_word(p) || is_clause_break(p.low) || is_aux(p.low) {
            break;
        }
        k -= 1;
        if matches!(
            p.low,
            "a" | "an"
                | "the"
                | "one"
                | "another"
                | "his"
                | "her"
                | "their"
                | "its"
                | "no"
                | "every"
                | "any"
                | "each"
        ) {
            det = Some(p.low);
            break;
        }
    }
    // An attacker is a person too: "a third raider died of his wounds".
    let one_attacker = is_perpetrator(t.low) && !t.low.ends_with('s') && !t.low.ends_with("men");
    let person = is_singular_person(t.low) || t.kind == Kind::Mixed || one_attacker;
    // Any singular common noun after "a"/"the" counts when the verb is singular; the
    // plural ("the soldiers") and "no"/"every" do not.
    let plural = t.low.ends_with('s') && !t.low.ends_with("ss") && !is_singular_person(t.low);
    match det {
        Some("no" | "every" | "any" | "each") => None,
        Some(_) if !plural && (person || generic_ok) => Some((k, s)),
        None if person && !plural => Some((k, s)),
        _ => None,
    }
}

/// "the victim's body was found", "the body of a missing farmer was found": one person
/// killed. Returns the index of the auxiliary before the verb of finding.
fn body_found(toks: &[Tok], i: usize) -> Option<usize> {
    let found = |k: usize| {
        toks.get(k).is_some_and(|t| t.is("was") || t.is("were"))
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.low,
                    "found" | "discovered" | "recovered" | "dumped" | "retrieved" | "exhumed"
                )
            })
    };
    if found(i + 1) {
        return Some(i + 1);
    }
    // The of-phrase names one person ("of a missing farmer", "of the journalist").
    if toks.get(i + 1).is_some_and(|t| t.is("of"))
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low, "a" | "an" | "the" | "his" | "her"))
    {
        return (i + 3..toks.len().min(i + 8))
            .take_while(|&k| is_word(&toks[k]) && !toks[k].low.ends_with('s'))
            .find(|&k| found(k + 1))
            .map(|k| k + 1);
    }
    None
}
