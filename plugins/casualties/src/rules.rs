//! The sentence patterns that tie a count to what happened to the people counted.
//!
//! Every pattern works on the tokens of one sentence and marks the tokens of the
//! counts it uses, so that one number yields at most one claim. Patterns run from the
//! most specific to the most general: explicit zeros ([`zeros`]), running tolls
//! ([`tolls`]), nominalisations ("the martyrdom of 23 people") and active verbs ("killing
//! 16 people") ([`objects`]), subjects of participles ("16 people were killed", "16 dead")
//! ([`subjects`]), and the suicide attacker's own death ([`suicide`]). They read the
//! people counted with [`groups`] and hand on [`Mention`]s ([`mention`]). Counts in
//! clauses that tell background (a past year, "since 2011", "ten years ago") or a reaction
//! (a protest, funeral or trial about a death) are then dropped ([`context`]), and the
//! sentence's place and source are set on what is left ([`place_source`]).

mod backref;
mod breakdown;
mod context;
mod groups;
mod mention;
mod objects;
mod place_source;
mod scope;
mod subjects;
mod suicide;
mod tolls;
mod zeros;

use dateline_plugin::CasualtyCategory;

use crate::token::{Tok, flags};
use context::{
    aftermath_in, background_in, clauses, cumulative, reaction_in, subject_background, verb_opens,
};
pub(crate) use mention::{Mention, SentenceCtx};
use objects::{actives, nominals};
use place_source::{place, source};
pub(crate) use scope::series_member;
use subjects::subjects;
use suicide::suicide;
use tolls::tolls;
use zeros::zeros;

/// Sentence-wide facts.
pub(crate) struct Flags {
    /// Marks a separate incident ("in a separate attack", "elsewhere", "also", "on the
    /// same day", "in retaliation").
    pub separate: bool,
    /// The sentence sets figures of several sources against each other ("reports vary:
    /// local sources said 8, while the army put the toll at 5"): coders take the
    /// lowest, so its figures are not added up.
    pub conflict: bool,
    /// The sentence gives a figure as one party's claim or another source's account
    /// ("the rebels claimed to have killed 30", "local sources said more than 30",
    /// "the army put the toll at 5"): when it competes with a figure already told,
    /// coders keep the lower one.
    pub competing: bool,
    /// The sentence tells a later figure ("later", "rose", "revised", "bringing the
    /// toll to"), which replaces an earlier one rather than competing with it.
    pub later: bool,
    /// Every count of the sentence is of attackers named with a definite determiner
    /// ("The bomber was also killed", "the attackers were all killed"): they are the
    /// attackers the report already told of, so "also" there starts no new incident.
    pub refers_back: bool,
    /// The sentence gives its figures as someone's account ("State media reported …",
    /// "According to the ministry, …", "The army's figure was eight"). Two accounts in
    /// a row of one incident's figure compete: coders keep the lower one.
    pub attributed: bool,
    /// The sentence counts its people apart from the attackers ("In addition to the
    /// bomber, eight people were killed", "16 were killed, not including the bomber"):
    /// its figure of people is no grand total that includes them.
    pub beside_perps: bool,
    /// "four more were killed", "two more people died": people beyond those already
    /// counted (not "more than 20"). Their figure adds to the incident's, unless a
    /// running toll came before, which the newly found are part of ("the toll rose to
    /// 34. The bodies of three more people were found") (round 5).
    pub more: bool,
}

/// Words that give a figure as someone's account.
fn attribution_word(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "reported"
            | "according"
            | "acknowledged"
            | "stated"
            | "announced"
            | "confirmed"
            | "gave"
            | "claimed"
            | "figure"
            | "estimate"
            | "estimated"
    )
}

/// Nouns that name an account of the events: "another source", "other reports".
fn account_noun(w: &str) -> bool {
    matches!(
        w,
        "source"
            | "sources"
            | "report"
            | "reports"
            | "account"
            | "accounts"
            | "estimate"
            | "estimates"
            | "figure"
            | "figures"
            | "residents"
            | "witnesses"
    )
}

/// Read the sentence-wide facts of a sentence.
fn flags_of(toks: &[Tok], gate: &Gates) -> Flags {
    let next = |i: usize| toks.get(i + 1).map_or("", |n| n.low);
    let separate = toks.iter().enumerate().any(|(i, t)| {
        // "another source", "other reports" name an account, not an incident.
        if matches!(t.low, "another" | "second" | "further" | "additional") && account_noun(next(i))
        {
            return false;
        }
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
                | "retaliation"
                | "retaliatory"
                | "reprisal"
        // "In addition, …" tells something more; "In addition to the bomber, eight
        // people were killed" tells more people of the same incident.
        ) || (t.is("in")
            && next(i) == "addition"
            && !toks.get(i + 2).is_some_and(|n| n.is("to")))
            // "Earlier that day, militants had ambushed a truck": another incident of
            // the report's day, as "on the same day" is (round 5).
            || (t.is("earlier") && same_day_after(toks, i + 1))
            // "On the same day, militants attacked …": a second incident of the day.
            || (t.is("same")
                && matches!(next(i), "day" | "night" | "evening" | "morning" | "afternoon"))
    });
    // Distinct words of saying: "The rebels claimed to have killed 40 soldiers; the
    // army acknowledged 6 deaths" sets two accounts against each other.
    let saying = gate.saying;
    let contrast = toks
        .iter()
        .enumerate()
        .any(|(i, t)| t.is(";") || (t.is("but") && i > 0 && toks[i - 1].is(",")));
    let conflict = (contrast && saying.count_ones() >= 2)
        || toks.iter().any(|t| {
            matches!(
                t.low,
                "vary"
                    | "varied"
                    | "varies"
                    | "differ"
                    | "differed"
                    | "differing"
                    | "conflicting"
                    | "contradictory"
                    | "whereas"
            )
        })
        || (toks.iter().any(|t| t.is("while"))
            && toks
                .iter()
                .filter(|t| matches!(t.low, "said" | "put" | "reported" | "claimed" | "says"))
                .count()
                >= 2);
    let competing = conflict
        || toks.iter().enumerate().any(|(i, t)| {
            matches!(
                t.low,
                "claimed" | "claims" | "claim" | "denied" | "unconfirmed"
            ) && !(t.is("claimed") && next(i) == "responsibility")
                || (matches!(
                    t.low,
                    "other" | "another" | "local" | "independent" | "medical" | "hospital"
                ) && account_noun(next(i)))
                || (t.is("put") && toks[i + 1..].iter().take(6).any(|a| a.is("at")))
        });
    let later = toks.iter().any(|t| {
        matches!(
            t.low,
            "later"
                | "subsequently"
                | "since"
                | "rose"
                | "risen"
                | "climbed"
                | "revised"
                | "updated"
                | "bringing"
                | "raising"
                | "increased"
                | "succumbed"
                | "now"
        )
    });
    let attributed = gate.attributed;
    let beside_perps = toks.iter().enumerate().any(|(i, t)| {
        let after = if (t.is("addition") && next(i) == "to")
            || (t.is("not") && next(i) == "including")
            || (t.is("apart") && next(i) == "from")
        {
            i + 2
        } else if matches!(t.low, "excluding" | "besides") {
            i + 1
        } else {
            return false;
        };
        toks[after.min(toks.len())..toks.len().min(after + 3)]
            .iter()
            .any(|a| crate::lexicon::is_perpetrator(a.low))
    });
    let more = toks.iter().enumerate().any(|(i, t)| {
        t.is("more")
            && i > 0
            && (toks[i - 1].kind == crate::token::Kind::Num
                || crate::number::number_at(toks, i - 1).is_some_and(|(_, e)| e == i))
            && !matches!(next(i), "than" | "or")
    });
    Flags {
        more,
        beside_perps,
        separate,
        conflict,
        competing,
        later,
        refers_back: false,
        attributed,
    }
}

/// Extract every mention of one sentence.
/// The words that open the rarer post-passes of a sentence, found in one scan so that a
/// sentence without them pays one pass, not one per rule.
#[derive(Default)]
struct Gates {
    had: bool,
    as_: bool,
    side: bool,
    range: bool,
    breakdown: bool,
    /// One bit per distinct saying verb ("said", "put", "reported" …), for accounts set
    /// against each other in one sentence.
    saying: u8,
    /// A word that gives a figure as someone's account ([`attribution_word`]).
    attributed: bool,
    /// "along with", "together with", "as well as": more people after a count.
    with: bool,
    /// A semicolon or ", while" / ", but", after which a second account may stand.
    contrast: bool,
    /// An ordinal after an article ("a third soldier").
    ordinal: bool,
    /// "before being", "after being": the subject's own fate told after what it did.
    being: bool,
}

fn gates(toks: &[Tok]) -> Gates {
    let mut g = Gates {
        breakdown: toks.first().is_some_and(|t| t.is("of")),
        ..Gates::default()
    };
    for (i, t) in toks.iter().enumerate() {
        g.attributed |= attribution_word(t.low);
        g.with |= t.is("with") || (t.is("well") && toks.get(i + 1).is_some_and(|n| n.is("as")));
        g.being |= t.is("being") && i > 0 && matches!(toks[i - 1].low, "before" | "after");
        g.ordinal |= i > 0 && ordinal_word(t.low) && matches!(toks[i - 1].low, "a" | "an");
        g.contrast |=
            t.is(";") || (matches!(t.low, "while" | "but") && i > 0 && toks[i - 1].is(","));
        g.saying |= match t.low {
            "said" => 1,
            "put" => 2,
            "reported" => 4,
            "claimed" => 8,
            "says" => 16,
            "acknowledged" => 32,
            "stated" => 64,
            // "Passengers said a dozen were killed; the police confirmed 7 deaths": a
            // confirmation is an account set against the first (round 5).
            "confirmed" => 128,
            _ => 0,
        };
        match t.low {
            "had" => g.had = true,
            "as" => g.as_ = true,
            "side" => g.side = true,
            "range" | "ranged" | "ranges" | "ranging" | "varied" | "vary" | "varies"
            | "varying" => g.range = true,
            "among" | "included" | "include" | "includes" => g.breakdown = true,
            _ => {}
        }
    }
    g
}

pub(crate) fn sentence(ctx: &SentenceCtx, toks: &[Tok]) -> (Vec<Mention>, Flags) {
    let gate = gates(toks);
    let mut fl = flags_of(toks, &gate);
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
    if toks.iter().any(|t| {
        matches!(
            t.low,
            "wounded" | "injured" | "hurt" | "wounds" | "injuries"
        )
    }) {
        backref::injured_who_died(ctx, toks, &mut used, &mut out);
    }
    if mask & flags::SUBJECT != 0 && toks.iter().any(|t| t.is("all")) {
        backref::backrefs(ctx, toks, &mut used, &mut out);
    }
    if mask & (flags::SUBJECT | flags::ACTIVE) != 0
        && toks.windows(2).any(|w| {
            w[0].is("the")
                && (w[1].low.ends_with('s') || w[1].low.ends_with("men"))
                && crate::lexicon::is_perpetrator(w[1].low)
        })
    {
        backref::definite_attackers(ctx, toks, &mut used, &mut out);
    }
    if !out.is_empty() {
        ellipsis(toks, &mut used, &mut out);
        if gate.as_ {
            comparative(ctx, toks, &mut used, &mut out);
        }
        if gate.with {
            companions(ctx, toks, &mut used, &mut out);
        }
        // The second account competes with the first even when both use one verb of
        // saying ("said … ; … said 11"), which the sentence flags do not see.
        if gate.contrast && contrasted_account(toks, &used, &mut out) {
            fl.conflict = true;
            fl.competing = true;
        }
        if gate.being {
            killed_after(ctx, toks, &mut used, &mut out);
        }
    }
    if mask & (flags::SUBJECT | flags::ACTIVE) != 0 {
        definite_lists(ctx, toks, &mut out);
    }
    if gate.range {
        ranges(toks, &mut used, &mut out);
    }
    if gate.breakdown {
        breakdown::breakdowns(ctx, toks, &mut used, &mut out);
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
            let c = clause_of(&cl, m.toks.0, toks.len());
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
    if gate.had {
        earlier_incidents(toks, &mut out);
    }
    if gate.ordinal {
        ordinals(toks, &mut out);
    }
    // "It was the second killing of a journalist in the province this year": a
    // nominal after an ordinal ranks the event in a series; it is the event already
    // told, not one more person.
    out.retain(|m| {
        let k = m.toks.0;
        !(k >= 2
            && crate::lexicon::nominal(toks[k].low).is_some()
            && (ordinal_word(toks[k - 1].low) || toks[k - 1].is("latest"))
            && toks[k - 2].is("the"))
    });
    if gate.side {
        each_side(toks, &mut out);
    }
    let place = place(ctx, toks);
    let source = source(ctx, toks);
    // A sentence that states its figures for several incidents together marks all of
    // them: summaries give such a toll in a sentence of its own ("Across both attacks,
    // three soldiers were killed and nine were injured").
    let scope = scope::scope(toks);
    for m in &mut out {
        m.place.clone_from(&place);
        m.source.clone_from(&source);
        if scope.aggregate && !m.subset {
            m.aggregate = true;
            m.beyond = scope.beyond;
            m.incidents = scope.incidents;
        }
    }
    out.sort_by_key(|m| (m.span.start, m.subset));
    elided_people(toks, &mut out);
    fl.refers_back = !out.is_empty()
        && out.iter().all(|m| {
            let first = m.toks.0.min(toks.len().saturating_sub(1));
            m.role == dateline_plugin::Role::Perpetrators
                && (first.saturating_sub(1)..=first)
                    .any(|k| matches!(toks[k].low, "the" | "both" | "all" | "these" | "those"))
        });
    (out, fl)
}

/// Ordinals that name one more person after a figure ("a third soldier").
fn ordinal_word(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    )
}

/// "Officials later said a third soldier had died", "a fourth attacker died of his
/// wounds", "A sixth man was wounded": one person named with an ordinal after an
/// article is one more than the people told before, so the totals add it to the
/// incident's figure ([`Mention::increment`]) instead of taking it for a repeat.
fn ordinals(toks: &[Tok], out: &mut [Mention]) {
    for m in out.iter_mut() {
        let k = m.toks.0;
        if m.count.value == 1
            && m.parts.is_empty()
            && !m.subset
            && toks.get(k).is_some_and(|t| t.is("a") || t.is("an"))
            && toks.get(k + 1).is_some_and(|t| ordinal_word(t.low))
            && toks
                .get(k + 2)
                .is_some_and(|t| crate::lexicon::is_person_noun(t.low))
        {
            m.increment = true;
            m.single = None;
        }
    }
}

/// Words that place a clause in the pluperfect before the reported event: "Two days
/// earlier", "the previous week", "a week before", "had already been attacked",
/// "in January".
fn earlier_cue(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    match t.low {
        // Not "previously": "a previously reported 85" dates a figure, not an event.
        // "Earlier the same day", "earlier that day", "earlier in the day": an incident
        // of the report's own day, which the summary tells as one of its events
        // (rule 4 reads "on the same day" so): no earlier incident (round 5).
        "earlier" => !same_day_after(toks, i + 1),
        "previous" | "prior" | "already" | "ago" => true,
        // "had been killed in the town since the start of the month": a running count
        // up to the event, told in the pluperfect.
        "since" => toks.get(i + 1).is_some_and(|n| {
            n.is("the") || crate::number::is_year(n) || crate::lexicon::is_month(n.low)
        }),
        // "a week before", "two days before." (not "before police arrived").
        "before" => i > 0 && crate::lexicon::is_time_unit(toks[i - 1].low),
        "last" => toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low, "week" | "month" | "year")),
        _ => t.cap && i > 0 && toks[i - 1].is("in") && crate::lexicon::is_month(t.low),
    }
}

/// "the same day", "that day", "in the day", "that morning" at `k`: the report's own
/// day.
fn same_day_after(toks: &[Tok], k: usize) -> bool {
    let day = |t: Option<&Tok>| {
        t.is_some_and(|t| matches!(t.low, "day" | "morning" | "afternoon" | "evening" | "night"))
    };
    match toks.get(k).map(|t| t.low) {
        Some("that") => day(toks.get(k + 1)),
        Some("the") => toks.get(k + 1).is_some_and(|t| t.is("same")) && day(toks.get(k + 2)),
        Some("in" | "on") => {
            toks.get(k + 1).is_some_and(|t| t.is("the"))
                && (day(toks.get(k + 2))
                    || (toks.get(k + 2).is_some_and(|t| t.is("same")) && day(toks.get(k + 3))))
        }
        _ => false,
    }
}

/// Counts told in the pluperfect with a cue that puts them before the reported event
/// ("Two days earlier, assailants had killed three farmers", "The station had been
/// attacked in January, when six officers were killed") belong to an earlier incident:
/// they stay claims, but are not this report's figures ([`Mention::earlier`]). A clause
/// in the pluperfect without such a cue ("Later reports indicated that 31 people had
/// been killed") is the report's own event told from a later point.
fn earlier_incidents(toks: &[Tok], out: &mut [Mention]) {
    if !(0..toks.len()).any(|i| earlier_cue(toks, i))
        || toks
            .iter()
            .any(|t| matches!(t.low, "later" | "subsequently"))
    {
        return;
    }
    let cl = clauses(toks, false);
    for m in out.iter_mut() {
        let c = clause_of(&cl, m.toks.0, toks.len());
        // The clause holds the pluperfect, or is a when-clause joined to one.
        // A running toll is always the report's own ("rose from 62 to 97 after word came
        // that a second town had been shelled").
        // "A week before, militants had ambushed a patrol, killing five soldiers": a
        // participle clause after the pluperfect tells the same earlier event.
        let participle_after_had =
            toks[m.toks.0].low.ends_with("ing") && toks[..m.toks.0].iter().any(|t| t.is("had"));
        if !m.update
            && !m.from_injured
            && ((c.0..c.1).any(|k| toks[k].is("had")) || participle_after_had)
        {
            m.earlier = true;
        }
    }
}

/// The clause of `cl` that holds token `at`, else the whole sentence of `len` tokens.
fn clause_of(cl: &[(usize, usize)], at: usize, len: usize) -> (usize, usize) {
    cl.iter()
        .find(|c| c.0 <= at && at < c.1)
        .copied()
        .unwrap_or((0, len))
}

/// "Three fighters were killed on each side", "2 people killed on either side": the
/// count is of one side, and there are two.
fn each_side(toks: &[Tok], out: &mut [Mention]) {
    let cl = clauses(toks, false);
    for m in out.iter_mut() {
        let c = clause_of(&cl, m.toks.0, toks.len());
        let doubled = (m.toks.1..c.1).any(|k| {
            toks[k].is("on")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low, "each" | "either"))
                && toks.get(k + 2).is_some_and(|t| t.is("side"))
                // "on each side of the road" is a place.
                && !toks.get(k + 3).is_some_and(|t| t.is("of"))
        });
        if doubled && m.parts.is_empty() && m.count.value > 0 {
            let c = &mut m.count;
            c.value = c.value.saturating_mul(2);
            c.min = c.min.saturating_mul(2);
            c.max = c.max.map(|x| x.saturating_mul(2));
            m.single = None;
        }
    }
}

/// ", as did the bomber", ", as were three policemen", ", as was a customer": the
/// people after *as* suffered what the clause before told, so they are a count of the
/// same category as the mention before them.
fn comparative(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    use crate::lexicon::{is_perpetrator, is_person_noun};
    let mut found = Vec::new();
    for i in 1..toks.len() {
        if !(toks[i].is("as")
            && toks[i - 1].is(",")
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low, "did" | "were" | "was" | "had" | "have")))
        {
            continue;
        }
        let Some(before) = out
            .iter()
            .filter(|m| m.toks.1 <= i && !m.subset)
            .max_by_key(|m| m.toks.1)
        else {
            continue;
        };
        let k = i + 2;
        let (count, end) = match crate::number::quant_at(toks, k) {
            Some(q) => (q.count, q.end),
            None if toks[k..].first().is_some_and(|t| t.is("the")) => {
                (dateline_plugin::Count::exact(1), k + 1)
            }
            None => continue,
        };
        // The people: a short noun group ending on a person noun.
        let Some(head) = (end..toks.len().min(end + 4))
            .take_while(|&j| crate::token::is_word(&toks[j]))
            .find(|&j| is_person_noun(toks[j].low))
        else {
            continue;
        };
        // "the bomber" is one; "the three gunmen" has its number.
        let plural_the =
            toks[k].is("the") && toks[head].low.ends_with('s') && !toks[head].low.ends_with("ss");
        if plural_the || !mention::free(used, k, head + 1) {
            continue;
        }
        let mut m = Mention::new(before.category, count, toks, k, head + 1);
        m.role = if is_perpetrator(toks[head].low) {
            dateline_plugin::Role::Perpetrators
        } else {
            dateline_plugin::Role::Victims
        };
        m.group = mention::text_of(ctx, toks, end.min(head), head + 1);
        mention::mark(used, k, head + 1);
        found.push(m);
    }
    out.extend(found);
}

/// "Estimates of the dead ranged from 12 to 20", "Reports of fatalities range between 6
/// and 15": a range of accounts, coded as its low end like any range.
fn ranges(toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    use crate::lexicon::{count_noun, participle};
    for i in 1..toks.len() {
        if !matches!(
            toks[i].low,
            "range" | "ranged" | "ranges" | "ranging" | "varied" | "vary" | "varies" | "varying"
        ) {
            continue;
        }
        let Some((from, cat)) = (i.saturating_sub(4)..i).rev().find_map(|k| {
            let w = toks[k].low;
            count_noun(w)
                .or_else(|| participle(w))
                .or_else(|| (w == "toll").then_some(CasualtyCategory::Killed))
                .map(|c| (k, c))
        }) else {
            continue;
        };
        let at = match toks.get(i + 1).map(|t| t.low) {
            Some("from") => i + 2,
            Some("between") => i + 1,
            _ => continue,
        };
        let Some(q) = crate::number::quant_at(toks, at)
            .filter(|q| !q.article && mention::free(used, q.start, q.end))
        else {
            continue;
        };
        mention::mark(used, q.start, q.end);
        out.push(Mention::new(cat, q.count, toks, from, q.end));
    }
}

/// A figure given as a further account with its noun left out: "The army said 4.",
/// "Other sources reported 7.", "The army's figure was eight." Such a sentence has
/// no casualty word, so the crate root asks for it only right after a sentence with a
/// count, whose category `cat` it takes.
pub(crate) fn elliptical_account(toks: &[Tok], cat: CasualtyCategory) -> Option<Mention> {
    let n = toks.len();
    let end = if toks.last()?.is(".") { n - 1 } else { n };
    if end == 0 || end > 12 {
        return None;
    }
    let say = toks[..end].iter().position(|t| {
        matches!(
            t.low,
            "said" | "says" | "reported" | "gave" | "put" | "figure" | "estimate" | "counted"
        )
    })?;
    // The number closes the sentence.
    let q = (say + 1..end).find_map(|k| crate::number::quant_at(toks, k))?;
    if q.article || q.end != end || crate::number::is_year(&toks[q.start]) {
        return None;
    }
    // The number is the account's object ("said 4", "reported 7", "was eight"), not a
    // time or a place ("said the attack began at 9").
    // "put the figure at 6" too.
    let before = toks[..q.start].last()?.low;
    let put = toks[say].is("put");
    if !(matches!(before, "said" | "says" | "reported" | "gave" | "was" | "of")
        || (put && before == "at"))
    {
        return None;
    }
    Some(Mention::new(cat, q.count, toks, q.start, q.end))
}

/// Counts whose noun and verb are left out because they repeat the count before them:
/// "killing nine civilians in Orlu and six in Temmet", "9 fatalities in Narsk and 4 in
/// Kovan", "4 fighters on one side and 3 on the other". A number after "and" that is
/// followed straight away by a preposition (and so heads no noun of its own) is a count
/// of the same category, role and people as the mention it follows.
fn ellipsis(toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in out.iter() {
        if m.subset || m.single.is_some() || !m.parts.is_empty() || m.count.value == 0 {
            continue;
        }
        let end = m.toks.1.min(toks.len());
        for k in end..toks.len().min(end + 8) {
            let t = &toks[k];
            if matches!(t.low, "." | ";" | ":" | "(" | ")")
                || crate::lexicon::active(t.low).is_some()
            {
                break;
            }
            // "The first killed 4 people, the second 6": an incident named by its
            // rank, then its count alone (round 5).
            let ranked = (t.is(",") || t.is("and"))
                && toks.get(k + 1).is_some_and(|d| d.is("the"))
                && toks.get(k + 2).is_some_and(|o| {
                    ordinal_word(o.low) || matches!(o.low, "other" | "last" | "latter")
                });
            if !t.is("and") && !ranked {
                continue;
            }
            let at = if ranked { k + 3 } else { k + 1 };
            let Some(q) = crate::number::quant_at(toks, at) else {
                break;
            };
            let prep = toks
                .get(q.end)
                .is_some_and(|p| matches!(p.low, "in" | "on" | "at" | "near" | "from"))
                || (ranked
                    && toks
                        .get(q.end)
                        .is_none_or(|p| matches!(p.low, "." | "," | ";")));
            if q.article || !prep || !mention::free(used, q.start, q.end) {
                break;
            }
            let mut e = Mention::new(m.category, q.count.clone(), toks, q.start, q.end);
            e.role = m.role;
            e.group = m.group.clone();
            e.perfect = m.perfect;
            e.reactive = m.reactive;
            mention::mark(used, q.start, q.end);
            found.push(e);
            break;
        }
    }
    out.extend(found);
}

/// ", along with the bomber", ", together with two guards", ", as well as 3 soldiers and
/// 2 militiamen": people after a count who suffered the same as the people of the count.
/// They are a count of the same category as the mention before them in the clause (in
/// a suicide attack the bomber is so added to the people he killed).
fn companions(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for i in 1..toks.len() {
        let after = if (toks[i].is("along") || toks[i].is("together"))
            && toks.get(i + 1).is_some_and(|t| t.is("with"))
        {
            i + 2
        } else if toks[i].is("as") && crate::number::starts(toks, i + 1, &["well", "as"]) {
            i + 3
        } else {
            continue;
        };
        // The mention before it, with nothing but a short adjunct between ("were killed
        // in the explosion, along with the bomber").
        let Some(before) = out
            .iter()
            .filter(|m| m.toks.1 <= i && !m.subset && !m.aggregate)
            .max_by_key(|m| m.toks.1)
        else {
            continue;
        };
        let gap = &toks[before.toks.1..i];
        if gap.len() > 6
            || gap.iter().any(|t| {
                matches!(
                    t.low,
                    "." | ";" | ":" | "and" | "but" | "while" | "who" | "which"
                ) || crate::lexicon::active(t.low).is_some()
                    || crate::lexicon::participle(t.low).is_some()
            })
        {
            continue;
        }
        let cat = before.category;
        let mut subs = Vec::new();
        // The count must count people, as for any object ("along with their weapons",
        // "as well as 20 vehicles" count no one).
        if let Some(m) = objects::counted(ctx, toks, used, &mut subs, after, cat, after) {
            found.push(m);
            found.append(&mut subs);
        }
    }
    out.extend(found);
}

/// "Rebels claimed 30 soldiers were killed; the army said 8.", "…, while police said
/// 5": a second account whose noun and verb are left out, after a semicolon or a
/// contrasting conjunction. It is a figure of the same category as the count before it;
/// the sentence's flags make the two accounts compete.
fn contrasted_account(toks: &[Tok], used: &[bool], out: &mut Vec<Mention>) -> bool {
    let Some(cut) = (1..toks.len()).rev().find(|&i| {
        toks[i].is(";") || (matches!(toks[i].low, "while" | "but") && toks[i - 1].is(","))
    }) else {
        return false;
    };
    let Some(before) = out
        .iter()
        .filter(|m| m.toks.1 <= cut && !m.subset)
        .max_by_key(|m| m.toks.1)
    else {
        return false;
    };
    if before.role != dateline_plugin::Role::Victims || out.iter().any(|m| m.toks.0 > cut) {
        return false;
    }
    let rest = &toks[cut + 1..];
    let Some(mut m) = elliptical_account(rest, before.category) else {
        return false;
    };
    let (a, b) = (m.toks.0 + cut + 1, m.toks.1 + cut + 1);
    if !mention::free(used, a, b) {
        return false;
    }
    m.toks = (a, b);
    m.group.clone_from(&before.group);
    out.push(m);
    true
}

/// "A man attacked shoppers with a knife, killing 2 before being shot dead by police":
/// the subject of the sentence, who did the killing, was killed too. One person, an
/// attacker when the first person the sentence names is one ("A gunman …").
fn killed_after(ctx: &SentenceCtx, toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    use crate::number::starts;
    for i in 1..toks.len() {
        if !(toks[i].is("being") && matches!(toks[i - 1].low, "before" | "after")) {
            continue;
        }
        let end =
            if starts(toks, i + 1, &["shot", "dead"]) || starts(toks, i + 1, &["gunned", "down"]) {
                i + 3
            } else if starts(toks, i + 1, &["shot", "and", "killed"]) {
                i + 4
            } else if toks.get(i + 1).is_some_and(|t| t.is("killed")) {
                i + 2
            } else {
                continue;
            };
        // Only after a count of what the subject did: "before being killed" alone may
        // tell the fate of a victim counted already.
        if !out.iter().any(|m| m.toks.1 <= i) || !mention::free(used, i, end) {
            continue;
        }
        let Some(subject) = toks[..i]
            .iter()
            .find(|t| crate::lexicon::is_person_noun(t.low))
        else {
            continue;
        };
        mention::mark(used, i, end);
        let mut m = Mention::new(
            CasualtyCategory::Killed,
            dateline_plugin::Count::exact(1),
            toks,
            i,
            end,
        );
        if crate::lexicon::is_perpetrator(subject.low) {
            m.role = dateline_plugin::Role::Perpetrators;
        }
        m.group = Some(ctx.text[subject.start..subject.end].to_string());
        out.push(m);
    }
}

/// Lists that open on one person named with a definite or possessive determiner: "the
/// driver and four passengers were killed", "killing the owner and his son", "his wife
/// and daughter were killed", "the governor and three of his bodyguards". Alone, "the
/// driver" usually refers back to someone already counted; coordinated with other people
/// it is one more person, so the list counts the sum. The count replaces the one a
/// pattern read for part of the list ("four passengers" alone).
fn definite_lists(ctx: &SentenceCtx, toks: &[Tok], out: &mut Vec<Mention>) {
    use crate::lexicon::{
        active, is_aux, is_perpetrator, is_person_noun, is_singular_person, participle,
    };
    for i in 0..toks.len() {
        if !matches!(toks[i].low, "the" | "his" | "her" | "their") {
            continue;
        }
        // The first person: a singular person noun, one modifier allowed.
        let Some(n1) = (i + 1..toks.len().min(i + 3)).find(|&k| is_singular_person(toks[k].low))
        else {
            continue;
        };
        if is_perpetrator(toks[n1].low) {
            continue;
        }
        // "the owner of a shop and his son": a short of-phrase that says whose the first
        // person is belongs to it.
        // "the headmaster of a school in Ganza, Peshar province, and his deputy": the
        // place of that phrase too, when a comma closes it before "and".
        let mut and_at = n1 + 1;
        if toks.get(and_at).is_some_and(|t| t.is("of"))
            && toks
                .get(and_at + 1)
                .is_some_and(|t| matches!(t.low, "a" | "an" | "the"))
            && let Some(k) = (and_at + 2..toks.len().min(and_at + 11))
                .find(|&k| toks[k].is("and"))
            && toks[and_at + 2..k].iter().all(|t| {
                (crate::token::is_word(t) || t.is(","))
                    && participle(t.low).is_none()
                    && active(t.low).is_none()
                    && !is_aux(t.low)
            })
            // Up to four words ("of the central mosque in Harre and his son"): the
            // second person must be the first one's (below), which keeps the reach safe.
            && (k <= and_at + 7 || toks[k - 1].is(","))
            // The second person is the first one's ("and his son"): otherwise "the
            // mayor of a town and three guards" is read by the list rules.
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low, "his" | "her" | "their"))
        {
            and_at = k;
        }
        // "The councillor, his wife and their three children": more people named with a
        // possessive between commas before the last "and" (round 5).
        let mut middle: u64 = 0;
        while toks.get(and_at).is_some_and(|t| t.is(","))
            && toks
                .get(and_at + 1)
                .is_some_and(|t| matches!(t.low, "his" | "her" | "their"))
        {
            let mut q = and_at + 2;
            let mut n = 1;
            if let Some((v, end)) = crate::number::number_at(toks, q) {
                n = v;
                q = end;
            }
            if !toks
                .get(q)
                .is_some_and(|t| is_person_noun(t.low) && !is_perpetrator(t.low))
            {
                break;
            }
            middle = middle.saturating_add(n);
            and_at = q + 1;
        }
        if !toks.get(and_at).is_some_and(|t| t.is("and")) {
            continue;
        }
        let mut j = and_at + 1;
        if toks
            .get(j)
            .is_some_and(|t| matches!(t.low, "his" | "her" | "their" | "the" | "a" | "an"))
        {
            j += 1;
        }
        let mut n2 = 1;
        if let Some((v, end)) = crate::number::number_at(toks, j) {
            n2 = v;
            j = end;
            // "three of his bodyguards".
            if toks.get(j).is_some_and(|t| t.is("of"))
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.low, "his" | "her" | "their" | "the"))
            {
                j += 2;
            }
        }
        let Some(noun2) = toks.get(j) else { continue };
        if !is_person_noun(noun2.low) || is_perpetrator(noun2.low) {
            continue;
        }
        let end = j + 1;
        // The category: a participle after the list, or an active verb before it.
        // "were hacked to death" has the manner of killing as its participle (which the
        // auxiliary list also holds, for "were shot and killed").
        let to_death_at = |k: usize| {
            toks.get(k)
                .is_some_and(|t| crate::lexicon::is_to_death_participle(t.low))
                && crate::number::starts(toks, k + 1, &["to", "death"])
        };
        let mut p = end;
        let mut to_death = false;
        while toks.get(p).is_some_and(|t| is_aux(t.low)) && p < end + 4 {
            if p > end && to_death_at(p) {
                to_death = true;
                break;
            }
            p += 1;
        }
        let cat = toks
            .get(p)
            .and_then(|t| participle(t.low))
            .or_else(|| to_death.then_some(CasualtyCategory::Killed))
            .filter(|_| p > end)
            .or_else(|| i.checked_sub(1).and_then(|k| active(toks[k].low)))
            // "shot dead the imam … and his son": the verb is two words.
            .or_else(|| {
                (i >= 2 && toks[i - 1].is("dead") && toks[i - 2].is("shot"))
                    .then_some(CasualtyCategory::Killed)
            });
        let Some(cat) = cat else { continue };
        let total = n2.saturating_add(1).saturating_add(middle);
        let overlapping: Vec<usize> = out
            .iter()
            .enumerate()
            .filter(|(_, m)| m.category == cat && m.toks.0 < end && m.toks.1 > i)
            .map(|(k, _)| k)
            .collect();
        // A listed sum that starts after the first person ("his wife and their three
        // children" read alone) is part of this longer list, which replaces it.
        if overlapping.iter().any(|&k| {
            (!out[k].parts.is_empty() && (middle == 0 || out[k].toks.0 <= i))
                || out[k].count.value >= total
        }) {
            continue;
        }
        let mut m = match overlapping.first() {
            Some(&k) => out[k].clone(),
            None => Mention::new(cat, dateline_plugin::Count::exact(total), toks, i, end),
        };
        for &k in overlapping.iter().rev() {
            out.remove(k);
        }
        m.count = dateline_plugin::Count::exact(total);
        m.single = None;
        if middle > 0 {
            // The parts of the shorter list no longer add up to the count.
            m.parts.clear();
        }
        m.group = mention::text_of(ctx, toks, i, end);
        let from = i.min(m.toks.0);
        let to = end.max(m.toks.1);
        m.span = mention::span_of(toks, from, to);
        m.toks = (from, to);
        out.push(m);
    }
}

/// "One protester was shot dead and about 20 were injured": a bare count after "and"
/// whose noun is left out counts the people of the count before it in the sentence,
/// so it takes that count's people when they name a side (round 5: otherwise "Police
/// said 12 officers were hurt" in the next sentence was taken for a repeat of the 20,
/// where coders add the two sides' injured).
fn elided_people(toks: &[Tok], out: &mut [Mention]) {
    let sided = |g: &str| {
        g.split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| crate::lexicon::side_of_word(&w.to_ascii_lowercase()) != 0)
    };
    for i in 1..out.len() {
        let m = &out[i];
        let s = m.toks.0;
        if m.group.is_some()
            || m.single.is_some()
            || !m.parts.is_empty()
            || m.role != dateline_plugin::Role::Victims
            || s == 0
            || !toks[s - 1].is("and")
        {
            continue;
        }
        let Some(g) = out[..i]
            .iter()
            .rev()
            .find(|p| p.toks.1 <= s && p.role == dateline_plugin::Role::Victims)
            .and_then(|p| p.group.clone())
            .filter(|g| sided(g))
        else {
            continue;
        };
        out[i].group = Some(g);
    }
}
