//! The people counted: the noun group after a count ("Iraqi soldiers", "members of the
//! security forces"), whether it counts people at all, one victim named alone, and
//! subsets that are not added ("including three assailants").
//!
//! Receives a sentence's tokens and the position of a count; hands on the group's extent,
//! head and role ([`Group`]) and the tests the patterns apply to it. Knows nothing of
//! which pattern asks.

use dateline_plugin::{CasualtyCategory, Count, Role};

use super::mention::{Mention, SentenceCtx, text_of};
use crate::lexicon::*;
use crate::number::{Quant, quant_at, starts};
use crate::token::{Kind, Tok, is_word};

/// A noun group after a count: where it ends, its head word and role.
pub(super) struct Group {
    pub(super) end: usize,
    pub(super) head: Option<usize>,
    pub(super) role: Role,
}

/// Words that end a noun group.
fn ends_group(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "climbed"
            | "reached"
            | "stood"
            | "stands"
            | "jumped"
            | "increased"
            | "in"
            | "at"
            | "on"
            | "by"
            | "near"
            | "during"
            | "after"
            | "when"
            | "while"
            | "who"
            | "which"
            | "that"
            | "including"
            | "with"
            | "from"
            | "to"
            | "into"
            | "as"
            | "since"
            | "for"
            | "among"
            | "inside"
            | "outside"
            | "across"
            | "under"
            | "over"
            | "than"
            | "but"
            | "or"
            | "said"
            | "says"
            | "say"
            | "according"
            | "before"
            | "following"
            | "amid"
            | "against"
            | "hostage"
            | "hostages"
            | "captive"
            | "whose"
            | "where"
            | "yesterday"
            | "today"
            | "overnight"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "were"
            | "was"
            | "is"
            | "are"
            | "have"
            | "has"
            | "had"
            | "been"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "lay"
            | "remain"
            | "remained"
            | "went"
            | "fled"
            | "lost"
            | "included"
            | "include"
            | "includes"
            | "all"
            | "both"
    )
}

/// Parse the noun group that follows a count at `i` ("Iraqi soldiers", "of them",
/// "members of the security forces"), up to `limit`.
pub(super) fn group_at(toks: &[Tok], i: usize, allow_and: bool) -> Group {
    let mut j = i;
    let mut head = None;
    let mut of_at = None;
    while j < toks.len() && j < i + 7 {
        let t = &toks[j];
        if !(is_word(t) || t.is("-") || t.is("'") || t.is("’")) {
            break;
        }
        let w = t.low;
        // "took 12 people hostage" ends the group at "hostage", but "two hostages were
        // killed" has it as the group's own head.
        let own_head = head.is_none() && matches!(w, "hostages" | "hostage" | "captives");
        if (ends_group(w) && !own_head)
            || participle(w).is_some()
            || active(w).is_some()
            || is_weekday(w)
            || is_month(w)
        {
            break;
        }
        if count_noun(w).is_some() && head.is_some() {
            break;
        }
        // "a Chinese engineer working on …", "a man accused of …": a participle after
        // the head starts a modifier clause.
        if head.is_some()
            && w.len() > 4
            && (w.ends_with("ing") || w.ends_with("ed"))
            && !matches!(
                w,
                "wedding" | "building" | "offspring" | "feed" | "seed" | "breed"
            )
        {
            break;
        }
        // A new count starts a new group ("three soldiers two civilians" never occurs, but
        // "of the four kidnapped nuns" must not count the four as people of the first).
        if j > i && t.kind == Kind::Num {
            break;
        }
        if w == "and" {
            // "civilians and soldiers": a bare second noun, without its own count.
            let next = toks.get(j + 1);
            let bare = next.is_some_and(|n| {
                is_word(n)
                    && !matches!(
                        n.low,
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "other" | "another"
                    )
                    && quant_at(toks, j + 1).is_none()
                    && active(n.low).is_none()
                    && participle(n.low).is_none()
                    && !coordinated_verb(toks, j + 1)
            });
            if !allow_and || head.is_none() || !bare {
                break;
            }
        } else if w == "of" {
            if of_at.is_none() {
                of_at = Some(j);
            }
        } else if !matches!(w, "the" | "their" | "his" | "her" | "its" | "whom") {
            // "them" and "those" head "two of them", "five of those".
            head = Some(j);
        }
        j += 1;
    }
    // Do not end on a joining word.
    while j > i && matches!(toks[j - 1].low, "and" | "of" | "the" | "-") {
        j -= 1;
    }
    if head.is_some_and(|h| h >= j) {
        head = (i..j)
            .rev()
            .find(|&k| !matches!(toks[k].low, "of" | "the" | "and"));
    }
    // "members of the family", "the driver of the truck": the head is before "of".
    if let Some(k) = of_at
        && k > i
        && k < j
        && is_person_noun(toks[k - 1].low)
    {
        head = Some(k - 1);
    }
    let role = if (i..j).any(|k| is_perpetrator(toks[k].low)) {
        Role::Perpetrators
    } else {
        Role::Victims
    };
    Group { end: j, head, role }
}

/// True when the word at `k`, right after "and" or "but", starts a coordinated verb
/// phrase ("killed 19 villagers and led to …", "and left nine missing", "and destroyed 20
/// homes"), which ends the noun group before it. A past form in "-ed" counts as a verb
/// only when an object or complement follows it, so that "civilians and armed men"
/// stays one group.
pub(super) fn coordinated_verb(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let w = t.low;
    if matches!(
        w,
        "led"
            | "left"
            | "leaving"
            | "forced"
            | "caused"
            | "destroyed"
            | "damaged"
            | "sparked"
            | "prompted"
            | "triggered"
            | "sent"
            | "set"
            | "brought"
            | "drew"
            | "made"
            | "cut"
            | "razed"
            | "burned"
            | "torched"
            | "looted"
            | "fled"
            | "took"
            | "seized"
            | "stole"
            | "blocked"
            | "closed"
            | "disrupted"
            | "displaced"
            | "wounded"
            | "injured"
            | "hurt"
    ) {
        return true;
    }
    w.len() > 4
        && w.ends_with("ed")
        && !is_person_noun(w)
        && toks.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Num
                || matches!(
                    n.low,
                    "the"
                        | "a"
                        | "an"
                        | "to"
                        | "up"
                        | "off"
                        | "down"
                        | "out"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "dozens"
                        | "hundreds"
                        | "thousands"
                        | "several"
                )
        })
}

/// True when the number at `q` is a date part, a label ("District 9"), an address, a
/// time or an age.
pub(super) fn bad_context(toks: &[Tok], q: &Quant) -> bool {
    let next = toks.get(q.end);
    if let Some(prev) = q.start.checked_sub(1).map(|k| &toks[k]) {
        if labels_number(prev.low)
            || is_month(prev.low)
            || prev.is("#")
            || prev.is("aged")
            || prev.is("/")
        {
            return true;
        }
        // "at 45 Main Street", "at 5 pm".
        if prev.is("at") && !q.article && next.is_some_and(|n| n.cap) {
            return true;
        }
    }
    if let Some(next) = next {
        if is_month(next.low)
            || next.is("/")
            || matches!(
                next.low,
                "pm" | "am"
                    | "a.m"
                    | "p.m"
                    | "o'clock"
                    | "%"
                    | "percent"
                    | "per"
                    | ":"
                    | "th"
                    | "st"
                    | "nd"
                    | "rd"
            )
        {
            return true;
        }
        // "25 years old".
        if next.is("years") && toks.get(q.end + 1).is_some_and(|t| t.is("old")) {
            return true;
        }
    }
    false
}

/// One person as an object: "him", a name, "the mayor of the town", "a trader".
pub(super) fn one_object(toks: &[Tok], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    if t.is("him")
        || t.is("her")
            && !toks
                .get(j + 1)
                .is_some_and(|n| is_word(n) && !ends_group(n.low))
    {
        return Some(j + 1);
    }
    if t.is("the") {
        // "the mayor", "the local chief of the village".
        let mut k = j + 1;
        while k < toks.len() && k < j + 4 && is_word(&toks[k]) {
            if is_singular_person(toks[k].low) {
                let next = toks.get(k + 1);
                if next.is_some_and(|n| is_word(n) && is_person_noun(n.low)) {
                    k += 1;
                    continue;
                }
                let mut end = k + 1;
                if starts(toks, end, &["of", "the"]) {
                    end = (end + 2..toks.len().min(end + 5))
                        .find(|&e| !is_word(&toks[e]) || ends_group(toks[e].low))
                        .unwrap_or(end + 3);
                }
                return Some(end);
            }
            if ends_group(toks[k].low) || toks[k].low.ends_with('s') {
                return None;
            }
            k += 1;
        }
        return None;
    }
    if t.cap && t.kind == Kind::Word && !is_month(t.low) && !is_weekday(t.low) {
        let mut k = j;
        while k < toks.len() && toks[k].cap && toks[k].kind == Kind::Word && k < j + 4 {
            k += 1;
        }
        // "displaced Americans": a lone capitalised plural is a people, not a name.
        if k == j + 1 && t.low.ends_with('s') {
            return None;
        }
        // "killed Iraqi soldiers": a capitalised adjective before a noun is no name.
        let noun_after = toks
            .get(k)
            .is_some_and(|n| is_word(n) && !n.cap && !ends_group(n.low) && !n.is("and"));
        return (!noun_after).then_some(k);
    }
    None
}

/// The head word of a single victim introduced by "a", "an" or "another".
pub(super) fn single_head(toks: &[Tok], q: &Quant, g: &Group, parts: usize) -> Option<String> {
    (parts == 1 && q.article && matches!(toks[q.start].low, "a" | "an" | "another"))
        .then(|| g.head.map(|h| toks[h].low.to_string()))
        .flatten()
}

/// A count must count people: an article needs a person noun after it, and no count
/// may head a non-person noun ("three mortars", "60 sites").
pub(super) fn group_ok(toks: &[Tok], q: &Quant, g: &Group) -> bool {
    match g.head {
        Some(h) => {
            let w = toks[h].low;
            if is_non_person(w) {
                return false;
            }
            if q.article {
                let ordinal = matches!(w, "second" | "third" | "fourth" | "fifth" | "sixth")
                    && h + 1 == g.end;
                // An attacker is a person: "lynched a suspected kidnapper".
                let one_attacker = is_perpetrator(w) && !w.ends_with('s') && !w.ends_with("men");
                return is_singular_person(w)
                    || ordinal
                    || one_attacker
                    || (toks[h].kind == Kind::Mixed);
            }
            true
        }
        // "another" alone stands for one more person ("and another was injured").
        None => !q.article || toks[q.start].is("another"),
    }
}

/// The verbs that tell that people counted before died later.
pub(super) fn is_death_verb(w: &str) -> bool {
    matches!(w, "died" | "succumbed" | "perished")
}

/// ", including three assailants," / "(including two children)" / ", of whom 6 are
/// officers": a subset that is not added. Returns the perpetrators it names, the token
/// index after it and the perpetrator items.
pub(super) fn subset(toks: &[Tok], i: usize) -> (u64, usize, Vec<(Quant, usize)>) {
    let mut j = i;
    let open = toks
        .get(j)
        .is_some_and(|t| t.is(",") || t.is("(") || t.is("—") || t.is("–"));
    if open {
        j += 1;
    }
    let cue = if starts(toks, j, &["including"]) || starts(toks, j, &["mostly"]) {
        1
    } else if starts(toks, j, &["among", "them"])
        || starts(toks, j, &["among", "whom"])
        || starts(toks, j, &["of", "whom"])
        || starts(toks, j, &["of", "which"])
    {
        2
    } else if starts(toks, j, &["most", "of", "them"])
        || starts(toks, j, &["many", "of", "them"])
        || starts(toks, j, &["all", "of", "them"])
    {
        3
    } else if open && quant_at(toks, j).is_some_and(|q| !q.article) && {
        // ", 23 of them children", ", three of them seriously".
        let q = quant_at(toks, j).map(|q| q.end).unwrap_or(j);
        (starts(toks, q, &["of", "them"]) || starts(toks, q, &["of", "whom"]))
            // ", one of whom later died" tells a death among the people counted, not a
            // part of them: it is left to the rule of the injured who died.
            && !(q + 2..toks.len().min(q + 6)).any(|k| is_death_verb(toks[k].low))
    } {
        0
    } else {
        return (0, i, Vec::new());
    };
    j += cue;
    let mut perps: u64 = 0;
    let mut items = Vec::new();
    let mut k = j;
    while k < toks.len() && k < j + 16 {
        let t = &toks[k];
        if t.is(")") || t.is(".") || t.is(";") || t.is("—") || t.is("–") {
            k += 1;
            break;
        }
        if t.is(",") {
            // A closing comma ends the subset unless another subset item follows.
            if quant_at(toks, k + 1).is_none() {
                k += 1;
                break;
            }
        }
        if matches!(
            t.low,
            "were" | "was" | "are" | "is" | "died" | "killed" | "wounded" | "injured"
        ) {
            // ", of which 6 are officers" runs to its end; "including three assailants,
            // were killed" stops before the verb.
            if cue == 2 && matches!(t.low, "are" | "is" | "were" | "was") {
                k += 1;
                continue;
            }
            break;
        }
        // "including the bomber", "including the attacker": one perpetrator.
        if t.is("the")
            && toks
                .get(k + 1)
                .is_some_and(|n| is_perpetrator(n.low) && !n.low.ends_with('s'))
        {
            perps += 1;
            items.push((
                Quant {
                    start: k,
                    end: k + 1,
                    count: Count::exact(1),
                    article: true,
                },
                k + 2,
            ));
            k += 2;
            continue;
        }
        if let Some(q) = quant_at(toks, k) {
            let g = group_at(toks, q.end, false);
            if g.role == Role::Perpetrators {
                perps = perps.saturating_add(q.count.value);
                items.push((q.clone(), g.end));
            }
            k = g.end.max(q.end);
            continue;
        }
        k += 1;
    }
    // Without a closing mark the subset runs to the verb: do not swallow the comma.
    while k > j && toks.get(k - 1).is_some_and(|t| t.is(",")) {
        k -= 1;
    }
    (perps, k, items)
}

/// The perpetrators named in a subset, as claims of their own that totals never add.
pub(super) fn subset_mentions(
    ctx: &SentenceCtx,
    toks: &[Tok],
    cat: CasualtyCategory,
    items: Vec<(Quant, usize)>,
    out: &mut Vec<Mention>,
) {
    for (q, end) in items {
        let mut m = Mention::new(cat, q.count.clone(), toks, q.start, end);
        m.role = Role::Perpetrators;
        m.group = text_of(ctx, toks, q.end, end);
        m.subset = true;
        out.push(m);
    }
}
