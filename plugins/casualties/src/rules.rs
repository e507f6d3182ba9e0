//! The sentence patterns that tie a count to what happened to the people counted.
//!
//! Every pattern works on the tokens of one sentence and marks the tokens of the
//! counts it uses, so that one number yields at most one claim. Patterns run from the
//! most specific to the most general: explicit zeros, running tolls, nominalisations
//! ("the martyrdom of 23 people"), active verbs ("killing 16 people"), subjects of
//! participles ("16 people were killed", "16 dead"), and the suicide attacker's own
//! death. Counts in clauses that tell background (a past year, "since 2011", "ten years
//! ago") or a reaction (a protest, funeral or trial about a death) are dropped.

use dateline_plugin::{CasualtyCategory, CasualtyPart, Count, Role, Span};

use crate::lexicon::*;
use crate::number::{Quant, is_year, number_at, quant_at, starts};
use crate::token::{Kind, Tok, flags};

/// One count found in a sentence, before it becomes a claim.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// What happened.
    pub category: CasualtyCategory,
    /// How many.
    pub count: Count,
    /// Victims or perpetrators.
    pub role: Role,
    /// The people counted, as written.
    pub group: Option<String>,
    /// Addends of a listed sum.
    pub parts: Vec<CasualtyPart>,
    /// Surface span in the document.
    pub span: Span,
    /// Perpetrators included in `count` ("17 people, including three assailants").
    pub perps_included: u64,
    /// A running toll that supersedes earlier figures ("raising the toll to 34").
    pub update: bool,
    /// A subset of the mention before it ("including three assailants"): never added.
    pub subset: bool,
    /// Where it happened, when the sentence says.
    pub place: Option<String>,
    /// Who reports it, when the sentence says.
    pub source: Option<String>,
    /// For one victim introduced as new ("a trader", "Ahmed Ali"): the head word, so
    /// that totals add distinct single victims instead of taking them for repeats.
    pub single: Option<String>,
    /// First and last token of the mention (for the clause filters).
    toks: (usize, usize),
    /// The trigger is in the perfect ("have been killed", "has displaced").
    perfect: bool,
    /// Told as a running total of a war or conflict.
    background: bool,
    /// The mention is a nominalisation or a participle without auxiliary, the forms a
    /// protest or funeral report uses ("the killing of", "soldiers killed in").
    reactive: bool,
}

impl Mention {
    fn new(cat: CasualtyCategory, count: Count, toks: &[Tok], from: usize, to: usize) -> Self {
        Mention {
            category: cat,
            count,
            role: Role::Victims,
            group: None,
            parts: Vec::new(),
            span: span_of(toks, from, to),
            perps_included: 0,
            update: false,
            subset: false,
            place: None,
            source: None,
            single: None,
            toks: (from, to),
            perfect: false,
            background: false,
            reactive: false,
        }
    }
}

/// What is known about the document a sentence belongs to.
pub(crate) struct SentenceCtx<'a> {
    /// The document text (token offsets index it).
    pub text: &'a str,
    /// The year of the document's publication, when known.
    pub year: Option<i32>,
}

/// A noun group after a count: where it ends, its head word and role.
struct Group {
    end: usize,
    head: Option<usize>,
    role: Role,
}

fn is_word(t: &Tok) -> bool {
    t.kind == Kind::Word || t.kind == Kind::Mixed
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
fn group_at(toks: &[Tok], i: usize, allow_and: bool) -> Group {
    let mut j = i;
    let mut head = None;
    let mut of_at = None;
    while j < toks.len() && j < i + 7 {
        let t = &toks[j];
        if !(is_word(t) || t.is("-") || t.is("'") || t.is("’")) {
            break;
        }
        let w = t.low;
        if ends_group(w)
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
fn coordinated_verb(toks: &[Tok], k: usize) -> bool {
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
fn bad_context(toks: &[Tok], q: &Quant) -> bool {
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

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Sentence-wide facts.
pub(crate) struct Flags {
    /// Marks a separate incident ("in a separate attack", "elsewhere", "also").
    pub separate: bool,
}

/// Clause boundaries: a clause runs between punctuation marks; one that opens with a
/// relative word ("…, when thousands were killed") belongs to the clause before it.
/// With `coordinated`, "and" before a coordinated verb phrase ends a clause too.
fn clauses(toks: &[Tok], coordinated: bool) -> Vec<(usize, usize)> {
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
fn background_in(
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
fn subject_background(toks: &[Tok], end: usize, year: Option<i32>) -> bool {
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
fn verb_opens(toks: &[Tok], k: usize) -> bool {
    // A participle phrase (", killing 5") follows a whole main clause, not a subject:
    // only finite forms count.
    let w = toks[k].low;
    (active(w).is_some() && !w.ends_with("ing")) || is_finite_aux(w)
}

/// Cumulative cues, which make a count in the perfect ("has killed", "have been
/// displaced") a running total rather than this report's event.
fn cumulative(toks: &[Tok]) -> bool {
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

/// Reaction cues in a token range (protest, funeral, vigil, trial).
/// Aftermath cues (funerals, trials, compensation) make any count in the clause a
/// past event's, whatever its category.
fn aftermath_in(toks: &[Tok], from: usize, to: usize) -> bool {
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
                    | "mourners"
                    | "mourn"
                    | "mourned"
                    | "commemorate"
                    | "commemorated"
                    | "commemorating"
                    | "commemoration"
            )
    })
}

fn reaction_in(toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        let w = toks[i].low;
        if !is_reaction_cue(w) {
            return false;
        }
        // A protest or funeral as the scene of the violence ("fired on a protest", "a
        // bomber struck a funeral") is no reaction.
        let scene = is_scene(toks, i);
        !scene && !matches!(w, "protesters" | "protestors" | "demonstrators")
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

/// Extract every mention of one sentence.
pub(crate) fn sentence(ctx: &SentenceCtx, toks: &[Tok]) -> (Vec<Mention>, Flags) {
    let separate = toks.iter().enumerate().any(|(i, t)| {
        matches!(
            t.low,
            "separate"
                | "separately"
                | "elsewhere"
                | "also"
                | "meanwhile"
                | "another"
                | "second"
                | "further"
                | "additional"
        ) || (t.is("in") && toks.get(i + 1).is_some_and(|n| n.is("addition")))
    });
    let fl = Flags { separate };
    let mut out = Vec::new();
    let mut used = vec![false; toks.len()];
    // Each pattern runs only when the sentence has a word that can start it.
    let mask = toks.iter().fold(0, |m, t| m | t.f);
    if mask & flags::ZERO != 0 {
        zeros(toks, &mut used, &mut out);
    }
    if mask & flags::TOLL != 0 {
        tolls(ctx, toks, &mut used, &mut out);
    }
    if mask & flags::NOMINAL != 0 {
        nominals(ctx, toks, &mut used, &mut out);
    }
    if mask & flags::ACTIVE != 0 {
        actives(ctx, toks, &mut used, &mut out);
    }
    if mask & flags::SUBJECT != 0 {
        subjects(ctx, toks, &mut used, &mut out);
    }
    if mask & flags::SUICIDE != 0 {
        suicide(ctx, toks, &mut used, &mut out);
    }
    if out.is_empty() {
        return (out, fl);
    }
    // Drop what is background or reaction; the cue flags spare the clause scans when the
    // sentence has no cue at all.
    let bg_cues = mask & flags::BACKGROUND != 0;
    let reaction_cues = mask & flags::REACTION != 0;
    let any_perfect = out.iter().any(|m| m.perfect);
    if bg_cues || reaction_cues || any_perfect || out.iter().any(|m| m.background) {
        let cl = clauses(toks, false);
        // "killed 19 villagers and led to a week of mourning": for reactions a
        // coordinated verb phrase is a clause of its own, so that the mourning it tells
        // does not drop the deaths. Background cues keep the whole clause: "killed 5 and
        // wounded 12 in the 2014 attack" dates both counts.
        let react_cl = if reaction_cues {
            clauses(toks, true)
        } else {
            Vec::new()
        };
        let first = cl.first().copied();
        // The opener is read up to its first break, so that a relative clause joined to
        // it ("The rebels, who formed in 2012, killed …") does not count as one.
        let opener_bg = bg_cues
            && first.is_some_and(|c| {
                let cut = (c.0..c.1)
                    .find(|&k| matches!(toks[k].low, "," | ";" | ":" | "(" | ")" | "—" | "–"))
                    .unwrap_or(c.1);
                c.1 < toks.len() && background_in(toks, c.0, cut, ctx.year, true)
            });
        let cumul = any_perfect && cumulative(toks);
        out.retain(|m| {
            let c = cl
                .iter()
                .find(|c| c.0 <= m.toks.0 && m.toks.0 < c.1)
                .copied()
                .unwrap_or((0, toks.len()));
            let opener = first.is_some_and(|f| f != c && f.1 <= m.toks.0) && opener_bg;
            // Besides the count's own clause and the opener: "The last major flood, in the
            // spring of 1997, killed 35 people", where the count's clause opens on its
            // verb, so that its subject and the subject's appositives are the clauses
            // before it (tested last, as the rarest and dearest case).
            let bg = m.background
                || opener
                || (bg_cues && background_in(toks, c.0, c.1, ctx.year, true))
                || (bg_cues
                    && c.0 > 0
                    && verb_opens(toks, c.0)
                    && subject_background(toks, c.0, ctx.year))
                || (m.perfect && cumul);
            // Arrests, injuries and abductions at a protest are events of their own; only
            // the deaths a protest or funeral is about are dropped.
            let deaths = matches!(
                m.category,
                CasualtyCategory::Killed | CasualtyCategory::Casualties
            );
            let rc = react_cl
                .iter()
                .find(|r| r.0 <= m.toks.0 && m.toks.0 < r.1)
                .copied()
                .unwrap_or(c);
            let reaction = reaction_cues
                && ((deaths && reaction_in(toks, rc.0, rc.1)) || aftermath_in(toks, rc.0, rc.1));
            !(bg || reaction)
        });
    }
    let place = place(ctx, toks);
    let source = source(ctx, toks);
    for m in &mut out {
        m.place.clone_from(&place);
        m.source.clone_from(&source);
    }
    out.sort_by_key(|m| (m.span.start, m.subset));
    (out, fl)
}

fn text_of(ctx: &SentenceCtx, toks: &[Tok], from: usize, to: usize) -> Option<String> {
    (to > from).then(|| ctx.text[toks[from].start..toks[to - 1].end].to_string())
}

fn span_of(toks: &[Tok], from: usize, to: usize) -> Span {
    let last = to.max(from + 1).min(toks.len()) - 1;
    Span::new(toks[from].start, toks[last].end)
}

fn mark(used: &mut [bool], from: usize, to: usize) {
    let to = to.min(used.len());
    for u in &mut used[from.min(to)..to] {
        *u = true;
    }
}

fn free(used: &[bool], from: usize, to: usize) -> bool {
    used[from.min(used.len())..to.min(used.len())]
        .iter()
        .all(|u| !u)
}

/// "no casualties were reported", "no one was hurt", "nobody was killed or injured".
fn zeros(toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::ZERO == 0 {
            continue;
        }
        let w = toks[i].low;
        let person = matches!(w, "nobody" | "none")
            || (w == "no" && toks.get(i + 1).is_some_and(|t| t.is("one")));
        if person {
            let start = if w == "no" { i + 2 } else { i + 1 };
            let mut j = start;
            // "none of the passengers was hurt".
            if toks.get(j).is_some_and(|t| t.is("of")) {
                j = (j + 1..toks.len().min(j + 6))
                    .find(|&k| is_aux(toks[k].low) || participle(toks[k].low).is_some())
                    .unwrap_or(j + 1);
            }
            while j < toks.len() && j < start + 8 && is_aux(toks[j].low) && !toks[j].is("shot") {
                j += 1;
            }
            let cat = toks.get(j).and_then(|t| participle(t.low)).or_else(|| {
                (toks.get(j).is_some_and(|t| t.is("shot"))
                    && toks.get(j + 1).is_some_and(|t| t.is("dead")))
                .then_some(CasualtyCategory::Killed)
            });
            if let Some(cat) = cat
                && free(used, i, j + 1)
            {
                mark(used, i, j + 1);
                out.push(Mention::new(cat, Count::exact(0), toks, i, j + 1));
                // "nobody was killed or injured".
                if toks.get(j + 1).is_some_and(|t| t.is("or") || t.is("and"))
                    && let Some(c2) = toks.get(j + 2).and_then(|t| participle(t.low))
                    && c2 != cat
                {
                    mark(used, j + 1, j + 3);
                    out.push(Mention::new(c2, Count::exact(0), toks, j + 2, j + 3));
                }
            }
            continue;
        }
        if matches!(w, "no" | "without") {
            // "no casualties", "no immediate reports of casualties", "without causing injuries".
            let mut j = i + 1;
            while j < toks.len() && j < i + 6 {
                let t = &toks[j];
                if !is_word(t) {
                    break;
                }
                let cat = match t.low {
                    "casualties" | "casualty" => Some(CasualtyCategory::Casualties),
                    "deaths" | "fatalities" | "dead" | "death" => Some(CasualtyCategory::Killed),
                    "injuries" | "injured" | "wounded" | "injury" => {
                        Some(CasualtyCategory::Injured)
                    }
                    _ => None,
                };
                if let Some(cat) = cat {
                    // "no casualty figures were given" is an unknown, not a zero.
                    let unknown =
                        toks[j + 1..toks.len().min(j + 5)].iter().any(|t| {
                            matches!(
                                t.low,
                                "given"
                                    | "figures"
                                    | "figure"
                                    | "available"
                                    | "disclosed"
                                    | "released"
                                    | "provided"
                                    | "known"
                            )
                        }) || toks[i..j].iter().any(|t| t.is("figures") || t.is("figure"));
                    if !unknown && free(used, i, j + 1) {
                        mark(used, i, j + 1);
                        out.push(Mention::new(cat, Count::exact(0), toks, i, j + 1));
                    }
                    break;
                }
                j += 1;
            }
        }
    }
}

/// "the death toll rose to 34", "raising the toll to 34", "the number of people killed
/// rose to 40", "rose from a previously reported 85 to 150".
fn tolls(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
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
        let mut seen_verb = w == "toll" || w == "tally";
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
            ) {
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

/// "the martyrdom of 23 people", "the deaths of three soldiers", "the bodies of all 42
/// hostages", "injuries to 30 people", "the dead included seven children".
fn nominals(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
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

/// One person as an object: "him", a name, "the mayor of the town", "a trader".
fn one_object(toks: &[Tok], j: usize) -> Option<usize> {
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

/// A count and its noun group starting at `j`, as the object of a trigger at `trig`.
#[allow(clippy::too_many_arguments)]
fn counted(
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

/// The head word of a single victim introduced by "a", "an" or "another".
fn single_head(toks: &[Tok], q: &Quant, g: &Group, parts: usize) -> Option<String> {
    (parts == 1 && q.article && matches!(toks[q.start].low, "a" | "an" | "another"))
        .then(|| g.head.map(|h| toks[h].low.to_string()))
        .flatten()
}

/// A count must count people: an article needs a person noun after it, and no count
/// may head a non-person noun ("three mortars", "60 sites").
fn group_ok(toks: &[Tok], q: &Quant, g: &Group) -> bool {
    match g.head {
        Some(h) => {
            let w = toks[h].low;
            if is_non_person(w) {
                return false;
            }
            if q.article {
                let ordinal = matches!(w, "second" | "third" | "fourth" | "fifth" | "sixth")
                    && h + 1 == g.end;
                return is_singular_person(w) || ordinal || (toks[h].kind == Kind::Mixed);
            }
            true
        }
        // "another" alone stands for one more person ("and another was injured").
        None => !q.article || toks[q.start].is("another"),
    }
}

/// ", including three assailants," / "(including two children)" / ", of whom 6 are
/// officers": a subset that is not added. Returns the perpetrators it names, the token
/// index after it and the perpetrator items.
fn subset(toks: &[Tok], i: usize) -> (u64, usize, Vec<(Quant, usize)>) {
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
        starts(toks, q, &["of", "them"]) || starts(toks, q, &["of", "whom"])
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
fn subset_mentions(
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

fn finish(
    ctx: &SentenceCtx,
    toks: &[Tok],
    cat: CasualtyCategory,
    from: usize,
    group_end: usize,
    parts: Vec<(Quant, usize, Role)>,
    perps_included: u64,
) -> Mention {
    let first = &parts[0];
    let group = text_of(ctx, toks, first.0.end, group_end)
        .map(|g| {
            g.trim_start_matches([',', ' '])
                .trim_end_matches(['.', ',', ';', ')', ' '])
                .to_string()
        })
        .filter(|g| !g.is_empty());
    let span_end = group_end.max(first.0.end);
    if parts.len() == 1 {
        let (q, _, role) = first.clone();
        let mut m = Mention::new(cat, q.count, toks, from, span_end);
        m.role = role;
        m.group = group;
        m.perps_included = if role == Role::Perpetrators {
            0
        } else {
            perps_included
        };
        return m;
    }
    let mut sum = Count::exact(0);
    let mut perps: u64 = 0;
    let mut exact = true;
    let mut open = false;
    let mut cparts = Vec::new();
    let mut max: u64 = 0;
    for (q, end, role) in &parts {
        sum.value = sum.value.saturating_add(q.count.value);
        sum.min = sum.min.saturating_add(q.count.min);
        match q.count.max {
            Some(b) => max = u64::saturating_add(max, b),
            None => open = true,
        }
        exact &= q.count.exact;
        if *role == Role::Perpetrators {
            perps = perps.saturating_add(q.count.value);
        }
        cparts.push(CasualtyPart {
            count: q.count.clone(),
            group: text_of(ctx, toks, q.end, *end),
            role: *role,
        });
    }
    sum.max = (!open).then_some(max);
    sum.exact = exact;
    let role = if perps == sum.value {
        Role::Perpetrators
    } else {
        Role::Victims
    };
    let mut m = Mention::new(cat, sum, toks, from, span_end);
    m.role = role;
    m.group = text_of(
        ctx,
        toks,
        parts[0].0.start,
        parts.last().map_or(group_end, |p| p.1),
    );
    m.parts = cparts;
    m.perps_included = if role == Role::Perpetrators {
        0
    } else {
        perps.saturating_add(perps_included)
    };
    m
}

/// "killing 16 people", "wounded five others", "beheaded a trader", "shot dead two
/// policemen", "killed or wounded 1,500 Iraqis", "stabbed a student to death", "took 12
/// people hostage", "forced 45,000 people to flee".
fn actives(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
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
        if matches!(w, "shot" | "gunned")
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is("dead") || (w == "gunned" && t.is("down")))
        {
            cat = Some(CasualtyCategory::Killed);
            obj = i + 2;
        } else if matches!(
            w,
            "stabbed"
                | "beat"
                | "beaten"
                | "burned"
                | "burnt"
                | "hacked"
                | "stoned"
                | "bludgeoned"
                | "tortured"
                | "clubbed"
                | "shot"
                | "crushed"
        ) {
            // "stabbed to death three people" or "stabbed a student to death".
            if starts(toks, i + 1, &["to", "death"]) {
                cat = Some(CasualtyCategory::Killed);
                obj = i + 3;
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
        if toks.get(obj).is_some_and(|t| t.is("or") || t.is("and"))
            && toks
                .get(obj + 1)
                .is_some_and(|t| active(t.low).is_some_and(|c| c != cat))
            && quant_at(toks, obj + 2).is_some()
        {
            cat = CasualtyCategory::Casualties;
            obj += 2;
        }
        let mut subs = Vec::new();
        if let Some(mut m) = counted(ctx, toks, used, &mut subs, obj, cat, i) {
            m.perfect = perfect;
            m.background = cumulative_subject;
            // "killed 3 … to death": the object's "to death" is part of the claim.
            out.push(m);
            out.append(&mut subs);
        }
    }
}

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
fn subjects(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::SUBJECT == 0 {
            continue;
        }
        let w = toks[i].low;
        let mut cat = participle(w);
        let mut trig_end = i + 1;
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
        } else if matches!(
            w,
            "stabbed"
                | "beaten"
                | "burned"
                | "burnt"
                | "hacked"
                | "stoned"
                | "tortured"
                | "crushed"
        ) && starts(toks, i + 1, &["to", "death"])
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
        } else if starts(toks, i, &["treated", "for"])
            && let Some(k) = (i + 2..toks.len().min(i + 5))
                .find(|&k| matches!(toks[k].low, "wounds" | "injuries" | "burns"))
        {
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
        } else if matches!(w, "body" | "corpse" | "remains")
            && toks.get(i + 1).is_some_and(|t| t.is("was") || t.is("were"))
            && toks.get(i + 2).is_some_and(|t| {
                matches!(
                    t.low,
                    "found" | "discovered" | "recovered" | "dumped" | "retrieved" | "exhumed"
                )
            })
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
            let mut m = Mention::new(CasualtyCategory::Killed, Count::exact(1), toks, from, i + 3);
            m.group = text_of(ctx, toks, from, i + 1);
            out.push(m);
            continue;
        } else if matches!(w, "sustained" | "suffered" | "received")
            && let Some(k) = (i + 1..toks.len().min(i + 4))
                .find(|&k| matches!(toks[k].low, "injuries" | "wounds" | "burns"))
            && toks[i + 1..k].iter().all(|t| is_word(t) && !t.is("no"))
        {
            // "two traders sustained injuries", "suffered gunshot wounds".
            cat = Some(CasualtyCategory::Injured);
            trig_end = k + 1;
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
        if (is_count_noun || matches!(w, "killed" | "dead" | "injured" | "wounded"))
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
            out.push(Mention::new(c, q.count, toks, i, q.end));
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
        // "was raped and killed", "were abducted and later killed".
        if p >= 2
            && toks[p - 1].is("and")
            && toks[p - 2].low.ends_with("ed")
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
                        && !toks[k + 1..close].iter().any(|t| {
                            participle(t.low).is_some()
                                || active(t.low).is_some()
                                || is_finite_aux(t.low)
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
                singular_aux || (!aux_seen && matches!(w, "died" | "perished")),
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
    let person = is_singular_person(t.low) || t.kind == Kind::Mixed;
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

/// "a suicide bomber blew himself up", "two suicide bombers detonated their vests": the
/// attackers' own deaths, kept as perpetrators.
fn suicide(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
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

/// "in Kirkuk", "near the town of Mosul", "in Gao region": the first capitalised place
/// after a locative preposition.
fn place(ctx: &SentenceCtx, toks: &[Tok]) -> Option<String> {
    for i in 0..toks.len() {
        if !matches!(toks[i].low, "in" | "near" | "outside") {
            continue;
        }
        let mut j = i + 1;
        if toks.get(j).is_some_and(|t| t.is("the")) {
            j += 1;
        }
        for lead in ["town", "city", "village", "province", "district", "region"] {
            if starts(toks, j, &[lead, "of"]) {
                j += 2;
            }
        }
        let start = j;
        while j < toks.len()
            && toks[j].cap
            && is_word(&toks[j])
            && !is_month(toks[j].low)
            && !is_weekday(toks[j].low.trim_end_matches("'s"))
            && j < start + 4
        {
            j += 1;
        }
        if j == start
            || toks.get(j).is_some_and(|t| t.kind == Kind::Num)
            || toks[j - 1].low.ends_with("'s")
            || toks[j - 1].low.ends_with("’s")
        {
            continue;
        }
        // "Gao region", "Borno state".
        if toks.get(j).is_some_and(|t| {
            matches!(
                t.low,
                "province"
                    | "region"
                    | "district"
                    | "state"
                    | "county"
                    | "city"
                    | "governorate"
                    | "department"
                    | "village"
                    | "town"
                    | "area"
                    | "territory"
            )
        }) {
            j += 1;
        }
        return text_of(ctx, toks, start, j);
    }
    None
}

/// "according to CENTCOM", "…, police said", "health officials said". A bare pronoun
/// ("she said", "…, they said") names no source: who "she" is takes the quotes plugin's
/// speaker resolution, so the source is left empty rather than set to the pronoun.
fn source(ctx: &SentenceCtx, toks: &[Tok]) -> Option<String> {
    source_words(ctx, toks).filter(|s| !is_pronoun_source(s))
}

/// True when a source is only a personal pronoun ("She", "they", "him").
fn is_pronoun_source(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "him" | "her" | "them" | "us" | "me"
    )
}

/// The words of the source as the sentence gives them, pronouns included.
fn source_words(ctx: &SentenceCtx, toks: &[Tok]) -> Option<String> {
    for i in 0..toks.len() {
        if starts(toks, i, &["according", "to"]) {
            let s = i + 2;
            let mut j = s;
            while j < toks.len() && j < s + 6 && (is_word(&toks[j]) || toks[j].is("-")) {
                j += 1;
            }
            return text_of(ctx, toks, s, j);
        }
    }
    // "…, the army said." at the end.
    let n = toks.len();
    let end = if n > 0 && (toks[n - 1].is(".") || toks[n - 1].is("\"") || toks[n - 1].is("”")) {
        n - 1
    } else {
        n
    };
    if end > 1
        && matches!(
            toks[end - 1].low,
            "said" | "says" | "reported" | "added" | "stated" | "announced"
        )
    {
        let mut k = end - 1;
        while k > 0 && end - 1 - k < 8 && !toks[k - 1].is(",") && is_word(&toks[k - 1]) {
            k -= 1;
        }
        if k < end - 1 && k > 0 {
            return text_of(ctx, toks, k, end - 1);
        }
    }
    // "Police said …" at the start.
    for i in 1..n.min(7) {
        if matches!(toks[i].low, "said" | "says") {
            if toks[..i].iter().all(is_word) {
                return text_of(ctx, toks, 0, i);
            }
            break;
        }
    }
    None
}
