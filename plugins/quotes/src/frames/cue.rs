//! The frame one cue makes: its speaker, its content, and how the two stand around it.
//!
//! Receives a sentence's tokens, one cue span with its lexicon entry and the sentence's
//! quotes; hands on the cue's [`Found`], or `None` when the cue does not report speech
//! here. The cases run from the most specific to the most general: positions after a
//! possessive and passive stances, intentions and raising verbs, questions after `asked`,
//! a speaker named between a quote and its cue, `according to`, coordinated and relative
//! cues, participles, fronted and inverted cues, and last the plain `speaker cue content`.

use dateline_plugin::{QuoteKind, Span};

use crate::content::{adjunct_end, content_after, content_cut, participle_cut, second_piece};
use crate::found::{Found, build};
use crate::frames::nominal::nominal_frame;
use crate::frames::passive::passive_frame;
use crate::frames::plain::clause_subject_at;
use crate::frames::raising::raising_frame;
use crate::lexicon::{
    self, Cue, FRONTED_INTRO, Strength, is_connective, is_participle, is_subordinator,
};
use crate::marks::QuoteSpan;
use crate::speakers::{
    antecedent, clause_subject, comma_adverb, contracted_pronoun, nearer_pronoun,
    noun_phrase_subject, opens_with_closed_quote, quote_first, relative_subject, speaker_after,
    speaker_before, speaker_before_plain, stance_subject,
};
use crate::text::{Tk, Tok};
use crate::words::{
    count_words, is_boundary, is_cap, is_cue_word, span_of, title_case, tok_at, verb_like, word,
};

/// The frame of the cue `cspan` in a sentence of tokens `toks`, the cases tried in the
/// order the module comment gives.
pub(crate) fn frame_of_cue(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    let n = toks.len();
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    if ci >= n {
        return None;
    }
    // `her support for the bill`, `Lee's calls for calm`: a position held by the
    // possessor.
    if cue.strength.is_position()
        && let Some(f) = nominal_frame(text, toks, cspan, quotes)
    {
        return Some(f);
    }
    if cue.strength == Strength::Nominal {
        return None;
    }
    // `The plan was endorsed by the council`, `a claim first reported by the Courier`:
    // a passive names its source after `by`, and what it is said of is the content.
    if let Some(f) = passive_frame(text, toks, cspan, cue, quotes) {
        return Some(f);
    }
    // The word before the cue is read in lower case without allocating: this runs for
    // every cue of every sentence.
    if ci > 0
        && toks[ci - 1].kind == Tk::Word
        && !toks[ci - 1].quoted
        && lexicon::with_lower(word(text, &toks[ci - 1]), |prev| {
            // `after the result was announced, told …`: a passive cue with nothing after it
            // reports no speech by its subject.
            if matches!(
                prev,
                "was" | "were" | "been" | "being" | "be" | "is" | "are"
            ) && cue.strength != Strength::According
                && toks
                    .get(cj)
                    .is_none_or(|t| matches!(t.kind, Tk::Comma | Tk::Stop))
            {
                return true;
            }
            // `an unprompted call for`, `a rallying call for`, `the reports`: a cue that
            // can be a noun is one after a determiner.
            // (The three tests are closures, made only as far as the first that fails:
            // most cues cannot be nouns, and the role tests are the costliest.)
            let nounable = || {
                lexicon::with_lower(
                    text[cspan.start..cspan.end].split(' ').next().unwrap_or(""),
                    |w| {
                        matches!(
                            w,
                            "call"
                                | "calls"
                                | "claims"
                                | "claim"
                                | "reports"
                                | "report"
                                | "promise"
                                | "promises"
                                | "plans"
                                | "plan"
                                | "hopes"
                                | "fears"
                                | "offer"
                                | "offers"
                                | "show"
                                | "shows"
                                | "notes"
                                | "note"
                                | "states"
                                | "read"
                                | "reads"
                                | "quip"
                                | "quips"
                                | "warning"
                                | "answer"
                                | "want"
                                | "support"
                                | "demand"
                                | "insist"
                                | "argue"
                                | "deny"
                                | "admit"
                        )
                    },
                )
            };
            // A number is a determiner too (`in five states say`).
            let number = || {
                prev.chars().all(|c| c.is_ascii_digit())
                    || matches!(
                        prev,
                        "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "several"
                            | "many"
                            | "both"
                            | "all"
                            | "other"
                            | "key"
                            | "swing"
                    )
            };
            let det_before = || {
                lexicon::is_determiner(prev)
                    || number()
                    || (ci > 1
                        && toks[ci - 2].kind == Tk::Word
                        && lexicon::with_lower(word(text, &toks[ci - 2]), |w| {
                            matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "its")
                        }))
            };
            // `the ad claims`, `the spokesman notes`: after a role noun the cue is its verb.
            let role_before = || lexicon::is_thing_role(prev) || lexicon::is_person_role(prev);
            nounable() && det_before() && !role_before()
        })
    {
        return None;
    }
    // `declined to comment`, `vowed to fight on`, `urged Congress to act`: the
    // infinitive is the content of a reported intention.
    let cue_text = &text[cspan.start..cspan.end];
    if let Some(f) = raising_frame(text, toks, ci, cj, cspan, quotes) {
        return Some(f);
    }
    if lexicon::is_intent(cue_text) {
        let mut t = cj;
        // `urged Congress to act`, `wants Germany to do more`: the one who is to act
        // is part of the intention reported; the hearer of `told them to wait` is not.
        let mut start = cj;
        if cue.object
            && t < n
            && word(text, &toks[t]) != "to"
            && let Some((_, e)) = speaker_after(text, toks, t)
        {
            // (Not an adjunct: `declined for years to …`; not a pronoun, which names
            // no one: `urged them to vote`.)
            let first = word(text, &toks[t]);
            let object = !lexicon::with_lower(cue_text, |w| w.starts_with("tell") || w == "told")
                && !lexicon::with_lower(first, |w| {
                    matches!(
                        w,
                        "for"
                            | "in"
                            | "on"
                            | "at"
                            | "during"
                            | "after"
                            | "before"
                            | "again"
                            | "him"
                            | "her"
                            | "them"
                            | "us"
                            | "me"
                            | "you"
                            | "it"
                    ) || lexicon::is_time_word(w)
                });
            if !object {
                start = e;
            }
            t = e;
        }
        // `vowed to "win every seat"`: the infinitive may open inside the quote.
        if t + 1 < n
            && toks[t].kind == Tk::Word
            && word(text, &toks[t]) == "to"
            && (toks[t + 1].kind == Tk::Word
                || (toks[t + 1].kind == Tk::Mark
                    && toks.get(t + 2).is_some_and(|u| u.kind == Tk::Word)))
        {
            // `…, instead seeking to …`: a participle after a comma is the main
            // clause subject's intention.
            let after_comma = cue_text.ends_with("ing")
                && (ci > 0 && toks[ci - 1].kind == Tk::Comma || comma_adverb(text, toks, ci));
            let participle_subject = || {
                let k = (0..ci).rev().find(|&k| toks[k].kind == Tk::Comma)?;
                match clause_subject(text, &toks[..k]) {
                    Some(s) => Some((tok_at(toks, s.start), tok_at(toks, s.end))),
                    // `"…," Lee said, instead seeking …`: the speaker of the cue
                    // before the comma.
                    None if k > 1 && is_cue_word(text, &toks[k - 1]) => {
                        speaker_before(text, toks, k - 1)
                    }
                    None => None,
                }
            };
            let first = if after_comma {
                participle_subject()
            } else {
                speaker_before(text, toks, ci)
            };
            // `Democrats, who want to keep …`, `the Courier, which declined to …`: a
            // relative pronoun right before the cue, resolved to the noun before it.
            let mut r = ci;
            while r > 0
                && toks[r - 1].kind == Tk::Word
                && lexicon::is_skippable_before_cue(word(text, &toks[r - 1]))
            {
                r -= 1;
            }
            let relative = (first.is_none()
                && r >= 2
                && toks[r - 1].kind == Tk::Word
                && matches!(word(text, &toks[r - 1]), "who" | "which")
                && matches!(toks[r - 2].kind, Tk::Comma | Tk::Word | Tk::Dash))
            .then(|| r - 1);
            let (ss, se) = first.or_else(|| relative.map(|p| (p, p + 1))).or_else(|| {
                let k = ci.checked_sub(1)?;
                matches!(word(text, &toks[k]), "and" | "but").then_some(())?;
                let s = clause_subject(text, &toks[..k])?;
                let a = tok_at(toks, s.start);
                Some((a, tok_at(toks, s.end)))
            })?;
            let end = participle_cut(text, toks, t);
            let end = (t + 1..end)
                .find(|&m| {
                    !toks[m].quoted
                        && (toks[m].kind == Tk::Comma && m > t + 3 || toks[m].kind == Tk::Colon)
                })
                .unwrap_or(end);
            // `Those who want to ban the toll said …`: a relative clause without commas
            // ends before the main clause's verb of saying, or at a dash.
            let end = match relative {
                Some(p) => (t + 1..end)
                    .find(|&m| {
                        !toks[m].quoted
                            && (toks[m].kind == Tk::Dash
                                || (toks[m].kind == Tk::Comma && toks[p - 1].kind == Tk::Comma)
                                || lexicon::cue_at(text, toks[m].span).is_some_and(|c| {
                                    c.strength == Strength::Say
                                        && !word(text, &toks[m]).ends_with("ing")
                                }))
                    })
                    .unwrap_or(end),
                None => end,
            };
            let start = if start < t { start } else { t };
            let mut f = build(
                text,
                toks,
                &[(start, end)],
                quotes,
                false,
                cspan,
                Some(span_of(toks, ss, se)),
            )?;
            if f.kind == QuoteKind::Direct {
                f.kind = QuoteKind::Partial;
            }
            if let Some(p) = relative.filter(|&p| p == ss) {
                f.resolved = if toks[p - 1].kind == Tk::Word {
                    antecedent(text, toks, p)
                } else {
                    speaker_before_plain(text, toks, p - 1).map(|(a, b)| span_of(toks, a, b))
                };
            }
            return Some(f);
        }
        if cue.strength == Strength::Intent {
            return None;
        }
    }
    // `Asked whether he would run, …` and `she asked Lee if the plan was dead`: the
    // question is the content; after `Asked` or `when asked` it has no speaker.
    let asked = ["asked", "asks", "asking", "ask"]
        .iter()
        .any(|a| cue_text.eq_ignore_ascii_case(a));
    // `when asked about the toll`, `Lee was asked to release them`: a question put to
    // someone by no one named, also after a quote (`"…," Lee said when asked about it`).
    let put_to = asked
        && (ci == 0
            || lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
                matches!(
                    w,
                    "when" | "after" | "if" | "once" | "was" | "were" | "being" | "been" | "is"
                )
            }));
    if put_to
        && toks.get(cj).is_none_or(|t| word(text, t) != "by")
        && let Some(p) = (cj..n.min(cj + 6)).find(|&p| {
            toks[p].kind == Tk::Word
                && !toks[p].quoted
                && matches!(word(text, &toks[p]), "about" | "for" | "to")
        })
        && toks[cj..p].iter().all(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && !matches!(
                    word(text, t),
                    "whether" | "if" | "who" | "whom" | "what" | "how" | "why" | "when" | "where"
                )
        })
        && toks.get(p + 1).is_some_and(|t| t.kind == Tk::Word)
    {
        let end = (p + 1..n)
            .find(|&m| {
                !toks[m].quoted
                    && matches!(toks[m].kind, Tk::Comma | Tk::Stop | Tk::Colon | Tk::Mark)
            })
            .unwrap_or(n);
        let end = adjunct_end(text, toks, p + 1, end);
        if let Some(f) = build(text, toks, &[(p, end)], quotes, false, cspan, None) {
            return Some(f);
        }
    }
    if asked && (toks[..ci].iter().all(|t| t.kind != Tk::Mark) || put_to) {
        // `Lee was asked by the moderator, Dan Cole, whether …` (or `, "…"`): the
        // asker named after `by` is the speaker of the question.
        if ci > 0
            && lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
                matches!(w, "was" | "were" | "been" | "being")
            })
            && toks
                .get(cj)
                .is_some_and(|t| t.kind == Tk::Word && word(text, t) == "by")
            && let Some((a, b)) = speaker_after(text, toks, cj + 1)
            && let Some(m) = (b..n.min(b + 20)).find(|&m| {
                !toks[m].quoted
                    && (toks[m].kind == Tk::Mark
                        || toks[m].kind == Tk::Word
                            && matches!(
                                word(text, &toks[m]),
                                "whether" | "if" | "why" | "how" | "what" | "when" | "where"
                            ))
            })
            && toks[b..m]
                .iter()
                .all(|t| !matches!(t.kind, Tk::Stop | Tk::Colon | Tk::Mark))
        {
            let end = if toks[m].kind == Tk::Mark {
                n
            } else {
                (m + 1..n)
                    .find(|&k| !toks[k].quoted && matches!(toks[k].kind, Tk::Stop | Tk::Colon))
                    .unwrap_or(n)
            };
            return build(
                text,
                toks,
                &[(m, end)],
                quotes,
                false,
                cspan,
                Some(span_of(toks, a, b)),
            );
        }
        let mut q = cj;
        // A hearer: `asked Lee whether`, `asked the senator if`.
        while q < n && q < cj + 4 && toks[q].kind == Tk::Word && !toks[q].quoted && {
            let w = word(text, &toks[q]);
            !matches!(
                w,
                "whether" | "if" | "who" | "whom" | "what" | "how" | "why" | "when" | "where"
            )
        } {
            q += 1;
        }
        if q < n
            && toks[q].kind == Tk::Word
            && !toks[q].quoted
            && matches!(
                word(text, &toks[q]),
                "whether" | "if" | "who" | "whom" | "what" | "how" | "why" | "when" | "where"
            )
        {
            let end = (q + 1..n)
                .find(|&m| {
                    !toks[m].quoted && matches!(toks[m].kind, Tk::Comma | Tk::Stop | Tk::Colon)
                })
                .unwrap_or(n);
            let passive = ci == 0
                || lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
                    matches!(
                        w,
                        "when" | "after" | "if" | "once" | "was" | "were" | "being"
                    )
                });
            let speaker = if passive {
                None
            } else {
                speaker_before(text, toks, ci).map(|(a, b)| span_of(toks, a, b))
            };
            if let Some(f) = build(text, toks, &[(q, end)], quotes, false, cspan, speaker) {
                return Some(f);
            }
        }
        // `Lee asked the court for a ruling`, `a voter asked her about the plan`: what
        // is asked for or about, after a hearer of up to four words.
        if let Some(p) = (cj..n.min(cj + 6)).find(|&p| {
            toks[p].kind == Tk::Word
                && !toks[p].quoted
                && matches!(word(text, &toks[p]), "about" | "for")
        }) && p > cj
            && toks[cj..p].iter().all(|t| t.kind == Tk::Word && !t.quoted)
            && ci > 0
            && !lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
                matches!(
                    w,
                    "was" | "were" | "been" | "being" | "when" | "if" | "after" | "once"
                )
            })
            && let Some((a, b)) = speaker_before(text, toks, ci)
        {
            let end = (p + 1..n)
                .find(|&m| {
                    !toks[m].quoted && matches!(toks[m].kind, Tk::Comma | Tk::Stop | Tk::Colon)
                })
                .unwrap_or(n);
            let end = participle_cut(text, toks, p + 1).min(end);
            if let Some(mut f) = build(
                text,
                toks,
                &[(p + 1, end)],
                quotes,
                false,
                cspan,
                Some(span_of(toks, a, b)),
            ) {
                if f.kind == QuoteKind::Indirect {
                    f.kind = QuoteKind::Stance;
                }
                return Some(f);
            }
        }
    }
    // `"…," Tom Reed, 45, of Austin, who runs a bakery, said`: a quote closed by a
    // comma and followed by a name with appositives before the cue is that name's.
    if matches!(cue.strength, Strength::Say | Strength::That)
        && let Some((m, ss, se)) = quote_first(text, toks, quotes, ci)
    {
        let mut ranges = vec![(0, m)];
        ranges.extend(second_piece(text, toks, cj, true));
        return build(
            text,
            toks,
            &ranges,
            quotes,
            false,
            cspan,
            Some(span_of(toks, ss, se)),
        );
    }
    // `continues to battle`, `asked to leave`, `said to be`: not a report of speech;
    // `wrote to Clinton`, `said to reporters` are; so is `"…," she said to cheers`.
    if cue.strength != Strength::According
        && opens_with_closed_quote(text, toks, quotes, ci).is_none()
        && cj + 1 < n
        && toks[cj].kind == Tk::Word
        && word(text, &toks[cj]).eq_ignore_ascii_case("to")
        && !text[cspan.start..cspan.end].contains(' ')
    {
        let next = &toks[cj + 1];
        let nw = word(text, next);
        let hearer = is_cap(text, next)
            || lexicon::is_determiner(nw)
            || matches!(
                nw,
                "him"
                    | "her"
                    | "them"
                    | "me"
                    | "us"
                    | "reporters"
                    | "supporters"
                    | "journalists"
                    | "voters"
                    | "students"
                    | "donors"
            );
        if !hearer {
            return None;
        }
    }
    if cue.strength == Strength::According {
        let (ss, mut se) = speaker_after(text, toks, cj)?;
        // The source runs to the comma or the end (`according to two officials
        // familiar with the talks, …`).
        let stop =
            (se..n).find(|&m| !matches!(toks[m].kind, Tk::Word | Tk::Other) || toks[m].quoted);
        if let Some(m) = stop
            && m - cj <= 14
            && toks[m].kind == Tk::Comma
        {
            se = m;
        } else if stop.is_none_or(|m| toks[m].kind == Tk::Stop && m + 1 >= n) && n - cj <= 14 {
            se = stop.unwrap_or(n);
        }
        // `But according to X, …`, `It did not go unnoticed: according to X, …`: a
        // connective or an introduction ending in a colon opens the sentence.
        let fronted = ci == 0
            || toks[..ci].iter().all(|t| t.kind != Tk::Word)
            || toks[..ci]
                .iter()
                .all(|t| t.kind != Tk::Word || is_connective(word(text, t)))
            || toks[ci - 1].kind == Tk::Colon;
        // A long source phrase opening the sentence runs to its comma (`According to
        // a first count of the ballots cast in the river towns by the county clerk, …`).
        if fronted && stop.is_some_and(|m| toks[m].kind == Tk::Comma && m - cj > 14 && m - cj <= 24)
        {
            se = stop.unwrap_or(se);
        }
        let speaker = Some(span_of(toks, ss, se));
        // `According to X, content.`
        if fronted {
            let start = if se < n && toks[se].kind == Tk::Comma {
                se + 1
            } else {
                se
            };
            return build(text, toks, &[(start, n)], quotes, true, cspan, speaker);
        }
        // `content, according to X.` (or with the phrase in the middle); a connective
        // opening the sentence is not content (`However, the news will …`).
        let mut first = 0;
        while first + 1 < ci && toks[first].kind == Tk::Word {
            let w = word(text, &toks[first]);
            let comma = toks[first + 1].kind == Tk::Comma;
            let connective = matches!(w, "But" | "And" | "So" | "Now")
                || (comma
                    && matches!(
                        w,
                        "Yet"
                            | "Still"
                            | "However"
                            | "Meanwhile"
                            | "Also"
                            | "Indeed"
                            | "Instead"
                            | "Nevertheless"
                            | "Moreover"
                            | "Nonetheless"
                            | "Separately"
                    ));
            if !connective {
                break;
            }
            first += if comma { 2 } else { 1 };
        }
        let mut pieces = vec![(first, ci)];
        if se < n && toks[se].kind == Tk::Comma && count_words(toks, se, n) > 2 {
            pieces.push((se + 1, n));
        }
        return build(text, toks, &pieces, quotes, true, cspan, speaker);
    }

    // `X declined to comment but said …`, `Sanders, who endorsed Canova and said …`:
    // a coordinated cue's speaker is the sentence's subject; `who said …` is spoken
    // by the relative pronoun's antecedent.
    let mut k = ci;
    while k > 0
        && toks[k - 1].kind == Tk::Word
        && lexicon::is_skippable_before_cue(word(text, &toks[k - 1]))
    {
        k -= 1;
    }
    // `Beck, who has in the past described …`, `critics who say …`, `bottles that
    // said, "…"`, `Lee - who previously said …`: the relative pronoun of a clause
    // whose verb is the cue is the speaker, resolved to the noun before it.
    if cue.strength != Strength::QuoteOnly
        && let Some(r) = relative_subject(text, toks, k)
        && let Some(after) = content_after(text, toks, cj, cue)
    {
        let mut end = if cue.strength == Strength::Stance {
            content_cut(text, toks, after, cue)
        } else {
            participle_cut(text, toks, after)
        };
        // A clause set off by a comma or a dash ends at the next one (or at a quote
        // closed by a comma).
        let set_off = r > 0 && matches!(toks[r - 1].kind, Tk::Comma | Tk::Dash);
        if set_off {
            let close = toks[r - 1].kind;
            if let Some(m) = (after + 1..end).find(|&m| {
                (toks[m].kind == close && !toks[m].quoted)
                    || (toks[m].kind == Tk::Mark && toks[m - 1].kind == Tk::Comma)
            }) {
                end = if toks[m].kind == Tk::Mark { m + 1 } else { m };
            }
        }
        let mut f = build(
            text,
            toks,
            &[(after, end)],
            quotes,
            false,
            cspan,
            Some(toks[r].span),
        )?;
        f.resolved = antecedent(text, toks, if set_off { r - 1 } else { r });
        return Some(f);
    }
    if k > 0 && toks[k - 1].kind == Tk::Word {
        let w = lexicon::lower(word(text, &toks[k - 1]));
        // `took the stage and called the plan "a mess"`: a naming verb coordinated
        // with the subject's first verb.
        if matches!(&*w, "and" | "but") {
            let after = content_after(text, toks, cj, cue)?;
            let speaker = clause_subject(text, &toks[..k - 1]);
            speaker?;
            let speaker = speaker.map(|s| nearer_pronoun(text, toks, s, k - 1).unwrap_or(s));
            let end = content_cut(text, toks, after, cue);
            return build(text, toks, &[(after, end)], quotes, false, cspan, speaker);
        }
        if matches!(&*w, "who" | "which")
            && k >= 2
            && toks[k - 2].kind == Tk::Comma
            && cue.strength != Strength::QuoteOnly
            && let Some(after) = content_after(text, toks, cj, cue)
        {
            // The relative clause ends at the next comma (and a stance's object where
            // objects end).
            let end = (after + 1..n)
                .find(|&m| toks[m].kind == Tk::Comma)
                .unwrap_or(n);
            let end = if cue.strength == Strength::Stance {
                end.min(content_cut(text, toks, after, cue))
            } else {
                end
            };
            let mut f = build(
                text,
                toks,
                &[(after, end)],
                quotes,
                false,
                cspan,
                Some(toks[k - 1].span),
            )?;
            f.resolved = speaker_before_plain(text, toks, k - 2).map(|(a, b)| span_of(toks, a, b));
            return Some(f);
        }
    }
    // `…, saying`: a participle after a comma is said by the subject of the main
    // clause, never by a name just before the comma (`Here in Columbia, Lee stepped
    // up his attacks, saying …` is Lee's, not Columbia's).
    let participle = !cue_text.contains(' ') && cue_text.ends_with("ing");
    // `issued a statement saying …`: a document's participle reports what the subject
    // put in it.
    let document_before = ci > 0
        && toks[ci - 1].kind == Tk::Word
        && matches!(
            word(text, &toks[ci - 1]),
            "statement"
                | "letter"
                | "tweet"
                | "post"
                | "release"
                | "email"
                | "memo"
                | "message"
                | "note"
                | "video"
                | "ad"
                | "advertisement"
        );
    // A speaker that does not open its clause (`governor` of `Aides to the governor
    // say`) gives way to the whole noun phrase before the cue when there is one.
    let opens_clause = |ss: usize| {
        ss == 0
            || is_boundary(&toks[ss - 1])
            || is_subordinator(word(text, &toks[ss - 1]))
            || toks[..ss]
                .iter()
                .all(|t| t.kind != Tk::Word || is_connective(word(text, t)))
    };
    // `He’s hoping …`, `they’re backing …`: a pronoun contracted with its auxiliary.
    let contracted = contracted_pronoun(text, toks, ci);
    // (`…, instead seeking …`: an adverb between the comma and the participle is no
    // speaker either.)
    let before = if (participle
        && (ci > 0 && toks[ci - 1].kind == Tk::Comma || comma_adverb(text, toks, ci)))
        || (document_before && cue_text.ends_with("ing"))
    {
        None
    } else {
        match speaker_before(text, toks, ci) {
            Some((ss, se)) if opens_clause(ss) => Some((ss, se)),
            other => contracted
                .map(|(k, _)| (k, k + 1))
                .or_else(|| noun_phrase_subject(text, toks, ci))
                .or_else(|| clause_subject_at(text, toks, cspan, cue))
                .or(other),
        }
    }
    .filter(|&(ss, se)| {
        contracted.is_some_and(|(k, _)| k == ss)
            || cue.strength != Strength::Stance
            || stance_subject(text, toks, ss, se, cspan)
    })
    // `… and carrying signs saying "…"`, `placed ads calling …`: a verb that opens the
    // phrase before a participle is the main clause's, and its object is what follows.
    .map(|(ss, se)| {
        let w = word(text, &toks[ss]);
        let verb = participle
            && se > ss + 1
            && toks[ss].kind == Tk::Word
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ing") || w.ends_with("ed"))
            && !lexicon::is_person_role(w)
            && !lexicon::is_thing_role(w);
        if verb { (ss + 1, se) } else { (ss, se) }
    });
    // `Lee issued a statement saying …`, `at one point calling …`: a participle after
    // the main verb's object or a prepositional phrase is said by the subject of the
    // clause, not by that object.
    if participle
        && let Some((ss, _)) = before
        && ss > 0
        && toks[ss - 1].kind == Tk::Word
        && !toks[ss - 1].quoted
        && !toks[ss.saturating_sub(4)..ss]
            .iter()
            .any(|t| word(text, t) == "with")
        && !matches!(word(text, &toks[ss - 1]), "and" | "but" | "or")
        && !is_subordinator(word(text, &toks[ss - 1]))
        && !lexicon::is_pronoun(word(text, &toks[ss]))
        && let Some(a) = content_after(text, toks, cj, cue)
        && let Some(subj) = clause_subject(text, &toks[..ss])
    {
        let end = participle_cut(text, toks, a);
        return build(text, toks, &[(a, end)], quotes, false, cspan, Some(subj));
    }
    // `The changes, which officials said will take effect in May, …`, `what she said
    // is growing demand`: the relative pronoun and the verb phrase after the cue are
    // what was said.
    if let Some((ss, se)) = before
        && matches!(cue.strength, Strength::Say | Strength::That)
        && ss > 0
        && toks[ss - 1].kind == Tk::Word
        && lexicon::with_lower(word(text, &toks[ss - 1]), |w| {
            matches!(w, "which" | "that" | "what" | "who")
        })
        && toks.get(cj).is_some_and(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && lexicon::with_lower(word(text, t), |w| {
                    lexicon::is_finite_auxiliary(w) || (w.ends_with("ed") && w.len() > 4)
                })
        })
    {
        let end = (cj + 1..n)
            .find(|&m| {
                !toks[m].quoted
                    && matches!(toks[m].kind, Tk::Comma | Tk::Stop | Tk::Colon | Tk::Dash)
            })
            .unwrap_or(n);
        let end = participle_cut(text, toks, cj).min(end);
        return build(
            text,
            toks,
            &[(ss - 1, ss), (cj, end)],
            quotes,
            false,
            cspan,
            Some(span_of(toks, ss, se)),
        );
    }
    if let Some((ss, se)) = before {
        let mut speaker = match contracted {
            Some((k, pronoun)) if k == ss => Some(pronoun),
            _ => Some(span_of(toks, ss, se)),
        };
        // `a short film called "Our Families"`: `called` right after a common noun
        // and right before the quoted name names the thing; the thing is not its
        // speaker.
        let naming = cue_text.eq_ignore_ascii_case("called")
            && toks.get(cj).is_some_and(|t| {
                t.kind == Tk::Mark
                    || (t.kind == Tk::Word
                        && word(text, t) == "the"
                        && toks.get(cj + 1).is_some_and(|m| m.kind == Tk::Mark))
            })
            && {
                let head = &toks[se - 1];
                let hw = word(text, head);
                head.kind == Tk::Word
                    && hw.starts_with(char::is_lowercase)
                    && !lexicon::is_pronoun(hw)
                    && !lexicon::is_person_role(hw)
                    && !matches!(hw, "who" | "which" | "that")
            }
            // `what lawmakers called "fraud"` is their word.
            && !(ss > 0
                && matches!(word(text, &toks[ss - 1]), "what" | "which" | "that" | "whom"));
        if naming {
            // The main clause's subject made the thing known when it is a name or a
            // role (`Carson shared a syllabus called "…"`).
            speaker = clause_subject(text, &toks[..ss]).filter(|s| {
                s.end <= toks[ss].span.start
                    && text[s.start..s.end]
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| {
                            w.starts_with(char::is_uppercase) && !lexicon::is_pronoun(w)
                                || lexicon::is_person_role(w)
                                || lexicon::is_thing_role(w)
                        })
            });
        }
        // Content before the speaker: `"…," Trump said` or `The economy is weak, he said`.
        let prefix_quoted = toks[..ss].iter().any(|t| t.kind == Tk::Mark);
        let has_before = ss > 0
            && is_boundary(&toks[ss - 1])
            && count_words(toks, 0, ss) >= if prefix_quoted { 1 } else { 2 };
        let after = content_after(text, toks, cj, cue);
        let strong_after = after.is_some_and(|a| {
            a < n
                && (toks[a].kind == Tk::Mark
                    || (cue.strength.governs_quotes()
                        && toks[a..].iter().any(|t| t.kind == Tk::Mark))
                    || (a > 0 && word(text, &toks[a - 1]).eq_ignore_ascii_case("that"))
                    || (a > 0 && toks[a - 1].kind == Tk::Colon))
        });
        // Quotes before the speaker count as speech unless they are titles
        // (`Sunday on “Meet the Press,” Issa said …`).
        let before_has_quote = quotes.iter().any(|q| {
            q.outer.end <= toks[ss].span.start
                && (q.outer.start == toks[0].span.start || !title_case(text, q.inner))
        });
        // `Stepping off the bus to cheers of "Ana!," the senator said …`: a
        // participle phrase that opens the sentence is an introduction, quote or not.
        let participle_intro = toks[0].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[0]), is_participle)
            && ss > 1
            && is_boundary(&toks[ss - 1]);
        let intro = toks[0].kind == Tk::Word && {
            let w = word(text, &toks[0]);
            lexicon::is_not_subject(w) || lexicon::is_opener(w) || lexicon::is_time_word(w)
        };
        // `A week later, however, Lane said he was open …`: words before the speaker
        // with no verb of their own are an introduction when a clause follows the cue.
        let verbless_before = !before_has_quote
            && toks.get(cj).is_some_and(|t| t.kind == Tk::Word)
            && !toks[..ss].iter().any(|t| {
                t.kind == Tk::Word
                    && lexicon::with_lower(word(text, t), |w| {
                        lexicon::is_finite_auxiliary(w) || w.ends_with("ed")
                    })
            });
        // `RENO (Wire) — Mayor Vale says the league has gone "soft"`: when only the
        // clause after the cue holds a quote, that clause is what was said.
        let quote_after = after.is_some_and(|a| {
            cj < n
                && toks[cj].kind != Tk::Comma
                && (toks[a..].iter().any(|t| t.kind == Tk::Mark) || count_words(toks, 0, ss) <= 4)
        }) && toks[..ss].iter().all(|t| t.kind != Tk::Mark);
        let prefer_after = after.is_some()
            && ((intro && !before_has_quote) || participle_intro || verbless_before || quote_after);
        // `In a 1988 address, she declared:` at the end of a sentence introduces the
        // quote that follows; the sentence itself holds no content.
        if !before_has_quote
            && cj < n
            && toks[cj].kind == Tk::Colon
            && toks[cj + 1..].iter().all(|t| t.kind != Tk::Word)
        {
            return None;
        }
        // A stance verb reports no words before its subject (`…, Lee endorsed Park`)
        // unless they are quoted.
        let stance_before = cue.strength != Strength::Stance || before_has_quote;
        // `Perhaps, she said, "…"`, `If the plan fails, he said, "we start over"`: the
        // words before an attribution set off by commas are the first piece of what was
        // said when the quote after it goes on with them (in lower case) or follows a
        // lone connective or `Of …`. An introduction that only says when or where it
        // was said (`Minutes later, he wrote, "…"`, `In an interview, she said, "…"`)
        // or a discourse adverb (`Still, she added, "…"`) is not; nor is a name whose
        // appositive stands before the cue (`Ana Ruiz, the mayor, said, "…"`).
        let fronted = ss > 1
            && toks[ss - 1].kind == Tk::Comma
            && !before_has_quote
            && toks[0].kind == Tk::Word
            && toks[..ss].iter().all(|t| t.kind != Tk::Mark)
            && second_piece(text, toks, cj, true).is_some_and(|(a, _)| {
                toks[a].kind == Tk::Mark
                    && toks[a - 1].kind == Tk::Comma
                    && (ss == 2
                        // `Of the plan, she said, "…"`: what it was said of.
                        || word(text, &toks[0]) == "Of"
                        || toks.get(a + 1).is_some_and(|t| {
                            t.quoted && word(text, t).starts_with(char::is_lowercase)
                        }))
            })
            && {
                let w0 = word(text, &toks[0]);
                let setting = toks[..ss - 1].iter().any(|t| {
                    t.kind == Tk::Word
                        && lexicon::with_lower(word(text, t), lexicon::is_fronted_setting)
                });
                let name = toks[..ss - 1]
                    .iter()
                    .all(|t| t.kind != Tk::Word || is_cap(text, t))
                    && !is_cap(text, &toks[ss])
                    && !lexicon::is_pronoun(word(text, &toks[ss]))
                    && !lexicon::is_determiner(word(text, &toks[ss]));
                if ss == 2 {
                    matches!(
                        w0,
                        "But" | "And" | "Yet" | "Nor" | "Instead" | "Perhaps" | "Rather" | "So"
                    )
                } else {
                    // Not a setting, a name, an introduction or a participle phrase
                    // (`When asked about it, …`).
                    let intro = FRONTED_INTRO.contains(&w0)
                        || lexicon::with_lower(w0, is_participle)
                        || (w0 == "When" && word(text, &toks[1]) == "asked");
                    !(setting || name || intro)
                }
            };
        if fronted {
            let mut ranges = vec![(0, ss)];
            ranges.extend(second_piece(text, toks, cj, true));
            return build(text, toks, &ranges, quotes, false, cspan, speaker);
        }
        // `Voters, Lee said, want a change`, `In her state, she said, the schools
        // come first`: a reported clause split around its attribution, quoted in part
        // or not at all;
        // the words before are its first piece unless they only say when it was said.
        if ss > 1
            && cue.strength == Strength::Say
            && toks[ss - 1].kind == Tk::Comma
            && toks[0].kind == Tk::Word
            && toks[..ss].iter().all(|t| t.kind != Tk::Mark)
            && cj + 1 < n
            && toks[cj].kind == Tk::Comma
            && toks[cj + 1].kind == Tk::Word
            && !toks[cj + 1].quoted
            && word(text, &toks[cj + 1]) != "that"
            && !FRONTED_INTRO.contains(&word(text, &toks[0]))
            && !lexicon::with_lower(word(text, &toks[0]), is_participle)
            && !toks[..ss - 1].iter().any(|t| {
                t.kind == Tk::Word
                    && lexicon::with_lower(word(text, t), lexicon::is_fronted_setting)
            })
        {
            let end = content_cut(text, toks, cj + 1, cue);
            return build(
                text,
                toks,
                &[(0, ss - 1), (cj + 1, end)],
                quotes,
                false,
                cspan,
                speaker,
            );
        }
        if has_before
            && stance_before
            && !prefer_after
            && (before_has_quote || !strong_after)
            && toks[ss - 1].kind != Tk::Colon
        {
            // The content runs from the sentence start, unless an introduction ends with
            // a colon first.
            let mut start = 0;
            if let Some(k) = toks[..ss]
                .iter()
                .rposition(|t| t.kind == Tk::Colon && !t.quoted)
                && k + 1 < ss
            {
                start = k + 1;
            }
            let mut ranges = vec![(start, ss)];
            // `"A," she said, "B."`: the part after the cue phrase is a second piece.
            let first_is_quote = toks[start].kind == Tk::Mark;
            ranges.extend(second_piece(text, toks, cj, first_is_quote));
            return build(text, toks, &ranges, quotes, false, cspan, speaker);
        }
        if let Some(a) = after {
            let end = content_cut(text, toks, a, cue);
            // A speaker that is a clause's object (`…the bill he said would…`) is not
            // reliable: require the speaker to open the clause.
            let nominative = se == ss + 1
                && lexicon::with_lower(word(text, &toks[ss]), |w| {
                    matches!(w, "he" | "she" | "they" | "we" | "i" | "it")
                });
            let clause_start = nominative || opens_clause(ss);
            if clause_start || strong_after {
                // `the plan, which he called "a mess"`: the relative pronoun is the
                // object of the naming verb and stands for what was called so.
                let relative = cue.strength.governs_quotes()
                    && ss > 0
                    && toks[ss - 1].kind == Tk::Word
                    && !toks[ss - 1].quoted
                    && matches!(word(text, &toks[ss - 1]), "which" | "who" | "whom" | "what");
                let mut ranges = Vec::new();
                let mut end = end;
                if relative {
                    ranges.push((ss - 1, ss));
                    // The relative clause ends with its quote when a comma or a
                    // coordinated verb follows (`which he called "a mess," was dropped`).
                    if let Some(k) = (a + 1..end).find(|&k| {
                        toks[k].kind == Tk::Mark && toks[k - 1].quoted && !toks[k].quoted
                    }) && (toks[k - 1].kind == Tk::Comma
                        || toks.get(k + 1).is_some_and(|t| {
                            t.kind == Tk::Comma
                                || (t.kind == Tk::Word && matches!(word(text, t), "and" | "but"))
                        }))
                    {
                        end = k + 1;
                    }
                }
                ranges.push((a, end));
                return build(text, toks, &ranges, quotes, false, cspan, speaker);
            }
        }
        return None;
    }
    // `…, saying that …` and `began by saying …`: the participle's speaker is the
    // subject of the sentence.
    let cue_word = &text[cspan.start..cspan.end];
    // `Adding, "…"` at the start of a sentence continues the previous speaker (the
    // caller fills the speaker in).
    let opening = ci == 0
        && cue_word.starts_with(char::is_uppercase)
        && toks
            .get(cj)
            .is_some_and(|t| matches!(t.kind, Tk::Comma | Tk::Colon));
    if cue_word.ends_with("ing")
        && (opening
            || document_before
            || ci > 0
                && (toks[ci - 1].kind == Tk::Comma
                    || comma_adverb(text, toks, ci)
                    // `… videos he calls "Bridge Watch," telling viewers …`, when the
                    // clause before has a subject.
                    || (ci >= 2
                        && toks[ci - 1].kind == Tk::Mark
                        && toks[ci - 2].kind == Tk::Comma
                        && clause_subject(text, &toks[..ci]).is_some())
                    || matches!(
                        word(text, &toks[ci - 1]),
                        "by" | "while" | "after" | "when" | "before" | "upon"
                    )))
        && let Some(a) = content_after(text, toks, cj, cue)
    {
        // `Moss, noting the long lines, said, "…"`: a participle phrase
        // followed by a finite cue before the quote is an appositive, not the frame.
        let first_mark = (cj..n).find(|&k| toks[k].kind == Tk::Mark).unwrap_or(n);
        if toks[cj..first_mark].iter().enumerate().any(|(k, t)| {
            !t.quoted
                && is_cue_word(text, t)
                && !word(text, t).ends_with("ing")
                && toks[cj + k - 1].kind == Tk::Comma
        }) {
            return None;
        }
        let speaker = clause_subject(text, &toks[..ci])
            .map(|s| nearer_pronoun(text, toks, s, ci).unwrap_or(s));
        let end = content_cut(text, toks, a, cue);
        return build(text, toks, &[(a, end)], quotes, false, cspan, speaker);
    }
    // A fronted cue: `Said Ana Ruiz, who lives nearby, "We are proud of her."`
    if ci == 0
        && cue.strength == Strength::Say
        && is_cap(text, &toks[0])
        && let Some((ss, se)) = speaker_after(text, toks, cj)
        && let Some(m) = (se..n).find(|&k| toks[k].kind == Tk::Mark)
        && m > se
        && toks[m - 1].kind == Tk::Comma
        && toks[se..m]
            .iter()
            .all(|t| t.kind != Tk::Stop || !text[t.span.start..].starts_with('.'))
    {
        return build(
            text,
            toks,
            &[(m, n)],
            quotes,
            false,
            cspan,
            Some(span_of(toks, ss, se)),
        );
    }
    // Inverted order: `"…," said Jane Doe.` (never with a stance verb, whose subject
    // comes first: `The reports, dated in June, recommended …`).
    if ci > 0
        && cue.strength != Strength::Stance
        && matches!(toks[ci - 1].kind, Tk::Comma | Tk::Mark)
        && count_words(toks, 0, ci) >= 2
    {
        let (ss, se) = speaker_after(text, toks, cj)?;
        // `Ana Ruiz, dressed in yellow, said the vote could …`: what follows the
        // cue is a clause, not an inverted speaker.
        let pronoun = lexicon::is_pronoun(word(text, &toks[ss]));
        // (`"…," said Lee as she left`: `as` ends like a verb in `-s` but opens a clause.)
        let verb_next = toks.get(se).is_some_and(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && !is_subordinator(word(text, t))
                && (verb_like(text, t) || lexicon::is_finite_auxiliary(word(text, t)))
        });
        // (`said matter-of-factly as …`: an adverb is no speaker.)
        let adverb = {
            let w = word(text, &toks[ss]);
            w.ends_with("ly") && w.starts_with(char::is_lowercase)
        };
        if (pronoun && se > ss + 1) || verb_next || adverb {
            return None;
        }
        let speaker = Some(span_of(toks, ss, se));
        let mut ranges = vec![(0, ci)];
        // `"A," said Ana Ruiz, the campaign director, "and B."`: the second half may
        // follow an appositive.
        let second = (se..n.min(se + 30))
            .take_while(|&j| toks[j].kind != Tk::Stop && !toks[j].quoted)
            .find(|&j| {
                toks[j].kind == Tk::Comma && toks.get(j + 1).is_some_and(|t| t.kind == Tk::Mark)
            });
        if let Some(j) = second {
            ranges.push((j + 1, n));
        }
        return build(text, toks, &ranges, quotes, false, cspan, speaker);
    }
    None
}
