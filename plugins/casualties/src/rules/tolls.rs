//! Running tolls: "the death toll rose to 34", "raising the toll to 12".
//!
//! Receives a sentence's tokens and the used-token marks; hands on mentions marked as
//! updates, which supersede earlier figures in the totals.

use dateline_plugin::{CasualtyCategory, Count};

use super::groups::{bad_context, group_at};
use super::mention::{Mention, SentenceCtx, free, mark, text_of};
use crate::lexicon::*;
use crate::number::{number_at, quant_at};
use crate::token::{Kind, Tok, flags};

/// "the death toll rose to 34", "raising the toll to 34", "the number of people killed
/// rose to 40", "rose from a previously reported 85 to 150".
pub(super) fn tolls(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::TOLL == 0 {
            continue;
        }
        let w = toks[i].low;
        let prev = i.checked_sub(1).map(|k| toks[k].low).unwrap_or("");
        let (cat, from) = if w == "toll" || (w == "tally" && prev == "death") {
            match prev {
                "injury" => (CasualtyCategory::Injured, i - 1),
                "casualty" => (CasualtyCategory::Casualties, i - 1),
                "death" => (CasualtyCategory::Killed, i - 1),
                _ => (CasualtyCategory::Killed, i),
            }
        } else if w == "number"
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is("of") || participle(t.low).is_some())
            && let Some(c) = toks[i + 1..toks.len().min(i + 5)]
                .iter()
                .find_map(|t| participle(t.low).or_else(|| count_noun(t.low)))
        {
            (c, i)
        } else {
            continue;
        };
        let mut j = i + 1;
        // "The death toll, initially given as 15, rose to 23": the figure between the
        // commas of an appositive is the superseded one when a verb of rising follows
        // it; it is a claim of its own and the update comes after (round 5).
        if toks.get(i + 1).is_some_and(|t| t.is(","))
            && let Some(close) = (i + 2..toks.len().min(i + 10)).find(|&k| toks[k].is(","))
            && toks[close + 1..toks.len().min(close + 4)].iter().any(|t| {
                matches!(
                    t.low,
                    "rose" | "risen" | "climbed" | "jumped" | "increased" | "grew" | "reached"
                )
            })
        {
            if let Some((k, (n, end))) = (i + 2..close)
                .find_map(|k| number_at(toks, k).map(|r| (k, r)))
                .filter(|(k, (_, end))| free(used, *k, *end))
            {
                mark(used, k, end);
                out.push(Mention::new(cat, Count::exact(n), toks, k, end));
            }
            j = close + 1;
        }
        let mut seen_verb = w == "toll" || w == "tally";
        // "Local sources put the number of dead at 10": the figure follows "at".
        let put = toks[..i]
            .iter()
            .any(|t| matches!(t.low, "put" | "puts" | "putting" | "placed" | "placing"));
        while j < toks.len() && j < i + 18 {
            let t = &toks[j];
            if t.is(".")
                || t.is(";")
                || (t.is(",") && seen_verb && j > i + 1 && toks[j - 1].kind == Kind::Num)
            {
                break;
            }
            if matches!(
                t.low,
                "rose"
                    | "risen"
                    | "rises"
                    | "rise"
                    | "climbed"
                    | "reached"
                    | "stood"
                    | "stands"
                    | "hit"
                    | "jumped"
                    | "increased"
                    | "was"
                    | "is"
                    | "reaches"
                    | "climbs"
                    | "to"
            ) || (put && t.is("at"))
            {
                seen_verb = true;
            }
            let old = t.is("from")
                && toks.get(j + 1).is_some_and(|n| {
                    n.kind == Kind::Num
                        || n.is("a")
                        || n.is("an")
                        || n.is("the")
                        || n.is("previous")
                });
            if old {
                // The superseded figure is a claim of its own, not the update.
                let mut k = j + 1;
                while k < toks.len() && !toks[k].is("to") && k < j + 6 {
                    // A plain number: "from 85 to 150" is no range.
                    if let Some((n, end)) =
                        number_at(toks, k).filter(|(_, end)| free(used, k, *end))
                    {
                        mark(used, k, end);
                        out.push(Mention::new(cat, Count::exact(n), toks, k, end));
                        k = end;
                        break;
                    }
                    k += 1;
                }
                j = k;
                continue;
            }
            if seen_verb
                && let Some(q) = quant_at(toks, j)
                    .filter(|q| !q.article && free(used, q.start, q.end) && !bad_context(toks, q))
            {
                let g = group_at(toks, q.end, true);
                // "the toll of the three days of fighting", "the toll of both attacks":
                // a number in the of-phrase of the toll counts what the toll is of, not
                // the people.
                let of_phrase = (q.start.saturating_sub(2)..q.start).any(|k| toks[k].is("of"));
                if of_phrase && g.head.is_some_and(|h| !is_person_noun(toks[h].low)) {
                    j = g.end.max(q.end);
                    continue;
                }
                // "the toll for both bombings": a vague word counts people only.
                if q.count.vague.is_some() && g.head.is_some_and(|h| !is_person_noun(toks[h].low)) {
                    j = g.end.max(q.end);
                    continue;
                }
                let g_end = if g.head.is_some_and(|h| is_non_person(toks[h].low)) {
                    q.end
                } else {
                    g.end
                };
                mark(used, q.start, g_end.max(q.end));
                // "the final toll was 48 dead".
                if toks
                    .get(g_end)
                    .is_some_and(|t| count_noun(t.low).is_some() || participle(t.low).is_some())
                {
                    mark(used, g_end, g_end + 1);
                }
                let mut m = Mention::new(cat, q.count, toks, from, q.end);
                m.role = g.role;
                m.group = text_of(ctx, toks, q.end, g_end);
                // "the soldiers' death toll", "the civilian toll": the people the toll
                // counts are named before it, and a toll of one side does not count
                // the attackers (see the totals).
                if m.group.is_none() {
                    m.group = (from.saturating_sub(3)..from)
                        .rev()
                        .find(|&k| side_of_word(toks[k].low) != 0)
                        .and_then(|k| text_of(ctx, toks, k, k + 1));
                }
                m.update = true;
                out.push(m);
                // "rose to 24, up from 19": the superseded figure after the update.
                if let Some(k) = (g_end..toks.len().min(g_end + 4)).find(|&k| toks[k].is("from"))
                    && let Some((n, end)) =
                        number_at(toks, k + 1).filter(|(_, e)| free(used, k + 1, *e))
                {
                    mark(used, k + 1, end);
                    out.push(Mention::new(cat, Count::exact(n), toks, k + 1, end));
                }
                break;
            }
            j += 1;
        }
    }
}
