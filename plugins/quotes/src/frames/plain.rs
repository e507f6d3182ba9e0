//! The plain frame: a noun phrase that opens its clause, a verb group, the cue, and the
//! clause or object after the cue.
//!
//! Receives a sentence's tokens and one cue for which none of the specific cases of
//! [`super::cue`] made a frame; hands on a [`Found`] when the words before the cue are
//! the subject of its clause, however long or unusual (`The organizer of a counter-rally
//! said …`, `About four in 10 said …`, `A survey released on Monday found that …`,
//! `Just over a quarter, 26 percent, say …`, `Her aides here said …`), read through a
//! verb group (`have begun urging`, `would never support`, `is unlikely to back`). The
//! specific cases keep every decision they make: this frame only fills the gap they leave
//! when they find no speaker that opens the clause.

use dateline_plugin::Span;

use crate::content::{content_after, content_cut};
use crate::found::{Found, build};
use crate::lexicon::{self, Cue, Strength, is_connective, is_subordinator};
use crate::marks::QuoteSpan;
use crate::speakers::{plausible_speaker, stance_subject};
use crate::text::{Tk, Tok};
use crate::words::{is_cue_word, span_of, tok_at, word};

/// The longest subject the frame reads, in tokens.
const MAX_SUBJECT: usize = 16;

/// The plain frame of the cue `cspan` (see the module comment), or `None`.
pub(super) fn plain_frame(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    if !matches!(
        cue.strength,
        Strength::Say | Strength::That | Strength::Stance
    ) {
        return None;
    }
    let n = toks.len();
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    if ci == 0 || ci >= n || toks[ci].quoted {
        return None;
    }
    let cue_text = &text[cspan.start..cspan.end];
    // A capitalised cue inside a sentence is part of a name (`the United States`, `The
    // Daily Show`).
    if cue_text.starts_with(char::is_uppercase) {
        return None;
    }
    // A participle is no finite verb of its own clause (`…, saying …` is read by the
    // participle rules).
    if cue_text.ends_with("ing") {
        return None;
    }
    let v = verb_group_start(text, toks, ci);
    // `the result was announced`: a passive cue reports no speech by its subject (the
    // stance rules read `was endorsed by X` themselves).
    if v < ci
        && !cue.attitude
        && lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
            matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
        })
    {
        return None;
    }
    // The content first: it is the cheaper test and fails more often.
    let a = content_after(text, toks, cj, cue)?;
    let (s, e) = subject_before(text, toks, v)?;
    if !subject_fits(text, toks, s, e, cspan, cue) {
        return None;
    }
    let end = content_cut(text, toks, a, cue);
    build(
        text,
        toks,
        &[(a, end)],
        quotes,
        false,
        cspan,
        Some(span_of(toks, s, e)),
    )
}

/// The first token of the verb group that ends before the cue at `ci`: auxiliaries,
/// negation, adverbs and catenative verbs with their `to` (`have in fact reported`,
/// `would never support`, `went on to endorse`, `is unlikely to back`).
fn verb_group_start(text: &str, toks: &[Tok], ci: usize) -> usize {
    let mut k = ci;
    while k > 0 && ci - k < 7 {
        let t = &toks[k - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        // `have in fact reported`, `have all but stopped`: two-word adverbs.
        if k >= 2
            && matches!(
                (word(text, &toks[k - 2]), w),
                ("in", "fact") | ("all", "but")
            )
        {
            k -= 2;
            continue;
        }
        let part = lexicon::is_skippable_before_cue(w)
            || lexicon::with_lower(w, |l| {
                lexicon::is_finite_auxiliary(l)
                    || l.ends_with("n't")
                    || l.ends_with("n’t")
                    || matches!(
                        l,
                        "be" | "been"
                            | "being"
                            | "should"
                            | "must"
                            | "can"
                            | "now"
                            | "here"
                            | "seem"
                            | "seems"
                            | "seemed"
                            | "remain"
                            | "remains"
                            | "remained"
                            | "more"
                            | "less"
                            | "very"
                            | "so"
                            | "too"
                    )
            })
            // `has long argued`.
            || (w == "long"
                && k >= 2
                && matches!(word(text, &toks[k - 2]), "has" | "have" | "had"))
            || (w == "to" && k >= 2 && {
                let before = word(text, &toks[k - 2]);
                catenative(before)
                    || (before == "on"
                        && k >= 3
                        && matches!(word(text, &toks[k - 3]), "went" | "goes" | "go" | "going"))
            });
        if !part {
            break;
        }
        k -= 1;
        if w == "to" {
            // The catenative verb or adjective itself, and the verb of `went on to`.
            k -= 1;
            if word(text, &toks[k]) == "on"
                && k > 0
                && matches!(word(text, &toks[k - 1]), "went" | "goes" | "go" | "going")
            {
                k -= 1;
            }
        }
    }
    k
}

/// Verbs and adjectives that take the cue as their infinitive (`went on to endorse`,
/// `is likely to back`, `wants to see`), lower case.
fn catenative(w: &str) -> bool {
    lexicon::with_lower(w, |l| {
        matches!(
            l,
            "likely"
                | "unlikely"
                | "able"
                | "unable"
                | "ready"
                | "willing"
                | "eager"
                | "quick"
                | "going"
                | "trying"
                | "tried"
                | "continue"
                | "continues"
                | "continued"
                | "began"
                | "begun"
                | "begin"
                | "begins"
                | "started"
                | "seem"
                | "seems"
                | "seemed"
                | "appear"
                | "appears"
                | "appeared"
                | "used"
                | "want"
                | "wants"
                | "wanted"
                | "plan"
                | "plans"
                | "planned"
                | "expected"
                | "set"
                | "had"
                | "has"
                | "have"
        )
    })
}

/// The noun phrase that ends at token `end` and opens its clause: after the start of
/// the sentence, a comma, a colon, a dash, a subordinator or a relative word, with no
/// verb of its own. Leading connectives are left out (`But few believe …`). An
/// appositive that ends at `end` with a comma (`Several candidates, including Lee,
/// say`) gives the noun phrase before it.
fn subject_before(text: &str, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    if end == 0 {
        return None;
    }
    if toks[end - 1].kind == Tk::Comma {
        return appositive_subject(text, toks, end - 1);
    }
    let mut s = end;
    while s > 0 && end - s < MAX_SUBJECT {
        let t = &toks[s - 1];
        if t.quoted || !matches!(t.kind, Tk::Word | Tk::Other) {
            break;
        }
        if t.kind == Tk::Word && opens_clause_word(word(text, t)) {
            break;
        }
        // A personal pronoun is a whole noun phrase: nothing before it is part of the
        // subject.
        if t.kind == Tk::Word && lexicon::is_pronoun(word(text, t)) {
            if s == end {
                s -= 1;
            }
            break;
        }
        s -= 1;
    }
    if s == end || end - s >= MAX_SUBJECT {
        return None;
    }
    // What stands before the phrase must open a clause.
    let opened = s == 0
        || matches!(toks[s - 1].kind, Tk::Comma | Tk::Colon | Tk::Dash)
        || (toks[s - 1].kind == Tk::Word && opens_clause_word(word(text, &toks[s - 1])));
    if !opened {
        return None;
    }
    while s + 1 < end && toks[s].kind == Tk::Word && is_connective(word(text, &toks[s])) {
        s += 1;
    }
    subject_phrase(text, toks, s, end).then_some((s, end))
}

/// `Several candidates, including Lee, said`: the appositive closed by the comma at
/// `comma` opens with a word that attaches it to the noun before it; the subject is the
/// noun phrase before the appositive.
fn appositive_subject(text: &str, toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
    let open = (comma.saturating_sub(14)..comma)
        .rev()
        .find(|&k| toks[k].kind == Tk::Comma)?;
    let first = toks.get(open + 1).filter(|t| t.kind == Tk::Word)?;
    let attaches = lexicon::with_lower(word(text, first), |w| {
        matches!(
            w,
            "including" | "like" | "along" | "among" | "such" | "together" | "as"
        )
    });
    // `Just over a quarter, 26 percent, say …`: a share restated as a figure.
    let figure = comma - open <= 4
        && word(text, first).starts_with(|c: char| c.is_ascii_digit())
        && toks[open + 1..comma].iter().all(|t| {
            t.kind != Tk::Word || {
                let w = word(text, t);
                w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "percent" | "in" | "of")
            }
        });
    if !(attaches || figure)
        || toks[open + 1..comma]
            .iter()
            .any(|t| t.quoted || !matches!(t.kind, Tk::Word | Tk::Other))
    {
        return None;
    }
    // The speaker is the noun phrase the appositive attaches to: its last word, not a
    // name inside the appositive, is what the speaker resolves by.
    subject_before(text, toks, open)
}

/// True for a word before which a noun phrase may open a clause: a subordinator, a
/// relative or question word, `that`, or a finite verb or cue of another clause.
fn opens_clause_word(w: &str) -> bool {
    is_subordinator(w)
        || lexicon::with_lower(w, |l| {
            lexicon::is_finite_auxiliary(l)
                || matches!(
                    l,
                    "that"
                        | "which"
                        | "who"
                        | "whom"
                        | "what"
                        | "why"
                        | "how"
                        | "whether"
                        | "than"
                        | "where"
                        | "because"
                        | "said"
                        | "says"
                        | "say"
                )
        })
}

/// True when `[s, e)` reads as a subject: it does not open with a preposition or a
/// participle, holds no finite verb or cue, and ends in a noun, a name, a pronoun or a
/// number (`About four in 10`, `Nearly a third`, `55 percent of all voters`).
fn subject_phrase(text: &str, toks: &[Tok], s: usize, e: usize) -> bool {
    let first = word(text, &toks[s]);
    let opens_badly = lexicon::with_lower(first, |l| {
        matches!(
            l,
            "in" | "on"
                | "at"
                | "with"
                | "for"
                | "from"
                | "by"
                | "after"
                | "before"
                | "during"
                | "under"
                | "into"
                | "to"
                | "of"
                | "if"
                | "when"
                | "despite"
                | "unlike"
                | "without"
                | "through"
                | "here"
                | "there"
                | "asked"
        ) || (l.ends_with("ing") && l.len() > 4 && !lexicon::is_person_role(l))
            || (l.ends_with("ed") && l.len() > 4 && !lexicon::is_person_role(l))
    });
    if opens_badly || toks[s].kind != Tk::Word {
        return false;
    }
    // Only the head may be a finite verb's look-alike: any cue or auxiliary inside is
    // another clause's verb.
    if toks[s..e].iter().any(|t| {
        t.kind == Tk::Word
            && (lexicon::with_lower(word(text, t), |w| {
                lexicon::is_finite_auxiliary(w) || lexicon::is_irregular_past(w)
            }) || (is_cue_word(text, t) && !lexicon::is_person_role(word(text, t))))
    }) {
        return false;
    }
    // `the campaign paid to broadcast a film`: a verb with its object or infinitive
    // inside the phrase makes it a clause (`A poll released on Monday` is a noun with
    // a participle after it).
    let verb_inside = (s..e - 1).any(|m| {
        let w = word(text, &toks[m]);
        let next = word(text, &toks[m + 1]);
        let verb = w.starts_with(char::is_lowercase)
            && (w.len() > 4 && w.ends_with("ed")
                || lexicon::is_irregular_past(w)
                || (m > s && w.ends_with('s') && !w.ends_with("ss")));
        verb && (lexicon::is_determiner(next)
            || lexicon::is_pronoun(next)
            || matches!(next, "to" | "that" | "him" | "them" | "us" | "me"))
    });
    if verb_inside {
        return false;
    }
    let head = word(text, &toks[e - 1]);
    toks[e - 1].kind == Tk::Word
        && (quantifier_alone(text, toks, s, e) || !lexicon::is_determiner(head))
        && !lexicon::stops_speaker(head)
        && !head.ends_with("'s")
        && !head.ends_with("’s")
}

/// `Some have suggested …`, `Many believe …`: a quantifier alone is a subject.
fn quantifier_alone(text: &str, toks: &[Tok], s: usize, e: usize) -> bool {
    e == s + 1
        && lexicon::with_lower(word(text, &toks[s]), |l| {
            matches!(
                l,
                "some" | "many" | "most" | "several" | "few" | "both" | "others" | "none"
            )
        })
}

/// The subject that [`plain_frame`] reads before the cue at token `ci`, for the
/// specific cases when the speaker they read does not open its clause (`The organizer
/// of a rally said`: not `a rally`; `Pilots have in fact argued`: not `fact`).
pub(crate) fn clause_subject_at(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
) -> Option<(usize, usize)> {
    let ci = tok_at(toks, cspan.start);
    let (s, e) = subject_before(text, toks, verb_group_start(text, toks, ci))?;
    subject_fits(text, toks, s, e, cspan, cue).then_some((s, e))
}

/// True when `[s, e)` can be the subject of the cue `cspan`: any plausible speaker for
/// a verb of saying; for a stance verb, and for a cue that is also a noun (`the new
/// reports`, `her claims`, `their hopes`, `two battleground states`), only a name, a
/// pronoun, a role or a group, which cannot be the noun's modifier.
fn subject_fits(text: &str, toks: &[Tok], s: usize, e: usize, cspan: Span, cue: Cue) -> bool {
    if quantifier_alone(text, toks, s, e) {
        return true;
    }
    let nounable = lexicon::with_lower(&text[cspan.start..cspan.end], |w| {
        matches!(
            w,
            "claim"
                | "claims"
                | "report"
                | "reports"
                | "note"
                | "notes"
                | "states"
                | "promise"
                | "promises"
                | "plan"
                | "plans"
                | "hope"
                | "hopes"
                | "fear"
                | "fears"
                | "show"
                | "shows"
                | "answer"
                | "answers"
                | "replies"
                | "worries"
                | "doubts"
                | "views"
                | "calls"
        )
    });
    if cue.strength == Strength::Stance || nounable {
        // (`two battleground states`: a number before the head shows a noun phrase.)
        stance_subject(text, toks, s, e, cspan)
            && !word(text, &toks[e - 1]).starts_with(|c: char| c.is_ascii_digit())
            && !lexicon::with_lower(word(text, &toks[e - 1]), |w| {
                matches!(w, "two" | "three" | "four" | "five" | "six" | "both")
            })
    } else {
        plausible_speaker(text, toks, s, e)
    }
}
