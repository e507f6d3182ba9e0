//! Nominal frames: a noun of stance or speech after a possessive (`her support for the
//! bill`, `Lee's claim that …`).
//!
//! Receives a sentence's tokens and the span of a nominal cue; hands on a [`Found`] whose
//! speaker is the possessor and whose content is the phrase after the noun.

use dateline_plugin::Span;

use crate::content::participle_cut;
use crate::found::{Found, build};
use crate::lexicon::{self, Strength, is_connective};
use crate::marks::QuoteSpan;
use crate::speakers::clause_subject;
use crate::text::{Tk, Tok};
use crate::words::{is_boundary, is_cap, tok_at, word};

/// A noun of stance or speech after a possessive (`her support for the bill`, `Lee's
/// claim that the vote was rigged`, `his latest call for calm`): the possessor is the
/// speaker and the phrase after the noun, to the next comma, the content.
pub(crate) fn nominal_frame(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    let n = toks.len();
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    let possessive = |t: &Tok| {
        t.kind == Tk::Word
            && !t.quoted
            && lexicon::with_lower(word(text, t), |w| {
                matches!(w, "his" | "her" | "their" | "its" | "our" | "my")
            })
    };
    let genitive = |t: &Tok| {
        let w = word(text, t);
        let Some(owner) = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")) else {
            return false;
        };
        t.kind == Tk::Word
            && !t.quoted
            // `Monday's call for calm` names a day, not who called.
            && !lexicon::is_time_word(owner)
            && !lexicon::is_month_as_written(owner)
            && (is_cap(text, t) || lexicon::is_person_role(owner) || lexicon::is_thing_role(owner))
    };
    let mut k = ci.checked_sub(1)?;
    // One modifier may stand between (`his latest call for`, `Lee's strong support for`)
    // before a noun of the nominal lexicon; a stance verb that is also a noun (`her
    // attacks`, `his calls for`) needs the possessive right before it, or `Her
    // counterpart described` would read as a noun phrase.
    let noun_cue = lexicon::cue_at(text, cspan).is_some_and(|c| c.strength == Strength::Nominal);
    if !possessive(&toks[k]) && !genitive(&toks[k]) {
        if !noun_cue {
            return None;
        }
        let modifier = toks[k].kind == Tk::Word
            && !toks[k].quoted
            && word(text, &toks[k]).starts_with(char::is_lowercase)
            && !lexicon::is_determiner(word(text, &toks[k]));
        if !modifier || k == 0 || !(possessive(&toks[k - 1]) || genitive(&toks[k - 1])) {
            return None;
        }
        k -= 1;
    }
    let speaker = if possessive(&toks[k]) {
        toks[k].span
    } else {
        // `Donald Lane’s`: the name without its possessive ending, with the capitalised
        // words before it.
        let w = word(text, &toks[k]);
        let suffix = if w.ends_with("’s") { "’s".len() } else { 2 };
        let mut a = k;
        while a > 0
            && toks[a - 1].kind == Tk::Word
            && !toks[a - 1].quoted
            && (is_cap(text, &toks[a - 1]) || lexicon::is_determiner(word(text, &toks[a - 1])))
            && !lexicon::is_not_subject(word(text, &toks[a - 1]))
        {
            a -= 1;
        }
        Span::new(toks[a].span.start, toks[k].span.end - suffix)
    };
    if cj >= n || toks[cj].kind == Tk::Stop {
        return None;
    }
    // The content is a phrase: it ends at the next comma, colon or dash outside quotes.
    let phrase_end = (cj + 1..n)
        .find(|&m| !toks[m].quoted && matches!(toks[m].kind, Tk::Comma | Tk::Colon | Tk::Dash))
        .unwrap_or(n);
    let mut end = participle_cut(text, toks, cj).min(phrase_end);
    // `Her claim that the vote was rigged has not been …`: a possessor opening the
    // clause makes the phrase its subject, which ends at the main verb. Without a
    // parser, the main verb is taken to be the first finite auxiliary after the one of
    // a `that` clause, or the first one at all after `of`, `for` or `to`.
    // The possessor's phrase starts at its determiner or first name (`The union's`).
    let mut p0 = k;
    while p0 > 0
        && toks[p0 - 1].kind == Tk::Word
        && !toks[p0 - 1].quoted
        && (lexicon::is_determiner(word(text, &toks[p0 - 1])) || is_cap(text, &toks[p0 - 1]))
        && !lexicon::is_not_subject(word(text, &toks[p0 - 1]))
    {
        p0 -= 1;
    }
    let opens = p0 == 0 || is_boundary(&toks[p0 - 1]) || is_connective(word(text, &toks[p0 - 1]));
    if opens {
        let mut finite_seen = word(text, &toks[cj - 1]) != "that";
        let main_verb = (cj + 1..end).find(|&m| {
            let t = &toks[m];
            let finite = t.kind == Tk::Word
                && !t.quoted
                && lexicon::with_lower(word(text, t), lexicon::is_finite_auxiliary);
            let main = finite && finite_seen;
            finite_seen |= finite;
            main
        });
        end = main_verb.unwrap_or(end);
    }
    // `his plan to deport …`, `her call to unite …`: an infinitive after the noun keeps
    // its `to`.
    let start = if text[cspan.start..cspan.end].ends_with(" to")
        && toks[cj].kind == Tk::Word
        && !toks[cj].quoted
        && lexicon::with_lower(word(text, &toks[cj]), |w| {
            w.starts_with(char::is_alphabetic)
                && word(text, &toks[cj]).starts_with(char::is_lowercase)
                && !lexicon::is_determiner(w)
                && !lexicon::is_pronoun(w)
                && !w.ends_with("ing")
                && !w.ends_with('s')
        }) {
        cj - 1
    } else {
        cj
    };
    let mut f = build(
        text,
        toks,
        &[(start, end)],
        quotes,
        false,
        cspan,
        Some(speaker),
    )?;
    // `Varga stepped up her attacks on …`: a possessive pronoun in the predicate
    // refers to the subject of its clause.
    if possessive(&toks[k])
        && !opens
        && let Some(subject) = clause_subject(text, &toks[..k])
        && text[subject.start..].starts_with(char::is_uppercase)
        && !lexicon::is_pronoun(&text[subject.start..subject.end])
    {
        f.resolved = Some(subject);
    }
    Some(f)
}
