//! Content extents: where what was said starts and stops.
//!
//! Receives the tokens of one sentence and a cue's position; hands on token positions and
//! spans of content: where content after a cue starts (past a hearer, time words and
//! `that`: `content_after`), where it stops (before a second statement, a participle
//! clause or a new main clause: `participle_cut`, `clause_cut`, `object_end`), the second
//! piece of a quote split around its cue, and the pieces a quote mark makes
//! (`direct_piece`, `whole_quote`). It knows nothing of speakers or frames.

use dateline_plugin::Span;

use crate::lexicon::{self, Cue, Strength, is_participle, is_subordinator};
use crate::marks::QuoteSpan;
use crate::text::{Tk, Tok};
use crate::words::{
    count_words, is_cap, is_cue_word, title_case, tok_at, verb_like, word, words_in,
};

/// `she added on Monday, "If …"` and `came straight from the mayor: "Do not
/// …"`: words that only introduce a quote (a colon, or a cue and a comma, before the
/// opening mark) are not part of the content; the piece starts at the quote.
pub(crate) fn trim_lead_in(text: &str, quotes: &[QuoteSpan], piece: Span) -> Span {
    let i = quotes.partition_point(|q| q.outer.start <= piece.start);
    let Some(q) = quotes.get(i).filter(|q| q.outer.start < piece.end) else {
        return piece;
    };
    let prefix = text[piece.start..q.outer.start].trim_end();
    // A cue and a comma (`Lee said Tuesday, "…"`): the cue stands within two words of
    // the comma; one further back belongs to a clause that the quote goes on
    // (`it's unrealistic to think that if we pull back, "…"`).
    let introduces = prefix.ends_with(':')
        || (prefix.ends_with(',')
            && lexicon::lexicon().matcher.find_iter(prefix).any(|m| {
                dateline_plugin::text::is_word_start(prefix, m.start())
                    && dateline_plugin::text::is_word_end(prefix, m.end())
                    && prefix[m.end()..].split_whitespace().count() <= 2
            }));
    if !introduces {
        return piece;
    }
    if q.outer.end >= piece.end {
        direct_piece(text, q)
    } else {
        Span::new(q.outer.start, piece.end)
    }
}

/// The quote's inner span, without the comma that English puts before the closing mark.
pub(crate) fn direct_piece(text: &str, q: &QuoteSpan) -> Span {
    dateline_plugin::text::trim_span(text, q.inner, &[','])
}

/// True when `piece` is the [`direct_piece`] of one of `quotes` (in text order, not
/// overlapping). Such a piece lies inside its quote's marks, so only the quotes whose
/// marks hold its start can give it: at most two, found by binary search rather than
/// by trimming every quote of the sentence for every piece.
pub(crate) fn is_direct_piece(text: &str, quotes: &[QuoteSpan], piece: Span) -> bool {
    let lo = quotes.partition_point(|q| q.outer.end < piece.start);
    let hi = quotes.partition_point(|q| q.outer.start <= piece.start);
    quotes[lo..hi.max(lo)]
        .iter()
        .any(|q| direct_piece(text, q) == piece)
}

/// The quote that makes up the whole sentence, if any (punctuation aside), or that
/// opens it with no speaker after it (`"…," which he thinks …`).
pub(crate) fn whole_quote<'q>(
    text: &str,
    toks: &[Tok],
    quotes: &'q [QuoteSpan],
) -> Option<&'q QuoteSpan> {
    let q = quotes.first()?;
    let words_outside = toks
        .iter()
        .filter(|t| t.kind == Tk::Word && !(q.outer.contains(t.span)))
        .count();
    if words_outside == 0 {
        return Some(q);
    }
    // `But "…"`: a connective and then a quote that runs to the end of the sentence
    // goes on as the quote does.
    if words_outside == 1
        && q.closed
        && toks.first().is_some_and(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && matches!(word(text, t), "But" | "And" | "Yet" | "Still" | "So")
        })
        && toks.get(1).is_some_and(|t| t.span.start == q.outer.start)
        && words_in(text, q.inner) >= 3
    {
        return Some(q);
    }
    // A quote that opens the sentence and is followed only by a relative clause
    // (`"…," which he thinks …`) continues too; one followed by a name and a verb has a
    // speaker of its own, which the frames did not recognise.
    let opens = toks.first().is_some_and(|t| t.span.start == q.outer.start);
    let k = tok_at(toks, q.outer.end);
    let k = if toks.get(k).is_some_and(|t| t.kind == Tk::Comma) {
        k + 1
    } else {
        k
    };
    let relative = toks.get(k).is_some_and(|t| {
        matches!(
            word(text, t),
            "which" | "who" | "as" | "while" | "and" | "but"
        )
    });
    (opens && q.closed && relative && words_in(text, q.inner) >= 3).then_some(q)
}

/// Where content after a cue starts: past the cue's hearer, time words and
/// `that`, or at the first quote. `None` when nothing after the cue reads as content.
pub(crate) fn content_after(text: &str, toks: &[Tok], cue_end: usize, cue: Cue) -> Option<usize> {
    let mut i = cue_end;
    let n = toks.len();
    if i < n && matches!(toks[i].kind, Tk::Comma | Tk::Colon) {
        i += 1;
        // `"…?" Hale remarked, alluding to …`: a participle clause after the comma is
        // no reported content.
        if toks[i - 1].kind == Tk::Comma
            && toks
                .get(i)
                .is_some_and(|t| t.kind == Tk::Word && !t.quoted && is_participle(word(text, t)))
        {
            return None;
        }
        // `said, however, that …`, `said, without evidence, that …`: an aside set off
        // by commas before `that`; the content is the clause after it.
        if toks[i - 1].kind == Tk::Comma
            && let Some(k) = (i + 1..n.min(i + 5)).find(|&k| {
                toks[k - 1].kind == Tk::Comma
                    && toks[k].kind == Tk::Word
                    && !toks[k].quoted
                    && word(text, &toks[k]) == "that"
            })
            && toks[i..k - 1]
                .iter()
                .all(|t| t.kind == Tk::Word && !t.quoted)
        {
            return (k + 1 < n).then_some(k + 1);
        }
        return (i < n).then_some(i);
    }
    // Look a few tokens ahead for a quote, `that` or a colon.
    let limit = (i + 10).min(n);
    for j in i..limit {
        match toks[j].kind {
            // `told ABC's "Morning Town" that …`, `said on "Meet the Voters" that …`: a
            // quoted title in the hearer or a phrase of circumstance is no content;
            // the clause after `that` is.
            Tk::Mark
                if !toks[j].quoted
                    && let Some(m) = (j + 1..n).find(|&m| toks[m].kind == Tk::Mark)
                    && m > j + 1
                    && title_case(text, Span::new(toks[j].span.end, toks[m].span.start))
                    && let Some(t) = (m + 1..(m + 6).min(n))
                        .take_while(|&k| !matches!(toks[k].kind, Tk::Stop | Tk::Colon | Tk::Mark))
                        .find(|&k| word(text, &toks[k]) == "that")
                    && t + 1 < n =>
            {
                return Some(t + 1);
            }
            Tk::Mark if !toks[j].quoted => {
                if cue.strength == Strength::That {
                    let q_words = toks[j + 1..]
                        .iter()
                        .take_while(|t| t.quoted)
                        .filter(|t| t.kind == Tk::Word)
                        .count();
                    if q_words < 4 {
                        return None;
                    }
                    return Some(i);
                }
                if cue.strength.governs_quotes() {
                    // `called for "restraint"`: the content is the governed phrase.
                    return Some(i);
                }
                if j == i {
                    return Some(j);
                }
                // `shot back in a statement, saying he "…"`: a participle cue after a
                // comma governs the quote, not this one.
                if toks[i..j].windows(2).any(|p| {
                    p[0].kind == Tk::Comma
                        && p[1].kind == Tk::Word
                        && word(text, &p[1]).ends_with("ing")
                        && is_cue_word(text, &p[1])
                }) {
                    return None;
                }
                // A quote a few words after the cue is its content only after a hearer
                // and a comma (`told reporters, "…"`) or when it is long; a short quote
                // inside the object is a label (`chanted slogans about the "occupation"`).
                let q_words = toks[j + 1..]
                    .iter()
                    .take_while(|t| t.quoted)
                    .filter(|t| t.kind == Tk::Word)
                    .count();
                let hearer = toks[i..j]
                    .iter()
                    .any(|t| matches!(t.kind, Tk::Comma | Tk::Colon));
                if !hearer && q_words < 4 {
                    break;
                }
                // `told them the city "cannot pay"`: the hearer is not content.
                if !hearer && cue.object && toks[i].kind == Tk::Word {
                    // `told host Sam Hart …`: a role before the name is part of the
                    // hearer; `told a news conference they …`: a subject pronoun after
                    // a noun phrase ends the hearer.
                    let role = lexicon::is_person_role(word(text, &toks[i]))
                        && toks.get(i + 1).is_some_and(|t| is_cap(text, t));
                    let h = if role {
                        hearer_end(text, toks, i + 1)
                    } else {
                        hearer_end(text, toks, i)
                    };
                    let h = if h == i && lexicon::is_determiner(word(text, &toks[i])) {
                        (i + 1..j.min(i + 5))
                            .find(|&k| {
                                toks[k].kind == Tk::Word
                                    && matches!(word(text, &toks[k]), "he" | "she" | "they" | "we")
                            })
                            .unwrap_or(i)
                    } else {
                        h
                    };
                    if h > i && h < j {
                        return Some(h);
                    }
                }
                return Some(i.max(skip_hearer(text, toks, i, j)));
            }
            // A semicolon joins a second clause: it is no colon before content.
            Tk::Colon if text[toks[j].span.start..].starts_with(';') => break,
            Tk::Colon => return (j + 1 < n).then_some(j + 1),
            // `said his worry is that …`, `said Lee assured them that …`: a `that`
            // after a verb of the reported clause belongs to that clause, which is the
            // content as a whole.
            Tk::Word
                if word(text, &toks[j]).eq_ignore_ascii_case("that")
                    && cue.strength == Strength::Say
                    && clause_verb_before(text, toks, i, j) =>
            {
                break;
            }
            // `rejected the notion that …`, `dismissed concerns that …`: a stance verb's
            // object is the noun with its clause, all of it the position; but in
            // `expressed confidence that …` the feeling is part of the cue.
            Tk::Word
                if word(text, &toks[j]).eq_ignore_ascii_case("that")
                    && cue.strength == Strength::Stance
                    && j > i
                    && !lexicon::with_lower(word(text, &toks[i.saturating_sub(1)]), |w| {
                        w.starts_with("express") || w.starts_with("voic")
                    })
                    // A passive stance verb has no object (`was ridiculed for its
                    // prediction that …`).
                    && !toks[i.saturating_sub(4)..i.saturating_sub(1)].iter().any(|t| {
                        t.kind == Tk::Word
                            && lexicon::with_lower(word(text, t), |w| {
                                matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
                            })
                    }) =>
            {
                break;
            }
            // `said the files that were taken …`: a `that` before a verb is a relative
            // pronoun inside the reported clause, not the word that opens it.
            Tk::Word
                if word(text, &toks[j]).eq_ignore_ascii_case("that")
                    && j > i
                    && toks.get(j + 1).is_some_and(|t| {
                        t.kind == Tk::Word
                            && !t.quoted
                            && lexicon::with_lower(word(text, t), |w| {
                                matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                            })
                    }) =>
            {
                break;
            }
            Tk::Word if word(text, &toks[j]).eq_ignore_ascii_case("that") => {
                return (j + 1 < n).then_some(j + 1);
            }
            Tk::Stop => break,
            Tk::Dash if !matches!(text[toks[j].span.start..].chars().next(), Some('(' | ')')) => {
                break;
            }
            _ => {}
        }
    }
    // `told a crowd in Dover, Ohio, on Friday that …`: a long hearer and adjuncts
    // before `that`.
    if cue.object
        && let Some(j) = (limit..n.min(i + 20))
            .take_while(|&j| !matches!(toks[j].kind, Tk::Stop | Tk::Mark | Tk::Colon))
            .find(|&j| {
                toks[j].kind == Tk::Word
                    && !toks[j].quoted
                    && word(text, &toks[j]).eq_ignore_ascii_case("that")
            })
        && toks[i..limit]
            .iter()
            .all(|t| !matches!(t.kind, Tk::Stop | Tk::Mark | Tk::Colon))
    {
        return (j + 1 < n).then_some(j + 1);
    }
    // `said Thursday during a taping of a town hall in Buffalo, New York, that …`: a
    // long phrase of circumstance, set off by a comma, before `that`.
    if cue.strength != Strength::According
        && let Some(k) = (limit..(i + 28).min(n)).find(|&k| {
            toks[k].kind == Tk::Word
                && word(text, &toks[k]) == "that"
                && toks[k - 1].kind == Tk::Comma
        })
        && toks[i..k].iter().all(|t| {
            !t.quoted
                && !matches!(t.kind, Tk::Stop | Tk::Mark | Tk::Colon)
                && (t.kind != Tk::Word
                    || lexicon::with_lower(word(text, t), |w| {
                        !lexicon::is_finite_auxiliary(w) && !w.ends_with("ed") && w != "that"
                    }))
        })
        && k + 1 < n
    {
        return Some(k + 1);
    }
    let cue_word = if cue_end > 0 {
        word(text, &toks[cue_end - 1])
    } else {
        ""
    };
    // `see the plan as a gamble`: the object needs its `as` before the clause ends;
    // without it, `see` reports a bare clause like a verb of thinking (`anyone can see
    // the plan is dead`).
    let mut sees = false;
    if cue.strength == Strength::Stance {
        let j = stance_object(text, toks, i)?;
        if !lexicon::needs_as(cue_word)
            || toks[j..]
                .iter()
                .take_while(|t| !matches!(t.kind, Tk::Comma | Tk::Stop | Tk::Colon))
                .any(|t| t.kind == Tk::Word && word(text, t) == "as")
        {
            return Some(j);
        }
        sees = true;
    }
    if cue.strength == Strength::That && lexicon::shows_object(cue_word) {
        return stance_object(text, toks, i);
    }
    // Verbs of thinking and finding take a bare clause only when a finite verb shows
    // it is one (`think the plan is dead`, not `think hard`).
    let thinking = cue.strength == Strength::That || sees;
    if cue.strength != Strength::Say && !thinking {
        return None;
    }
    let mut j = i;
    // The hearer of `told CNN …`, `told the crowd …`, `told him …` (a cue phrase such
    // as `told reporters` has it already).
    // (`told reporters` is one cue phrase: its hearer is already read.)
    let hearer_read = i > 0 && word(text, &toks[i - 1]) == "reporters";
    if cue.object && !hearer_read && j < n && toks[j].kind == Tk::Word {
        j = hearer_end(text, toks, j);
    }
    j = skip_time(text, toks, j);
    // `wrote in a blog post he was …`: a prepositional phrase about the saying before
    // a clause that opens with a subject pronoun.
    if j < n
        && toks[j].kind == Tk::Word
        && matches!(word(text, &toks[j]), "in" | "on" | "at" | "during")
        && let Some(p) = (j + 2..n.min(j + 7))
            .take_while(|&k| toks[k].kind == Tk::Word && !toks[k].quoted)
            .find(|&k| matches!(word(text, &toks[k]), "he" | "she" | "they" | "we" | "I"))
        && toks.get(p + 1).is_some_and(|t| t.kind == Tk::Word)
    {
        j = p;
    }
    if j < n && toks[j].kind == Tk::Comma {
        j += 1;
    }
    if j < n && toks[j].kind == Tk::Word {
        let w = word(text, &toks[j]);
        // `told them what …`; and for any verb of saying, `explained how …`,
        // `described why …`.
        let question = (cue.object
            && matches!(
                w,
                "what" | "which" | "why" | "how" | "when" | "where" | "who" | "whom"
            ))
            || matches!(w, "how" | "why" | "whether");
        // `say prices have not kept up`: a bare clause opening with a noun.
        // `says there's a "long road ahead"`: a contracted auxiliary is a verb too.
        let has_verb = toks[j + 1..]
            .iter()
            .take(6)
            .filter(|t| t.kind == Tk::Word)
            .any(|t| {
                let v = word(text, t);
                v.ends_with("ed") || lexicon::is_finite_auxiliary(v)
            })
            || (j < n && !is_cue_word(text, &toks[j]) && clause_verb_before(text, toks, j, j + 1));
        // `said much of the talk was about trade`: a quantified subject.
        let quantified = matches!(w, "much" | "more" | "most" | "many" | "some" | "all")
            && toks.get(j + 1).is_some_and(|t| word(text, t) == "of")
            && has_verb;
        let bare_clause = quantified
            || w.starts_with(char::is_lowercase)
            // Without a verb, a phrase holding a short quote is an object with a label
            // (`chanted slogans about the "occupation"`), not a reported clause.
            && (has_verb || !toks[j..].iter().any(|t| t.kind == Tk::Mark))
            // `engineers reported cracks in the wall`: a verb that as often takes a
            // plain noun object reports a bare clause only when a verb follows.
            && (has_verb || !noun_object_cue(text, toks, cue_end))
            && count_words(toks, j, n) >= if has_verb { 3 } else { 4 }
            && !lexicon::stops_speaker(w)
            && !lexicon::is_time_word(w)
            && !w.ends_with("ly")
            && !matches!(
                w,
                "so" | "nothing" | "something" | "anything" | "goodbye" | "yes" | "no" | "hello"
                    | "more" | "less" | "little" | "much" | "otherwise" | "of" | "for" | "about"
                    | "against" | "like" | "over" | "under" | "through" | "up" | "out" | "off"
            );
        if thinking && !(has_verb && count_words(toks, j, n) >= 3) {
            return None;
        }
        if question
            || bare_clause
            || lexicon::starts_clause(w)
            || (is_cap(text, &toks[j]) && !lexicon::is_time_word(w))
        {
            return Some(j);
        }
    }
    None
}

/// The start of a stance verb's object (`endorsed the plan`, `blamed Lee for …`,
/// `pointed to rising costs`), or `None` when what follows is no object: the end of
/// the sentence, a particle or adverb (`backed down`, `backed away`), an infinitive
/// (`supported to …`) or a clause boundary.
fn stance_object(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let j = skip_time(text, toks, i);
    let t = toks.get(j)?;
    if t.kind != Tk::Word {
        return None;
    }
    let not_object = lexicon::with_lower(word(text, t), |w| {
        is_subordinator(w)
            || lexicon::is_finite_auxiliary(w)
            || w.ends_with("ly")
            || matches!(
                w,
                "down"
                    | "away"
                    | "off"
                    | "up"
                    | "out"
                    | "in"
                    | "into"
                    | "to"
                    | "by"
                    | "from"
                    | "with"
                    | "on"
                    | "over"
                    | "of"
                    | "at"
                    | "for"
                    | "home"
                    | "there"
                    | "here"
                    | "then"
                    | "or"
                    | "than"
                    | "be"
                    | "been"
            )
    });
    (!not_object).then_some(j)
}

/// True when tokens `i..j` after a cue hold the verb of a clause: a finite auxiliary
/// (`is`, `he's`), a cue word, or a past form after a name or a pronoun (`Lee
/// assured`).
fn clause_verb_before(text: &str, toks: &[Tok], i: usize, j: usize) -> bool {
    (i..j).any(|k| {
        let t = &toks[k];
        if t.kind != Tk::Word || t.quoted {
            return false;
        }
        let w = word(text, t);
        // `he's`, `they're`, not a possessive (`night's`).
        let mut parts = w.split(['\'', '’']);
        let base = parts.next().unwrap_or("");
        let contracted = parts.next().is_some_and(|c| match c {
            "s" => matches!(
                base,
                "he" | "she" | "it" | "that" | "there" | "what" | "who" | "here"
            ),
            "re" | "ll" | "d" | "ve" => true,
            _ => false,
        });
        lexicon::is_finite_auxiliary(w)
            || contracted
            || is_cue_word(text, t)
            || (k > i
                && w.ends_with("ed")
                && w.starts_with(char::is_lowercase)
                && (is_cap(text, &toks[k - 1]) || lexicon::is_pronoun(word(text, &toks[k - 1]))))
    })
}

/// True when the cue ending before token `cue_end` is a verb that as often takes a
/// plain noun object as a reported clause (`reported cracks`, `confirmed the figures`).
fn noun_object_cue(text: &str, toks: &[Tok], cue_end: usize) -> bool {
    cue_end > 0
        && lexicon::with_lower(word(text, &toks[cue_end - 1]), |w| {
            [
                "report",
                "confirm",
                "reveal",
                "disclos",
                "acknowledg",
                "describ",
            ]
            .iter()
            .any(|stem| w.starts_with(stem))
        })
}

/// The end of the hearer that starts at `j`: a pronoun, `reporters`, a name, or a
/// determiner with a name or one noun (`the Associated Press`, `the crowd`).
fn hearer_end(text: &str, toks: &[Tok], j: usize) -> usize {
    let n = toks.len();
    let w = word(text, &toks[j]);
    if matches!(
        w,
        "him"
            | "her"
            | "them"
            | "me"
            | "us"
            | "you"
            | "reporters"
            | "journalists"
            | "supporters"
            | "voters"
            | "donors"
            | "lawmakers"
            | "students"
            | "Congress"
    ) {
        return j + 1;
    }
    let mut k = j;
    if lexicon::is_determiner(w) {
        k += 1;
        if k < n && toks[k].kind == Tk::Word && !is_cap(text, &toks[k]) {
            // `promised an independent inquiry`: a second lower-case word that opens
            // no clause continues the noun phrase, an object rather than a hearer.
            let continues = toks.get(k + 1).is_some_and(|t| {
                let v = word(text, t);
                t.kind == Tk::Word
                    && !t.quoted
                    && v.starts_with(char::is_lowercase)
                    && !lexicon::is_determiner(v)
                    && !lexicon::is_pronoun(v)
                    && !lexicon::starts_clause(v)
                    && !is_subordinator(v)
                    && !matches!(
                        v,
                        "that" | "what" | "why" | "how" | "when" | "where" | "whether"
                    )
            });
            if continues {
                return j;
            }
            return k + 1;
        }
    }
    let start = k;
    while k < n
        && toks[k].kind == Tk::Word
        && !toks[k].quoted
        && (is_cap(text, &toks[k]) || (k > start && word(text, &toks[k]) == "of"))
    {
        k += 1;
    }
    if k == start { j } else { k }
}

/// Skips time adjuncts between a cue and its content: `Tuesday`, `on Monday`,
/// `last week`, `in October`, `earlier`.
pub(crate) fn skip_time(text: &str, toks: &[Tok], mut j: usize) -> usize {
    let is_time_noun = |t: &Tok| {
        t.kind == Tk::Word && {
            let lw = lexicon::lower(word(text, t));
            let w = lw.trim_end_matches('.');
            lexicon::is_weekday(w)
                || lexicon::is_month_name(w)
                || lexicon::is_month_abbreviation(w)
                || lexicon::is_time_unit(w)
                || matches!(w, "weekend" | "time" | "day")
        }
    };
    while j < toks.len() && toks[j].kind == Tk::Word {
        let w = lexicon::lower(word(text, &toks[j]));
        if is_time_noun(&toks[j]) || lexicon::is_cue_adverb(&w) {
            j += 1;
        } else if matches!(
            &*w,
            "this" | "last" | "next" | "on" | "in" | "during" | "early" | "late" | "that"
        ) && toks.get(j + 1).is_some_and(&is_time_noun)
        {
            j += 2;
        } else {
            break;
        }
    }
    j
}

/// After a hearer (`told reporters`), the content starts at the quote `j`; words
/// between that are not a hearer stay in the content.
fn skip_hearer(_text: &str, toks: &[Tok], i: usize, j: usize) -> usize {
    if toks[i..j]
        .iter()
        .any(|t| matches!(t.kind, Tk::Comma | Tk::Colon))
    {
        j
    } else {
        i
    }
}

/// When token `ci` is inside a subordinate clause that opens the sentence or follows a
/// comma (`When she described it, …`, `…, after the interview ended, …`), ends at a
/// comma and holds no quotation mark, the byte where that comma starts.
pub(crate) fn subordinate_end(text: &str, toks: &[Tok], ci: usize) -> Option<usize> {
    let start = (0..ci)
        .rev()
        .find(|&k| toks[k].kind == Tk::Comma && !toks[k].quoted)
        .map_or(0, |k| k + 1);
    // `Ever since …`, `Even when …`, `Just after …`: an adverb before the subordinator.
    let start = if toks.get(start).is_some_and(|t| {
        t.kind == Tk::Word
            && matches!(
                word(text, t),
                "Ever" | "Even" | "Just" | "Only" | "Shortly" | "Long" | "Soon" | "Right"
            )
    }) {
        start + 1
    } else {
        start
    };
    let first = toks.get(start)?;
    let opens = first.kind == Tk::Word
        && lexicon::with_lower(word(text, first), |w| {
            matches!(
                w,
                "when"
                    | "although"
                    | "though"
                    | "while"
                    | "after"
                    | "before"
                    | "if"
                    | "once"
                    | "despite"
                    | "since"
                    | "because"
                    | "until"
                    | "unless"
                    | "whereas"
            )
        });
    if !opens {
        return None;
    }
    let end = (ci..toks.len()).find(|&k| toks[k].kind == Tk::Comma && !toks[k].quoted)?;
    if toks[start..end].iter().any(|t| t.kind == Tk::Mark) {
        return None;
    }
    Some(toks[end].span.start)
}

/// `"A," she said, "B."`: the part after the cue phrase (`j` is the token after the
/// cue) is a second piece when a comma or colon and a quotation mark follow.
pub(crate) fn second_piece(
    text: &str,
    toks: &[Tok],
    cj: usize,
    first_is_quote: bool,
) -> Option<(usize, usize)> {
    let n = toks.len();
    let mut j = cj;
    while j < n && toks[j].kind == Tk::Word && j - cj < 6 {
        j += 1;
    }
    if j < n && matches!(toks[j].kind, Tk::Comma | Tk::Colon) && j + 1 < n {
        let next = &toks[j + 1];
        // `"A," she said, and "B."`
        let and_quote = first_is_quote
            && next.kind == Tk::Word
            && matches!(word(text, next), "and" | "but")
            && toks.get(j + 2).is_some_and(|t| t.kind == Tk::Mark);
        let continues = next.kind == Tk::Mark
            || and_quote
            || (!first_is_quote
                && next.kind == Tk::Word
                && text[next.span.start..].starts_with(char::is_lowercase)
                && !is_cue_word(text, next)
                && !word(text, next).ends_with("ing")
                && !matches!(
                    word(text, next),
                    "who" | "which" | "whose" | "where" | "when"
                ));
        if continues {
            return Some((j + 1, participle_cut(text, toks, j + 1)));
        }
    }
    None
}

/// Where content that starts at `a` stops: before `, saying …`, `, adding …` (a
/// second statement), before another participle clause (`, referring to …`) and
/// before a new main clause (`, but he also warned …`).
pub(crate) fn participle_cut(text: &str, toks: &[Tok], a: usize) -> usize {
    clause_cut(text, toks, a, false)
}

/// [`participle_cut`] for the content of `cue`: a verb of saying or thinking reports
/// a whole clause, which goes on past a closing quote into a coordinated clause.
pub(crate) fn content_cut(text: &str, toks: &[Tok], a: usize, cue: Cue) -> usize {
    let end = clause_cut(
        text,
        toks,
        a,
        matches!(cue.strength, Strength::Say | Strength::That),
    );
    if cue.strength == Strength::Stance {
        return end.min(object_end(text, toks, a, end));
    }
    end
}

/// The end before token `end` of a phrase that starts at token `a`, at an adjunct
/// about the saying (`about the toll during an interview on Monday`) or a clause
/// boundary: the end of a stance verb's object.
pub(crate) fn adjunct_end(text: &str, toks: &[Tok], a: usize, end: usize) -> usize {
    object_end(text, toks, a, end)
}

/// The end of a stance verb's object before token `end`: the object is a noun phrase,
/// which a comma outside quotes closes (`praised the plan, which passed on Monday`,
/// `backed Lee, the former mayor,`), unless the comma separates the items of a list
/// (`praised Lee, Park and Cole`) or the object holds a quote.
fn object_end(text: &str, toks: &[Tok], a: usize, end: usize) -> usize {
    if toks[a..end].iter().any(|t| t.kind == Tk::Mark) {
        return end;
    }
    let mut k = a + 1;
    while k < end {
        // `endorsed Lee in an interview`, `backed the bill despite doubts`: an adjunct
        // about the saying or a concession after the object is not the position.
        if toks[k].kind == Tk::Word
            && !toks[k].quoted
            && (speech_adjunct(text, toks, k) || word(text, &toks[k]) == "despite")
        {
            return k;
        }
        // `opposed the plan and did not like the route`: a second verb phrase of the
        // subject after `and` or `but`.
        if toks[k].kind == Tk::Word
            && !toks[k].quoted
            && matches!(word(text, &toks[k]), "and" | "but")
            && toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && lexicon::with_lower(word(text, t), |w| {
                        lexicon::is_finite_auxiliary(w) || lexicon::is_irregular_past(w)
                    })
            })
        {
            return k;
        }
        if toks[k].kind == Tk::Comma && !toks[k].quoted {
            // A list: another item, then `and` or `or` before the next comma.
            let list = (k + 1..end.min(k + 8))
                .take_while(|&m| toks[m].kind != Tk::Comma || !toks[m].quoted)
                .find(|&m| toks[m].kind != Tk::Word)
                .map_or(end, |m| m);
            let and_next = (k + 1..list.min(end))
                .any(|m| matches!(word(text, &toks[m]), "and" | "or"))
                || (list < end
                    && toks[list].kind == Tk::Comma
                    && (list + 1..end.min(list + 6))
                        .any(|m| matches!(word(text, &toks[m]), "and" | "or")));
            if !and_next {
                return k;
            }
        }
        k += 1;
    }
    end
}

/// [`participle_cut`]; with `clause`, the content is a reported clause (`said the plan
/// is "a mess" and the city cannot pay`), which a coordinated clause with a subject of
/// its own continues after a closing quote.
pub(crate) fn clause_cut(text: &str, toks: &[Tok], a: usize, clause: bool) -> usize {
    // A new clause: a second cue, a participle, a clause with a subject of its own, a
    // new attribution or a comment of the writer's at token `k`; `mark_before` tells
    // whether a quotation mark stands in `toks[a..k]`.
    let new_clause_at = |k: usize, mark_before: bool| -> bool {
        if toks[k].quoted || toks[k].kind != Tk::Word {
            return false;
        }
        let w = word(text, &toks[k]);
        if toks[k - 1].kind != Tk::Comma {
            // `called for "restraint" and warned that …`, `… and then tweeted that …`:
            // a second cue, comma or not.
            let mut v = k + 1;
            if toks.get(v).is_some_and(|t| {
                t.kind == Tk::Word && matches!(word(text, t), "then" | "later" | "also" | "again")
            }) {
                v += 1;
            }
            // `calling the plan a "mess" and accusing the council of …`: a second participle
            // clause, once the content has had its quote.
            let had_quote = || mark_before;
            return matches!(w, "and" | "but")
                && toks.get(v).is_some_and(|t| {
                    t.kind == Tk::Word
                        && !t.quoted
                        && (is_cue_word(text, t) || (is_participle(word(text, t)) && had_quote()))
                });
        }
        let participle = is_participle(w);
        let coordinated_cue = matches!(w, "and" | "but")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == Tk::Word && !t.quoted && is_cue_word(text, t));
        let new_clause = matches!(
            w,
            "but" | "and" | "while" | "though" | "although" | "whereas"
        ) && toks.get(k + 1).is_some_and(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && (matches!(word(text, t), "he" | "she" | "they" | "it" | "I" | "we")
                    || (is_cap(text, t)
                        && toks.get(k + 2).is_some_and(|v| {
                            v.kind == Tk::Word && word(text, v).starts_with(char::is_lowercase)
                        })))
        }) || (matches!(w, "while" | "whereas" | "though" | "although")
                // `…, while the shipping firms opposed it`: a contrast with a subject
                // of its own and a verb.
                && toks.get(k + 1).is_some_and(|t| {
                    t.kind == Tk::Word && lexicon::is_determiner(word(text, t))
                })
                && toks[k + 2..toks.len().min(k + 6)].iter().any(|v| {
                    v.kind == Tk::Word
                        && !v.quoted
                        && (is_cue_word(text, v)
                            || lexicon::with_lower(word(text, v), |x| {
                                lexicon::is_finite_auxiliary(x) || x.ends_with("ed")
                            }))
                }));
        // `…"far too costly", she said there was no money …`: a new attribution
        // after a comma, once the content has had its quote.
        let new_attribution = (lexicon::is_pronoun(w) || is_cap(text, &toks[k]))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == Tk::Word && !t.quoted && is_cue_word(text, t))
            && mark_before;
        // `said the plan was costly, and most voters said …`, `…, while aides say
        // …`: a coordinated clause whose verb is one of saying is an attribution of
        // its own, quotes or not.
        let coordinated_attribution = matches!(w, "and" | "but" | "while" | "whereas")
            && (k + 2..toks.len().min(k + 6))
                .find(|&m| {
                    toks[m].kind != Tk::Word || toks[m].quoted || is_say_word(text, &toks[m])
                })
                .is_some_and(|m| {
                    toks[m].kind == Tk::Word
                        && !toks[m].quoted
                        // The words before the verb are a subject: no verb, no
                        // relative or demonstrative pronoun (`, and who feel …`).
                        && toks[k + 1..m].iter().all(|t| {
                            lexicon::with_lower(word(text, t), |x| {
                                !lexicon::is_finite_auxiliary(x)
                                    && !x.ends_with("ed")
                                    && !matches!(
                                        x,
                                        "that" | "who" | "which" | "what" | "whom" | "it" | "there"
                                            | "this" | "then"
                                    )
                            })
                        })
                });
        // `said turnout was high, which surprised no one`, `…, compared with 40
        // percent in May`: a comment on the whole clause is the writer's.
        let comment = (w == "which"
                || (w == "compared"
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(word(text, t), "with" | "to"))))
                // The cut never leaves the quote of the content behind.
                && (mark_before || !toks[k..].iter().any(|t| t.kind == Tk::Mark));
        participle
            || new_clause
            || coordinated_cue
            || new_attribution
            || coordinated_attribution
            || comment
    };
    // A semicolon outside quotes ends the statement: what follows is a clause of its own.
    let semicolon_at = |k: usize| {
        toks[k].kind == Tk::Colon && !toks[k].quoted && text[toks[k].span.start..].starts_with(';')
    };
    // The content ends at the nearer of two cuts, each the first match of a scan from
    // `a`: the cut after a closing quote ([`quote_cut_at`]) and the end of the clause (a
    // semicolon, or a new clause, before its comma if one stands there). The two scans
    // run side by side and stop once the nearer cut is certain, because either alone
    // may run on to the end of a long paragraph: a paragraph of many quotations made
    // every cue do that, which was quadratic (reliability.md).
    let n = toks.len();
    let mut quote_cut: Option<usize> = None;
    let mut clause_end: Option<usize> = None;
    let mut mark_before = false;
    for k in a + 1..n {
        mark_before |= toks[k - 1].kind == Tk::Mark;
        if quote_cut.is_none() && quote_cut_at(text, toks, k, clause) {
            quote_cut = Some(k);
        }
        if clause_end.is_none() {
            if semicolon_at(k) {
                clause_end = Some(k);
            } else if k >= a + 2 && new_clause_at(k, mark_before) {
                clause_end = Some(if toks[k - 1].kind == Tk::Comma {
                    k - 1
                } else {
                    k
                });
            }
        }
        match (quote_cut, clause_end) {
            (Some(q), Some(c)) => return q.min(c),
            // No quote cut up to `k`: any later one is past the clause's end.
            (None, Some(c)) => return c,
            // A clause end found after `q + 1` would lie after `q` even when a comma
            // moves it back one token.
            (Some(q), None) if k > q => return q,
            _ => {}
        }
    }
    quote_cut.unwrap_or(n).min(clause_end.unwrap_or(n))
}

/// Content that went on past a closing quote stops where a new clause starts right
/// after it (`"…," which he said …`, `"The neighbours" and vows …`): true when token `k`
/// is such a cut.
fn quote_cut_at(text: &str, toks: &[Tok], k: usize, clause: bool) -> bool {
    let closing = toks[k - 1].kind == Tk::Mark
        && k >= 2
        && (toks[k - 2].quoted || toks[k - 2].kind == Tk::Comma);
    if !closing {
        return false;
    }
    let mut m = k;
    if toks[m].kind == Tk::Comma {
        m += 1;
    }
    // `"…" — a phrase she has used before …`: a dash after a closing quote starts an aside.
    if toks[k].kind == Tk::Dash && !text[toks[k].span.start..].starts_with(['(', ')']) {
        return true;
    }
    // `"…" in an interview on Sunday`, `"…" before reversing himself`, `"…" when
    // asked about it`: an adjunct about the saying itself, not what was said.
    if speech_adjunct(text, toks, m) {
        return true;
    }
    // `"…" referring to …`, `"…," referring to …`: a participle after a quote.
    let comma_closed = toks[k - 2].kind == Tk::Comma;
    // `Lee declared the need for grit: "…," she said.`: a quote closed by a
    // comma (or `?`, `!`) and followed by a speaker and a verb of saying ends the
    // content there; that frame names the quote's source, or starts a statement
    // of its own (`…," Park said: "…"`).
    if (comma_closed
        || text[..toks[k - 1].span.start]
            .trim_end()
            .ends_with(['?', '!']))
        && say_frame_at(text, toks, k)
    {
        return true;
    }
    if comma_closed
        && toks
            .get(k)
            .is_some_and(|t| t.kind == Tk::Word && !t.quoted && is_participle(word(text, t)))
    {
        return true;
    }
    toks.get(m).is_some_and(|t| {
        if t.kind != Tk::Word {
            return false;
        }
        let w = word(text, t);
        let next = toks.get(m + 1);
        // `and` / `but` start a new clause only with a subject of their own
        // (`"…," but he also warned …`); `"tired of waiting," but still
        // hopeful about …` and `not "A" but "B"` go on.
        // `"…," and contrasted the two`: a second verb of the subject ends it too.
        // In a reported clause (`said the plan is "a mess" and the city
        // cannot pay`) a clause with its own subject goes on being reported,
        // unless a cue of its own follows (`"…," and Lee said …`).
        let subject = next.is_some_and(|u| {
            u.kind == Tk::Word
                && !u.quoted
                && (lexicon::is_pronoun(word(text, u))
                    || lexicon::is_determiner(word(text, u))
                    || is_cap(text, u))
        });
        // A verb of saying, not of stance: `the council cannot defend it` is
        // still reported.
        let own_cue = || {
            toks[m + 1..toks.len().min(m + 5)].iter().any(|u| {
                u.kind == Tk::Word
                    && !u.quoted
                    && is_cue_word(text, u)
                    && lexicon::cue_at(text, u.span).is_some_and(|c| !c.strength.is_position())
            })
        };
        if matches!(w, "and" | "but") {
            return next.is_some_and(|u| {
                u.kind == Tk::Word
                    && !u.quoted
                    && word(text, u).ends_with("ed")
                    && verb_like(text, u)
            }) || (subject && (!clause || own_cue()));
        }
        // `said the plan was "too costly" while the old one worked`: a
        // contrast with a subject of its own stays in a reported clause.
        if w == "while" && clause && subject && !own_cue() {
            return false;
        }
        matches!(w, "which" | "while" | "though" | "as" | "although")
            && next.is_some_and(|u| u.kind != Tk::Mark && word(text, u) != "that")
    })
}

/// True when the words from token `m` are an adjunct about the act of saying: `in an
/// interview`, `during a speech in Iowa`, `in a tweet on Sunday`, `before reversing
/// himself`, `when asked about it`.
fn speech_adjunct(text: &str, toks: &[Tok], m: usize) -> bool {
    let Some(t) = toks.get(m).filter(|t| t.kind == Tk::Word && !t.quoted) else {
        return false;
    };
    let w = word(text, t);
    let next = |k: usize| {
        toks.get(k)
            .filter(|u| u.kind == Tk::Word && !u.quoted)
            .map(|u| word(text, u))
    };
    match w {
        "before" | "after" | "while" | "when" => {
            next(m + 1).is_some_and(|v| is_participle(v) || v == "asked" || v.ends_with("ly"))
        }
        "in" | "during" | "on" | "at" => (m + 1..toks.len().min(m + 5))
            .take_while(|&k| toks[k].kind == Tk::Word && !toks[k].quoted)
            .any(|k| {
                lexicon::with_lower(word(text, &toks[k]), |v| {
                    matches!(
                        v.trim_end_matches("’s").trim_end_matches("'s"),
                        "interview"
                            | "interviews"
                            | "speech"
                            | "statement"
                            | "tweet"
                            | "post"
                            | "broadcast"
                            | "appearance"
                            | "rally"
                            | "debate"
                            | "conference"
                            | "briefing"
                            | "hearing"
                            | "letter"
                            | "op-ed"
                            | "book"
                            | "radio"
                            | "television"
                            // The medium a statement went out on (`endorsed Lee on
                            // Twitter`, `in a post on its Facebook page`, `on CNN`):
                            // PolNeAR's annotators leave it out of the content as they
                            // do `in an interview` (round 7).
                            | "twitter"
                            | "facebook"
                            | "instagram"
                            | "page"
                            | "channel"
                            | "cnn"
                            | "msnbc"
                            | "fox"
                            | "abc"
                            | "nbc"
                            | "cbs"
                            | "news"
                            | "blog"
                    )
                })
            }),
        _ => false,
    }
}

/// True when the text before `end` is a quote closed by a comma, `?` or `!` (`…,"`):
/// a content piece that runs up to such a quote.
pub(crate) fn closed_by_comma(text: &str, end: usize) -> bool {
    let before = text[..end].trim_end();
    before
        .strip_suffix(['"', '”'])
        .is_some_and(|b| b.trim_end().ends_with([',', '?', '!']))
}

/// True when the tokens from `k` are a speaker and a verb of saying: a personal
/// pronoun or up to three capitalised words, then the verb (`she said`, `Tom Reed
/// added`, `he told the Courier`, `Lee said: "…"`).
fn say_frame_at(text: &str, toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    if t.kind != Tk::Word || t.quoted {
        return false;
    }
    let w = word(text, t);
    let v = if lexicon::is_pronoun(w) && w != "it" {
        k + 1
    } else {
        match (k..(k + 3).min(toks.len())).find(|&m| !is_cap(text, &toks[m]) || toks[m].quoted) {
            Some(m) if m > k => m,
            _ => return false,
        }
    };
    toks.get(v).is_some_and(|c| {
        c.kind == Tk::Word
            && !c.quoted
            && lexicon::cue_at(text, c.span).is_some_and(|cue| cue.strength == Strength::Say)
    })
}

/// True when token `k`, right after a cue, opens that cue's own content: a colon, a
/// quotation mark or `that` (`…," Lee said: "…"` is a new statement, not the source
/// of the quote before it).
pub(crate) fn opens_content(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(t.kind, Tk::Colon | Tk::Mark)
            || (t.kind == Tk::Word && word(text, t).eq_ignore_ascii_case("that"))
    })
}

/// True for a verb of saying, thinking or finding (not of stance): a word whose cue
/// reports a clause.
fn is_say_word(text: &str, t: &Tok) -> bool {
    lexicon::word_cue(word(text, t))
        .is_some_and(|c| matches!(c.strength, Strength::Say | Strength::That))
}
