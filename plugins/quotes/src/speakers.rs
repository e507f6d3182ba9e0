//! Subjects and speakers: who a frame's words belong to.
//!
//! Receives the tokens of one sentence and token positions (usually a cue's); hands on
//! token ranges or spans of the speaker: the phrase before a cue read backwards
//! (`speaker_before`, with appositives and relative clauses), the phrase after an inverted
//! cue (`speaker_after`), the subject of the sentence or of its main clause (`subject`,
//! `clause_subject`), nearer pronouns that take over from a subject, and the tests that
//! tell a speaker from a noun phrase that only looks like one. It knows nothing of
//! content extents or frames.

use dateline_plugin::Span;

use crate::lexicon::{
    self, Cue, Strength, TIME_SPAN_WORDS, group_noun, is_connective, is_post_modifier_preposition,
    is_subordinator, plausible_name_word,
};
use crate::marks::QuoteSpan;
use crate::text::{Tk, Tok};
use crate::words::{
    dateline_len, finite_verb, is_boundary, is_cap, is_cue_word, may_open_dateline, span_of,
    tok_at, verb_like, word,
};

/// `… doesn't surprise pollster Dan Shaw: "…"`, `Polls agree - Carl Bialik: "…"`: the
/// name that ends the words before the colon at token `colon`, when it is a role and a
/// name or a name of two words or more, and not the object of a preposition other than
/// `from` (`More from Lee and Park:`; not `three goals for New York City:`).
pub(crate) fn colon_name(text: &str, toks: &[Tok], colon: usize) -> Option<Span> {
    let (mut a, b) = speaker_before(text, toks, colon)?;
    if b != colon || !is_cap(text, &toks[b - 1]) {
        return None;
    }
    // Only names, roles and the particles of names: `doesn't surprise pollster Dan
    // Shaw` starts at `pollster`; `her toast by reciting a line of Dante Alighieri`
    // is no speaker.
    let name_word = |t: &Tok| {
        let w = word(text, t);
        is_cap(text, t)
            || lexicon::is_person_role(w)
            || matches!(
                w,
                "and" | "of" | "the" | "de" | "da" | "van" | "von" | "al" | "bin"
            )
    };
    while a < b && !(is_cap(text, &toks[a]) || lexicon::is_person_role(word(text, &toks[a]))) {
        a += 1;
    }
    let words = &toks[a..b];
    if !words.iter().all(name_word) {
        return None;
    }
    let role = words.iter().any(|t| lexicon::is_person_role(word(text, t)));
    let caps = words.iter().filter(|t| is_cap(text, t)).count();
    if !(role || caps >= 2) {
        return None;
    }
    if a > 0 && toks[a - 1].kind == Tk::Word {
        let w = lexicon::lower(word(text, &toks[a - 1]));
        if w != "from" && (lexicon::stops_speaker(&w) || lexicon::is_time_word(&w)) {
            return None;
        }
    }
    Some(span_of(toks, a, b))
}

/// The sentence's subject when it is a name, a pronoun or a role (`The Florida
/// senator`): the guess for a speaker of quoted words that no known cue governs.
pub(crate) fn subject(text: &str, toks: &[Tok]) -> Option<Span> {
    let first = toks.first()?;
    if first.kind != Tk::Word || first.quoted {
        return None;
    }
    let w = &text[first.span.start..first.span.end];
    if lexicon::is_pronoun(w) && !w.eq_ignore_ascii_case("it") && !w.eq_ignore_ascii_case("you") {
        return Some(first.span);
    }
    if lexicon::is_determiner(w) {
        // A role: the determiner, modifiers, and a person or organisation noun.
        let mut end = None;
        for (k, t) in toks.iter().enumerate().skip(1).take(5) {
            if t.kind != Tk::Word || t.quoted {
                break;
            }
            let tw = word(text, t);
            // `the FAA issued a statement`: a second determiner, or a lower-case word
            // after a name, starts the predicate.
            if lexicon::is_determiner(tw) || verb_like(text, t) {
                break;
            }
            if lexicon::is_person_role(tw) || lexicon::is_thing_role(tw) {
                end = Some(k + 1);
            }
        }
        // `the justice sounded off …`, `the mayor's right-hand woman rallied …`: a
        // short noun phrase and then a verb in the past.
        if end.is_none()
            && let Some(k) = (1..toks.len().min(5)).find(|&k| {
                toks.get(k).is_some_and(|t| {
                    t.kind == Tk::Word && !t.quoted && {
                        let tw = word(text, t);
                        tw.len() > 3
                            && tw.ends_with("ed")
                            && verb_like(text, t)
                            && !lexicon::is_finite_auxiliary(tw)
                    }
                })
            })
            && toks[1..k].iter().all(|t| {
                let tw = word(text, t);
                t.kind == Tk::Word
                    && !t.quoted
                    && tw.starts_with(char::is_lowercase)
                    && !tw.ends_with("ly")
                    && !tw.ends_with("ing")
                    && !lexicon::stops_speaker(tw)
                    && !is_cue_word(text, t)
            })
            // `His face darted …`: a possessive opens a part or a thing, not a speaker.
            && !lexicon::with_lower(w, |w| matches!(w,
                "his" | "her" | "its" | "their" | "my" | "our" | "your"
            ))
            && k > 1
        {
            end = Some(k);
        }
        // `the FAA issued …`, `the White House said …`: a capitalised name after the
        // article, then a lower-case word (its verb).
        if end.is_none() {
            let caps = toks[1..]
                .iter()
                .take(4)
                .take_while(|t| is_cap(text, t) && !t.quoted)
                .count();
            let verb_next = toks.get(caps + 1).is_some_and(|t| verb_like(text, t));
            if caps > 0 && verb_next {
                end = Some(caps + 1);
            }
        }
        return end.map(|e| span_of(toks, 0, e));
    }
    if !plausible_name_word(w) {
        return None;
    }
    let mut end = 0;
    while end < toks.len()
        && toks[end].kind == Tk::Word
        && !toks[end].quoted
        && text[toks[end].span.start..].starts_with(char::is_uppercase)
    {
        end += 1;
    }
    // The name must be followed by a lower-case word, its verb, or introduce a quote
    // with a colon (`Clinton: "…"`).
    let verb_follows = toks.get(end).is_some_and(|t| {
        (t.kind == Tk::Word && text[t.span.start..].starts_with(char::is_lowercase) && !t.quoted)
            || (t.kind == Tk::Colon && toks.get(end + 1).is_none_or(|m| m.kind == Tk::Mark))
            // `Gov. Ann Bly (R), a loyal ally, …`: a parenthesis or an appositive.
            || (end >= 2 && (t.kind == Tk::Comma || text[t.span.start..].starts_with('(')))
            // `Silva, a party delegate, drew boos`, `Lee, who was speaking …,`, `Lee,
            // clearly frustrated, …`: one name and an appositive or a relative clause.
            || (end == 1
                && t.kind == Tk::Comma
                && !w.ends_with('.')
                && toks.get(end + 1).is_some_and(|d| {
                    let dw = word(text, d);
                    d.kind == Tk::Word
                        && (lexicon::is_determiner(dw)
                            || matches!(dw, "who" | "whose" | "herself" | "himself")
                            || (dw.len() > 4
                                && dw.ends_with("ly")
                                && dw.starts_with(char::is_lowercase)))
                }))
    });
    // A lone sentence opener that is a participle, an adverb or a preposition
    // (`Holding signs …`, `Shortly after …`, `Among them …`) is not a subject.
    let lone_opener = end == 1 && {
        let l = lexicon::lower(w);
        (l.len() > 5 && (l.ends_with("ing") || l.ends_with("ly")))
            || matches!(
                &*l,
                "under"
                    | "along"
                    | "among"
                    | "amid"
                    | "alongside"
                    | "across"
                    | "through"
                    | "against"
                    | "toward"
                    | "towards"
                    | "inside"
                    | "outside"
                    | "beyond"
                    | "behind"
                    | "upon"
                    | "within"
            )
    };
    // `More importantly, …`: an opener and an adverb set off by a comma.
    let adverb_opener = end == 1
        && toks
            .get(1)
            .is_some_and(|t| t.kind == Tk::Word && word(text, t).ends_with("ly") && !t.quoted)
        && toks.get(2).is_some_and(|t| t.kind == Tk::Comma);
    (end > 0 && end <= 6 && verb_follows && !lone_opener && !adverb_opener)
        .then(|| Span::new(first.span.start, toks[end - 1].span.end))
}

/// `in Lee's view`, `in Lee's words`: the possessor whose view the sentence reports,
/// with its possessive ending (`Lee's`).
pub(crate) fn view_owner(text: &str, toks: &[Tok]) -> Option<Span> {
    (0..toks.len()).find_map(|k| {
        let t = &toks[k];
        if t.kind != Tk::Word || t.quoted || !matches!(word(text, t), "in" | "In") {
            return None;
        }
        let mut e = k + 1;
        while e < toks.len() && e - k <= 4 && is_cap(text, &toks[e]) && !toks[e].quoted {
            let w = word(text, &toks[e]);
            if w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’') {
                let noun = toks.get(e + 1).map(|t| word(text, t));
                return matches!(
                    noun,
                    Some("view" | "words" | "opinion" | "estimation" | "account" | "telling")
                )
                .then(|| span_of(toks, k + 1, e + 1));
            }
            e += 1;
        }
        None
    })
}

/// True when a subject of one capitalised word, not a possessive, is followed by a
/// lower-case word that is neither a finite verb, an adverb nor a conjunction: `Good
/// data can …`, `Doing so …` open with no name. (Only for a quote that no cue governs:
/// before a cue, `Lee campaign aide Jo Park said` keeps its first word.)
pub(crate) fn lone_word_before_noun(text: &str, toks: &[Tok], s: Span) -> bool {
    let w = &text[s.start..s.end];
    if w.contains(' ') || w.ends_with("'s") || w.ends_with("’s") || lexicon::is_pronoun(w) {
        return false;
    }
    let next = toks.partition_point(|t| t.span.start < s.end);
    toks.get(next).is_some_and(|t| {
        t.kind == Tk::Word
            && !t.quoted
            && word(text, t).starts_with(char::is_lowercase)
            && !lexicon::is_person_role(word(text, t))
            && !one_word_subject_next(text, t)
    })
}

/// True when the lower-case word after a one-word subject lets it be a name: a finite
/// verb, an adverb or a conjunction (`Lee said`, `Lee also warned`, `Lee and Park`).
fn one_word_subject_next(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    finite_verb(text, t)
        || w.ends_with("n't")
        || (w.len() > 3 && w.ends_with("ly"))
        || lexicon::is_skippable_before_cue(w)
        || matches!(
            w,
            "and"
                | "or"
                | "who"
                | "whose"
                | "himself"
                | "herself"
                | "also"
                | "never"
                | "still"
                | "then"
                | "now"
                | "later"
                | "earlier"
                | "again"
                | "even"
                | "too"
                | "once"
                | "first"
                | "not"
                | "already"
                | "just"
                | "often"
                | "soon"
                | "quickly"
                | "last"
                | "on"
                | "in"
                | "at"
        )
}

/// The subject of the sentence's main clause, past an introduction that ends with a
/// comma (`In a radio interview that evening, the mayor went further`).
///
/// Leading connectives (`And then Park went on the attack, saying …`) are skipped, and
/// so are up to three introductory phrases (`On Friday, after weeks of silence, Park
/// backed the bill, saying …`).
pub(crate) fn clause_subject(text: &str, toks: &[Tok]) -> Option<Span> {
    // `SALEM (Wire) – Lowe has taken …`: a wire dateline is not the clause.
    if let Some(first) = toks.first()
        && may_open_dateline(&text[first.span.start..])
    {
        let para_end = text[first.span.start..]
            .find('\n')
            .map_or(text.len(), |i| first.span.start + i);
        let d = dateline_len(&text[first.span.start..para_end]);
        if d > 0 {
            let k = toks.partition_point(|t| t.span.start < first.span.start + d);
            if k > 0 && k < toks.len() {
                return clause_subject(text, &toks[k..]);
            }
        }
    }
    let a = toks
        .iter()
        .take(3)
        .take_while(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && lexicon::with_lower(word(text, t), |w| {
                    matches!(w, "and" | "but" | "then" | "so" | "yet" | "still" | "now")
                })
        })
        .count();
    if let Some(s) = subject(text, &toks[a..]) {
        return Some(s);
    }
    let mut from = 0;
    for _ in 0..3 {
        let k = from
            + toks[from..]
                .iter()
                .take(20)
                .position(|t| t.kind == Tk::Comma)?;
        if toks[..k].iter().any(|t| t.kind == Tk::Mark) {
            return None;
        }
        if let Some(s) = subject(text, &toks[k + 1..]) {
            // `Speaking at a rally in Salem, New Hampshire, Trump went after …`: a
            // place that ends the introduction is followed by the real subject and
            // its verb.
            let after = tok_at(toks, s.end);
            if after < toks.len()
                && toks[after].kind == Tk::Comma
                && let Some(s2) = subject(text, &toks[after + 1..])
                && toks
                    .get(tok_at(toks, s2.end))
                    .is_some_and(|t| finite_verb(text, t))
            {
                return Some(s2);
            }
            return Some(s);
        }
        from = k + 1;
    }
    None
}

/// The speaker phrase that ends just before token `end` (exclusive), read backwards.
pub(crate) fn speaker_before(text: &str, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let mut e = end;
    // Skip a parenthesis before the cue: `Sen. Ruth Dane (D-Vt.) said`.
    if e > 0 && text[toks[e - 1].span.start..].starts_with(')') {
        let open = (e.saturating_sub(8)..e - 1)
            .rev()
            .find(|&k| text[toks[k].span.start..].starts_with('('))?;
        e = open;
    }
    // `Jo Park — a nurse from Ridgeville — says`: an appositive between dashes.
    if e > 1
        && toks[e - 1].kind == Tk::Dash
        && !text[toks[e - 1].span.start..].starts_with(['(', ')', '[', ']'])
    {
        let open = (e.saturating_sub(20)..e - 1).rev().find(|&k| {
            toks[k].kind == Tk::Dash
                && !text[toks[k].span.start..].starts_with(['(', ')', '[', ']'])
        })?;
        let (a, b) = speaker_before_plain(text, toks, open)?;
        return (is_cap(text, &toks[b - 1]) || lexicon::is_person_role(word(text, &toks[b - 1])))
            .then_some((a, b));
    }
    // Skip adverbs, auxiliaries and time phrases between speaker and cue (`Dana Fine
    // (D-Ore.) last week said`, `Lee on Friday said`).
    loop {
        if e > 0
            && toks[e - 1].kind == Tk::Word
            && lexicon::is_skippable_before_cue(word(text, &toks[e - 1]))
        {
            e -= 1;
        } else if e > 1
            && toks[e - 1].kind == Tk::Word
            && lexicon::is_time_word(word(text, &toks[e - 1]))
            && lexicon::with_lower(word(text, &toks[e - 2]), |w| {
                matches!(w, "last" | "on" | "this" | "earlier" | "early" | "late")
            })
        {
            e -= 2;
        } else if e > 2
            && toks[e - 1].kind == Tk::Word
            && toks[e - 2].kind == Tk::Word
            && lexicon::is_time_word(word(text, &toks[e - 1]))
            && lexicon::is_time_word(word(text, &toks[e - 2]))
            && word(text, &toks[e - 3]).eq_ignore_ascii_case("on")
        {
            // `on Thursday evening`, `on Monday night`.
            e -= 3;
        } else if e > 2
            && word(text, &toks[e - 1]).eq_ignore_ascii_case("ago")
            && let Some(k) = (e.saturating_sub(6)..e - 1).find(|&k| {
                toks[k..e - 1].iter().all(|t| {
                    t.kind == Tk::Word
                        && !t.quoted
                        && (lexicon::is_time_word(word(text, t))
                            || TIME_SPAN_WORDS.contains(&&*lexicon::lower(word(text, t)))
                            || word(text, t).chars().all(|c| c.is_ascii_digit()))
                })
            })
        {
            // `The ministry two weeks ago said`, `Lee less than a year ago said`.
            e = k;
        } else if e > 3
            && word(text, &toks[e - 1]).eq_ignore_ascii_case("past")
            && lexicon::is_determiner(word(text, &toks[e - 2]))
            && matches!(word(text, &toks[e - 3]), "in" | "over")
        {
            // `Lee, who has in the past said`.
            e -= 3;
        } else {
            break;
        }
    }
    if e > 0 && e < end && text[toks[e - 1].span.start..].starts_with(')') {
        let open = (e.saturating_sub(8)..e - 1)
            .rev()
            .find(|&k| text[toks[k].span.start..].starts_with('('))?;
        e = open;
    }
    if e > 0 && toks[e - 1].kind == Tk::Comma && !toks[e - 1].quoted {
        // `…, Gov. Jim Fox (R-Ohio), said`: a comma after a name's parenthesis closes
        // the name, not an appositive.
        if e > 2
            && text[toks[e - 2].span.start..].starts_with(')')
            && let Some((a, b)) = speaker_before(text, toks, e - 1)
            && is_cap(text, &toks[a])
            && (a == 0 || is_boundary(&toks[a - 1]))
        {
            return Some((a, b));
        }
        return appositive_speaker(text, toks, e - 1);
    }
    if e == 0 || toks[e - 1].kind != Tk::Word || toks[e - 1].quoted {
        return None;
    }
    let last = word(text, &toks[e - 1]);
    if lexicon::is_pronoun(last) {
        return Some((e - 1, e));
    }
    // `Yet another said`, `One said`, `Others said`: a pronoun-like quantifier that
    // opens the clause is the speaker.
    if lexicon::with_lower(last, |w| {
        matches!(
            w,
            "another" | "one" | "others" | "many" | "some" | "both" | "several" | "most"
        )
    }) && toks.get(end).is_some_and(|t| {
        matches!(
            word(text, t),
            "said" | "says" | "say" | "added" | "asked" | "wrote" | "told" | "replied"
        )
    }) && (e == 1
        || is_boundary(&toks[e - 2])
        || lexicon::with_lower(word(text, &toks[e - 2]), |w| {
            matches!(w, "yet" | "and" | "but" | "still" | "while")
        }))
    {
        return Some((e - 1, e));
    }
    if lexicon::stops_speaker(last) || lexicon::is_determiner(last) {
        return None;
    }
    let mut s = e - 1;
    let mut n = 1;
    // Where the head noun ends when a prepositional phrase follows it.
    let mut head_end: Option<usize> = None;
    while s > 0 && n < 10 {
        let t = &toks[s - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        if lexicon::is_pronoun(w) {
            break;
        }
        if lexicon::is_determiner(w) {
            s -= 1;
            // `Archbishop X of the Y`: the determiner belongs to an `of` phrase.
            if s >= 2
                && word(text, &toks[s - 1]) == "of"
                && toks[s - 2].kind == Tk::Word
                && is_cap(text, &toks[s - 2])
            {
                s -= 1;
                n += 2;
                continue;
            }
            // `engineers across the region`, `officials in the capital`: the phrase
            // after the determiner modifies the noun before the preposition, which is
            // the head of the speaker.
            if s >= 2
                && head_end.is_none()
                && toks[s - 2].kind == Tk::Word
                && !toks[s - 2].quoted
                && is_post_modifier_preposition(word(text, &toks[s - 1]))
                && (s == 2 || !is_cap(text, &toks[s - 2]))
                && lexicon::with_lower(word(text, &toks[s - 2]), group_noun)
            {
                head_end = Some(s - 1);
                s -= 2;
                n += 3;
                continue;
            }
            break;
        }
        let lw = lexicon::lower(w);
        // `of`, `for` and `and` join the parts of a name or title
        // (`the president of France`, `Biden and al-Sudani`); `in` joins a place or a
        // share (`Democrats in five states`, `six in 10`).
        if matches!(&*lw, "of" | "for" | "and" | "by" | "at" | "in") {
            if s >= 2
                && toks[s - 2].kind == Tk::Word
                && !lexicon::stops_speaker(word(text, &toks[s - 2]))
            {
                s -= 1;
                n += 1;
                continue;
            }
            break;
        }
        if lexicon::stops_speaker(w) {
            break;
        }
        s -= 1;
        n += 1;
    }
    // A leading connective is not part of the speaker, nor is a sentence opener
    // (`Even Morrow said`, `Still, Lane said`).
    while s < e - 1
        && (lexicon::with_lower(word(text, &toks[s]), |w| {
            matches!(w, "of" | "for" | "and" | "by" | "at")
        }) || lexicon::is_not_subject(word(text, &toks[s])))
    {
        s += 1;
    }
    // `An official who spoke on condition of anonymity to discuss the talks said`: the
    // words before the cue end a relative clause; the speaker is its antecedent.
    let relative = (s.saturating_sub(12)..s)
        .rev()
        .take_while(|&k| toks[k].kind == Tk::Word && !toks[k].quoted)
        .find(|&k| word(text, &toks[k]) == "who");
    if let Some(k) = relative
        && k > 0
        && toks[s..e].iter().all(|t| !is_cap(text, t))
        && toks[k + 1].kind == Tk::Word
        && text[toks[k + 1].span.start..].starts_with(char::is_lowercase)
        && let Some(r) = speaker_before(text, toks, k)
    {
        return Some(r);
    }
    plausible_speaker(text, toks, s, head_end.unwrap_or(e)).then_some((s, e))
}

/// A pronoun contracted with an auxiliary right before the cue at token `ci` (`He’s
/// hoping`, `they're also backing`, `I’m asking`), opening its clause: its token and
/// the span of the pronoun alone.
pub(crate) fn contracted_pronoun(text: &str, toks: &[Tok], ci: usize) -> Option<(usize, Span)> {
    let mut k = ci;
    while k > 0
        && toks[k - 1].kind == Tk::Word
        && lexicon::is_skippable_before_cue(word(text, &toks[k - 1]))
    {
        k -= 1;
    }
    let t = toks.get(k.checked_sub(1)?)?;
    if t.kind != Tk::Word || t.quoted {
        return None;
    }
    let w = word(text, t);
    let cut = w.find(['’', '\''])?;
    let (pronoun, rest) = w.split_at(cut);
    let aux = &rest[rest.chars().next()?.len_utf8()..];
    if !lexicon::is_pronoun(pronoun) || !matches!(aux, "s" | "re" | "m" | "ve" | "d" | "ll") {
        return None;
    }
    let k = k - 1;
    let opens = k == 0
        || is_boundary(&toks[k - 1])
        || is_subordinator(word(text, &toks[k - 1]))
        || is_connective(word(text, &toks[k - 1]));
    opens.then(|| (k, Span::new(t.span.start, t.span.start + pronoun.len())))
}

/// The noun phrase that opens the clause of the cue at token `ci` and ends right
/// before it (`Aides to the governor say`, `About 60 percent of voters say`, `Local
/// traders also say`): a fallback for subjects that are neither names nor roles. The
/// phrase holds no verb and its head, the word before the cue, is a group noun, a role
/// or a name.
pub(crate) fn noun_phrase_subject(text: &str, toks: &[Tok], ci: usize) -> Option<(usize, usize)> {
    let mut e = ci;
    while e > 0
        && toks[e - 1].kind == Tk::Word
        && lexicon::is_skippable_before_cue(word(text, &toks[e - 1]))
    {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 9 {
        let t = &toks[s - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        let opens = lexicon::with_lower(w, |lw| {
            is_subordinator(lw) || matches!(lw, "that" | "which" | "who" | "or" | "than")
        });
        if opens {
            break;
        }
        let verb = lexicon::with_lower(w, |lw| {
            lexicon::is_finite_auxiliary(lw)
                || (lw.ends_with("ed") && !lexicon::is_person_role(lw))
                || lexicon::is_pronoun(lw)
        }) || is_cue_word(text, t);
        if verb {
            return None;
        }
        s -= 1;
    }
    if s == e || e - s >= 9 {
        return None;
    }
    let clause_start = s == 0
        || matches!(toks[s - 1].kind, Tk::Comma | Tk::Colon | Tk::Dash)
        || (toks[s - 1].kind == Tk::Word && {
            let w = word(text, &toks[s - 1]);
            is_subordinator(w) || is_connective(w)
        });
    let first = word(text, &toks[s]);
    if !clause_start || lexicon::is_not_subject(first) || lexicon::is_opener(first) {
        return None;
    }
    // The head of `About 60 percent of those at the hearing` is `percent`: the last
    // word before the first preposition.
    let head_at = (s + 1..e)
        .find(|&m| {
            lexicon::with_lower(word(text, &toks[m]), |w| {
                matches!(
                    w,
                    "of" | "at" | "in" | "from" | "on" | "for" | "with" | "to"
                )
            })
        })
        .map_or(e - 1, |m| m - 1);
    let head = word(text, &toks[head_at]);
    let head_ok = is_cap(text, &toks[head_at])
        || lexicon::with_lower(head, |h| {
            group_noun(h)
                || lexicon::is_person_role(h)
                || lexicon::is_thing_role(h)
                // A share of a poll: `About 9 percent said …`.
                || (h == "percent" && head_at > s)
        });
    (head_ok && plausible_speaker(text, toks, s, head_at + 1)).then_some((s, e))
}

/// True when `[s, e)` can hold a position reported by the stance verb at `cue`: a
/// name, a pronoun, a role or an organisation. Stance verbs are nouns as often as verbs
/// (`attacks`, `challenges`, `support`), so a head that is an adjective or a possessive
/// (`the biggest challenges`, `her primary challenge`, `Lee's support`) shows a noun
/// phrase, not a subject; so does `the Capitalised` before a plural (`the Harbour
/// attacks`).
pub(crate) fn stance_subject(text: &str, toks: &[Tok], s: usize, e: usize, cue: Span) -> bool {
    let head = word(text, &toks[e - 1]);
    let lh = lexicon::lower(head);
    if lh.ends_with("'s") || lh.ends_with("’s") || lh.ends_with('\'') || lh.ends_with('’') {
        return false;
    }
    if lexicon::is_pronoun(head) || matches!(&*lh, "who" | "which" | "that") {
        return true;
    }
    if lexicon::is_person_role(&lh) || lexicon::is_thing_role(&lh) {
        return true;
    }
    // A past or participle form cannot be a noun (`Her counterpart described`): any
    // plausible speaker will do.
    let cue_word = &text[cue.start..cue.end];
    let first = cue_word.split(' ').next().unwrap_or(cue_word);
    let past = first.ends_with("ed")
        || first.ends_with("ing")
        || matches!(
            first,
            "saw" | "laid" | "spoke" | "took" | "went" | "stood" | "wrote"
        );
    if past
        && e == s + 2
        && lexicon::with_lower(word(text, &toks[s]), lexicon::is_determiner)
        && !is_cap(text, &toks[e - 1])
    {
        return plausible_speaker(text, toks, s, e);
    }
    // `al-Sudani`, `bin Salman`: a name may open with a lower-case particle.
    let name_head = is_cap(text, &toks[e - 1])
        || head
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase));
    if name_head {
        let plural_noun =
            cue_word.ends_with('s') && !cue_word.ends_with("ss") && !cue_word.contains(' ');
        let determined =
            e == s + 2 && lexicon::with_lower(word(text, &toks[s]), lexicon::is_determiner);
        return !(plural_noun && determined && !past) && plausible_speaker(text, toks, s, e);
    }
    group_noun(&lh) && plausible_speaker(text, toks, s, e)
}

/// True when `[s, e)` can name a speaker: its head (last word) is a name, a pronoun,
/// a role, or a plural noun (`officials`, `critics`); not a time word, an adverb or a
/// preposition (`a friend without`, `last`).
pub(crate) fn plausible_speaker(text: &str, toks: &[Tok], s: usize, e: usize) -> bool {
    let head = word(text, &toks[e - 1]);
    let lh = lexicon::lower(head);
    // `Editor's note:`, `Lee's claims`: a possessive modifies the noun after it.
    if let Some(base) = lh.strip_suffix("'s").or_else(|| lh.strip_suffix("’s"))
        && !lexicon::is_pronoun(base)
    {
        return false;
    }
    // A poll share: `six in 10`, `two in three`.
    if e >= s + 3 && word(text, &toks[e - 2]) == "in" && head.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    if lexicon::is_pronoun(head) || matches!(&*lh, "who" | "which") {
        return true;
    }
    if lexicon::is_person_role(&lh) || lexicon::is_thing_role(&lh) {
        return true;
    }
    if is_cap(text, &toks[e - 1]) {
        let first = word(text, &toks[s]);
        return plausible_name_word(head)
            && !lexicon::is_month_as_written(head)
            && (s + 1 < e || !first.ends_with("ing"))
            && !head.ends_with(".Read");
    }
    !((lh.ends_with("ly") && !lh.contains('-') && !lexicon::is_ly_noun(&lh))
        || lh.ends_with("ing")
        || lexicon::is_time_word(&lh)
        || matches!(
            &*lh,
            "without"
                | "with"
                | "upon"
                | "about"
                | "against"
                | "for"
                | "of"
                | "by"
                | "from"
                | "like"
                | "called"
                | "being"
                | "class"
                | "here"
                | "there"
                | "too"
                | "well"
                | "last"
                | "first"
        ))
}

/// `Jane Doe, the party's chair, said` and `The ad, which aired Monday, argues`: the
/// speaker is the name before the parenthesis that ends at the comma `comma`.
fn appositive_speaker(text: &str, toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
    // The parenthesis may hold commas of its own (`minister for roads, ports,
    // and rail`): try the opening commas from the nearest back.
    let lo = comma.saturating_sub(30);
    let mut nearest = None;
    for open in (lo..comma)
        .rev()
        .filter(|&k| toks[k].kind == Tk::Comma)
        .take(4)
    {
        let Some((a, b)) = appositive_at(text, toks, open, comma) else {
            continue;
        };
        // `Pat Hill, a delegate from Tulsa, Oklahoma, said`: a speaker that opens the
        // clause beats one read inside the parenthesis (`Tulsa`).
        if a == 0 || is_boundary(&toks[a - 1]) || is_subordinator(word(text, &toks[a - 1])) {
            return Some((a, b));
        }
        nearest.get_or_insert((a, b));
    }
    nearest
}

/// The speaker before the parenthesis that opens at token `open` and ends at the comma
/// `comma`, when the words between read as an appositive.
fn appositive_at(text: &str, toks: &[Tok], open: usize, comma: usize) -> Option<(usize, usize)> {
    // A dot inside the sentence is an abbreviation's (`the No. 2 official`).
    if toks[open + 1..comma].iter().any(|t| {
        matches!(t.kind, Tk::Mark | Tk::Colon)
            || t.quoted
            || (t.kind == Tk::Stop && !text[t.span.start..].starts_with('.'))
    }) {
        return None;
    }
    // `The three mayors, however, insist …`: a connective between commas is skipped.
    if comma == open + 2
        && toks[open + 1].kind == Tk::Word
        && is_connective(word(text, &toks[open + 1]))
    {
        return speaker_before_plain(text, toks, open);
    }
    // The parenthesis is an appositive (a determiner, a name or a role) or a relative
    // clause.
    let first = toks.get(open + 1)?;
    let fw = word(text, first);
    // `Lee, in a statement released Monday, said`: a prepositional parenthesis.
    let prepositional =
        matches!(fw, "in" | "at" | "on" | "during" | "after" | "speaking") && comma - open <= 14;
    let parenthetical = prepositional
        || lexicon::is_determiner(fw)
        || is_cap(text, first)
        || matches!(fw, "who" | "which" | "whose")
        || lexicon::is_person_role(fw)
        || toks[open + 1..comma]
            .iter()
            .take(4)
            .any(|t| lexicon::is_person_role(word(text, t)))
        || fw.ends_with("ing")
        || fw.ends_with("ed")
        || text[first.span.start..].starts_with(char::is_numeric);
    // `Ana Ruiz, dressed in yellow, said`, `Tom Hale, himself a candidate, said`:
    // any other parenthesis, when a proper name opening the clause stands before it.
    let loose = !parenthetical && fw.starts_with(char::is_lowercase) && comma - open <= 16;
    if !parenthetical && !loose {
        return None;
    }
    let (a, b) = speaker_before_plain(text, toks, open)?;
    if loose && !(is_cap(text, &toks[b - 1]) && (a == 0 || is_boundary(&toks[a - 1]))) {
        return None;
    }
    // `the transport minister, Paul Mensah, said`: the name in the parenthesis is the
    // speaker's name; keep role and name together.
    if is_cap(text, first)
        && toks[open + 1..comma].iter().all(|t| {
            t.kind == Tk::Word
                && (is_cap(text, t) || matches!(word(text, t), "al" | "bin" | "de" | "van" | "von"))
        })
        && comma - open <= 5
        && lexicon::is_determiner(word(text, &toks[a]))
    {
        return Some((a, comma));
    }
    let head = word(text, &toks[b - 1]);
    // `One attendee, who spoke on condition of anonymity, said`: a noun phrase opened
    // by a determiner or a quantifier before `who` names a person.
    let counted = b - a >= 2
        && fw == "who"
        && (lexicon::is_determiner(word(text, &toks[a]))
            || matches!(word(text, &toks[a]), "One" | "Another" | "one" | "another"));
    (is_cap(text, &toks[b - 1])
        || lexicon::is_pronoun(head)
        || lexicon::is_thing_role(head)
        || lexicon::is_person_role(head)
        || counted)
        .then_some((a, b))
}

/// [`speaker_before`] when a word (or a closing bracket) ends right before `end`.
pub(crate) fn speaker_before_plain(text: &str, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    // A closing bracket is allowed: `Sen. Dan Moss (D-Ore.), noting …, said`.
    let bracket = end > 0 && text[toks[end - 1].span.start..].starts_with(')');
    if end == 0 || (toks[end - 1].kind != Tk::Word && !bracket) {
        return None;
    }
    speaker_before(text, toks, end)
}

/// The speaker phrase that starts at token `start`, read forwards (`said Jane Doe, …`).
pub(crate) fn speaker_after(text: &str, toks: &[Tok], start: usize) -> Option<(usize, usize)> {
    let mut e = start;
    if e < toks.len() && toks[e].kind == Tk::Word && lexicon::is_determiner(word(text, &toks[e])) {
        e += 1;
    }
    let first_content = e;
    if e < toks.len()
        && toks[e].kind == Tk::Word
        && !plausible_name_word(word(text, &toks[e]))
        && !lexicon::is_pronoun(word(text, &toks[e]))
        && is_cap(text, &toks[e])
    {
        return None;
    }
    while e < toks.len() && e - start < 8 && toks[e].kind == Tk::Word && !toks[e].quoted {
        let w = word(text, &toks[e]);
        // `one of those advisers`: a determiner after `of` goes on.
        let after_of = e > start && word(text, &toks[e - 1]).eq_ignore_ascii_case("of");
        if lexicon::stops_speaker(w)
            && !lexicon::with_lower(w, |w| matches!(w, "of" | "for" | "and"))
            && !(after_of && (lexicon::is_determiner(w) || matches!(w, "those" | "these")))
        {
            break;
        }
        if lexicon::is_time_word(w) && e > first_content {
            break;
        }
        e += 1;
    }
    while e > first_content
        && lexicon::with_lower(word(text, &toks[e - 1]), |w| {
            matches!(w, "of" | "for" | "and")
        })
    {
        e -= 1;
    }
    if e == first_content {
        return None;
    }
    let w0 = word(text, &toks[start]);
    if !(is_cap(text, &toks[first_content]) || lexicon::is_pronoun(w0) || e > first_content) {
        return None;
    }
    Some((start, e))
}

/// [`nearer_pronoun`] when its clause runs on to token `end` (no comma closes it) and
/// it is not inside a relative clause about the subject (`Fox, who has backed Lee since
/// he lost, blasted …` keeps Fox).
pub(crate) fn clause_pronoun(text: &str, toks: &[Tok], subj: Span, end: usize) -> Option<Span> {
    let a = tok_at(toks, subj.end);
    // Most frames have no `he` / `she` there: skip the costlier reading.
    if !toks[a.min(end)..end]
        .iter()
        .any(|t| t.kind == Tk::Word && matches!(word(text, t), "he" | "she" | "He" | "She"))
    {
        return None;
    }
    let p = nearer_pronoun(text, toks, subj, end)?;
    let k = tok_at(toks, p.start);
    let relative = toks[a..k]
        .iter()
        .any(|t| t.kind == Tk::Word && matches!(word(text, t), "who" | "whom" | "whose" | "which"));
    let closed = toks[k..end]
        .iter()
        .any(|t| t.kind == Tk::Comma && !t.quoted);
    (!relative && !closed).then_some(p)
}

/// The relative pronoun that is the subject of the cue at token `k` (after the words
/// that may stand between a speaker and the cue), when the clause is not the comma
/// case [`frame`] reads itself: `who` / `that` / `which` after a noun without a comma
/// (`critics who say`, `a message that said`), after a dash, or with an auxiliary or
/// `in the past` before the cue (`Beck, who has in the past described`).
pub(crate) fn relative_subject(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let mut r = k;
    let mut skipped_aux = false;
    loop {
        if r == 0 {
            return None;
        }
        let t = &toks[r - 1];
        if t.kind != Tk::Word || t.quoted {
            return None;
        }
        let w = word(text, t);
        if lexicon::is_finite_auxiliary(w) {
            skipped_aux = true;
            r -= 1;
        } else if lexicon::is_skippable_before_cue(w) {
            r -= 1;
        } else if w == "past"
            && r >= 3
            && word(text, &toks[r - 2]) == "the"
            && word(text, &toks[r - 3]) == "in"
        {
            skipped_aux = true;
            r -= 3;
        } else {
            break;
        }
    }
    let p = r - 1;
    let w = word(text, &toks[p]);
    if !matches!(w, "who" | "which") || p == 0 {
        return None;
    }
    let prev = &toks[p - 1];
    let noun_before = prev.kind == Tk::Word
        && !prev.quoted
        && (is_cap(text, prev) || prev.span.end - prev.span.start > 2)
        && !lexicon::stops_speaker(word(text, prev))
        && !is_cue_word(text, prev);
    let ok = match prev.kind {
        // The comma case without words between is read by `frame` already.
        Tk::Comma => skipped_aux,
        Tk::Dash => true,
        Tk::Word => noun_before,
        _ => false,
    };
    ok.then_some(p)
}

/// `Lee was criticised for it, though last week she used stronger words, saying …`,
/// `Holt started it when he brought up the case and later said …`: a `he` or `she`
/// between the sentence's subject `subj` and the cue at token `end` that opens a clause
/// of its own (after a comma or a conjunction, with no verb of saying or `that` in
/// between) is the nearer subject of the cue.
pub(crate) fn nearer_pronoun(text: &str, toks: &[Tok], subj: Span, end: usize) -> Option<Span> {
    let from = tok_at(toks, subj.end);
    (from..end).rev().find_map(|p| {
        let t = &toks[p];
        if t.kind != Tk::Word || t.quoted || !matches!(word(text, t), "he" | "she" | "He" | "She") {
            return None;
        }
        let next = toks.get(p + 1)?;
        let verb = next.kind == Tk::Word
            && !next.quoted
            && word(text, next).starts_with(char::is_lowercase)
            && !matches!(word(text, next), "that" | "to" | "of" | "and" | "or");
        if !verb {
            return None;
        }
        // The nearest clause boundary before the pronoun.
        let b = (from..p).rev().find(|&m| {
            toks[m].kind == Tk::Comma
                || (toks[m].kind == Tk::Word
                    && matches!(
                        word(text, &toks[m]),
                        "and"
                            | "but"
                            | "though"
                            | "although"
                            | "as"
                            | "when"
                            | "while"
                            | "because"
                            | "since"
                            | "after"
                            | "before"
                            | "yet"
                    ))
        })?;
        let clean = toks[b + 1..p].iter().all(|t| {
            !t.quoted
                && t.kind != Tk::Mark
                && (t.kind != Tk::Word
                    || (!is_cue_word(text, t)
                        && !matches!(word(text, t), "that" | "who" | "whom" | "which")))
        }) && !toks[from..b].iter().any(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && (word(text, t) == "that"
                    // `… a builder who said he was never paid once he …`: a pronoun
                    // inside what someone else said is not the cue's subject.
                    || lexicon::cue_at(text, t.span)
                        .is_some_and(|c| matches!(c.strength, Strength::Say | Strength::That)))
        });
        clean.then_some(t.span)
    })
}

/// The noun phrase that ends just before token `end`, read backwards: a run of
/// capitalised words (`Ray Holt`), or a noun with up to two modifiers and its
/// determiner (`the old water bottles`).
pub(crate) fn antecedent(text: &str, toks: &[Tok], end: usize) -> Option<Span> {
    let last = toks.get(end.checked_sub(1)?)?;
    if last.kind != Tk::Word || last.quoted {
        return None;
    }
    let mut a = end - 1;
    if is_cap(text, last) {
        while a > 0 && is_cap(text, &toks[a - 1]) && !toks[a - 1].quoted {
            a -= 1;
        }
        // A title or a role before the name is kept out (`rebuked Ray Holt` is fine,
        // `Sen.` is part of the run already).
        return Some(span_of(toks, a, end));
    }
    while a > 0 && end - a < 4 {
        let t = &toks[a - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        if lexicon::is_determiner(w) {
            a -= 1;
            break;
        }
        let modifier = w.starts_with(char::is_lowercase)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !lexicon::stops_speaker(w)
            && !lexicon::is_finite_auxiliary(w)
            && !is_cue_word(text, t)
            && !matches!(w, "of" | "for" | "out" | "up" | "off" | "down");
        if !modifier {
            break;
        }
        a -= 1;
    }
    Some(span_of(toks, a, end))
}

/// True when the cue is a passive participle followed by `to` (`the inquiry is
/// expected to publish`, `he is said to have left`): the subject of such a cue is
/// raised from the reported clause and is not its source, which goes unnamed.
pub(crate) fn raised_subject(text: &str, toks: &[Tok], cspan: Span, cue: Cue) -> bool {
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    if ci == 0 || cue.strength == Strength::According || toks[ci - 1].quoted {
        return false;
    }
    let passive = lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
        matches!(w, "was" | "were" | "been" | "being" | "be" | "is" | "are")
    });
    let cue_word = &text[cspan.start..cspan.end];
    let participle = !cue_word.contains(' ')
        && (cue_word.ends_with("ed")
            || matches!(cue_word, "said" | "told" | "thought" | "known" | "seen"));
    passive
        && participle
        && toks
            .get(cj)
            .is_some_and(|t| t.kind == Tk::Word && word(text, t) == "to")
}

/// The token after a quote that opens the sentence, ends in `,`, `?` or `!` and closes
/// before token `ci`.
pub(crate) fn opens_with_closed_quote(
    text: &str,
    toks: &[Tok],
    quotes: &[QuoteSpan],
    ci: usize,
) -> Option<usize> {
    let q = quotes.first()?;
    let first = toks.first()?;
    if first.span.start != q.outer.start || !q.closed {
        return None;
    }
    if !text[q.inner.start..q.inner.end]
        .trim_end()
        .ends_with([',', '?', '!'])
    {
        return None;
    }
    let m = tok_at(toks, q.outer.end);
    (m < ci).then_some(m)
}

/// `"…," Tom Reed, 45, of Austin, Texas, who runs a bakery, said` and `"…," Gov. Jim
/// Fox (R-Ohio), said`: news style puts the speaker's name right after the closing
/// mark and any number of appositives between it and the cue. Returns the token after
/// the quote and the speaker's name phrase, when the phrase right after the quote is a
/// plausible speaker and the words up to the cue are only its appositives. `None` when
/// the plain reading (the speaker right before the cue) already starts at the quote.
pub(crate) fn quote_first(
    text: &str,
    toks: &[Tok],
    quotes: &[QuoteSpan],
    ci: usize,
) -> Option<(usize, usize, usize)> {
    let m = opens_with_closed_quote(text, toks, quotes, ci)?;
    // An abbreviation's dot before a comma (`R-Pa.,`) does not end anything.
    if toks[m..ci].iter().enumerate().any(|(k, t)| {
        matches!(t.kind, Tk::Mark | Tk::Colon)
            || t.quoted
            || (t.kind == Tk::Stop && toks.get(m + k + 1).is_none_or(|u| u.kind != Tk::Comma))
    }) {
        return None;
    }
    // The cue, with adverbs and auxiliaries before it (`…, also said`).
    let mut c = ci;
    while c > m
        && toks[c - 1].kind == Tk::Word
        && lexicon::is_skippable_before_cue(word(text, &toks[c - 1]))
    {
        c -= 1;
    }
    // The name phrase runs from the quote to the first comma or bracket.
    let e = (m..c).find(|&k| toks[k].kind != Tk::Word).unwrap_or(c);
    if e == m || e == c || e - m > 8 || ci - m > 40 {
        return None;
    }
    // The appositives end in a comma or a closing bracket right before the cue.
    let before_cue = &toks[c - 1];
    let closes = before_cue.kind == Tk::Comma
        || (before_cue.kind == Tk::Dash && text[before_cue.span.start..].starts_with(')'));
    if !closes {
        return None;
    }
    let w0 = word(text, &toks[m]);
    let opener = lexicon::is_determiner(w0)
        || (lexicon::is_pronoun(w0) && e == m + 1)
        || (is_cap(text, &toks[m]) && plausible_name_word(w0));
    if !opener || !plausible_speaker(text, toks, m, e) {
        return None;
    }
    // A lower-case word that is not a noun of the phrase is probably a verb (`"…,"
    // Smith joked, and …`): leave such sentences to the other frames.
    if toks[m + 1..e].iter().any(|t| {
        let w = word(text, t);
        w.starts_with(char::is_lowercase)
            && (w.ends_with("ed") || lexicon::stops_speaker(w) && !matches!(w, "of" | "for" | "at"))
            && !lexicon::is_person_role(w)
    }) {
        return None;
    }
    if speaker_before(text, toks, ci).is_some_and(|(ss, _)| ss == m) {
        return None;
    }
    // `the mayor's chief of staff, Sam Ortiz, said`: a role and then the name alone in
    // the appositive; keep both.
    if c - 1 > e + 1
        && c - 1 - (e + 1) <= 4
        && toks[e].kind == Tk::Comma
        && toks[e + 1..c - 1].iter().all(|t| is_cap(text, t))
        && !is_cap(text, &toks[e - 1])
    {
        return Some((m, m, c - 1));
    }
    Some((m, m, e))
}

/// True when a comma and one adverb stand before token `ci` (`…, instead seeking …`,
/// `…, again calling …`): the adverb is no speaker of the participle.
pub(crate) fn comma_adverb(text: &str, toks: &[Tok], ci: usize) -> bool {
    ci > 1
        && toks[ci - 2].kind == Tk::Comma
        && toks[ci - 1].kind == Tk::Word
        && !toks[ci - 1].quoted
        && {
            let w = word(text, &toks[ci - 1]);
            matches!(
                w,
                "instead" | "again" | "also" | "then" | "later" | "even" | "once"
            ) || (w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase))
        }
}
