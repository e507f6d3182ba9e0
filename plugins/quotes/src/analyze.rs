//! The attribution rules: from sentences, quotes and cues to quote claims.

use dateline_plugin::{QuoteKind, Span};

use crate::lexicon::{self, Cue, Strength};
use crate::marks::{self, QuoteSpan};
use crate::resolve;
use crate::text::{self, Tk, Tok};

/// One quote found, before it becomes a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Direct, partial, indirect or according-to.
    pub kind: QuoteKind,
    /// The content pieces, in text order.
    pub pieces: Vec<Span>,
    /// The cue.
    pub cue: Option<Span>,
    /// The speaker as written.
    pub speaker: Option<Span>,
    /// The fullest name the speaker resolves to.
    pub resolved: Option<Span>,
    /// The sentence index of the last piece (used to chain follow-on quotes).
    last_sentence: usize,
    /// Further statements in the same sentence: of the same speaker (`…, adding that
    /// …`) or of another one after the first (`Lee backed the plan, while Park said …`).
    extra: Vec<Found>,
}

/// Finds every quote of `text`, whose paragraphs are `paragraphs` when the host found
/// them (hard-wrapped wire copy, where a line is not a paragraph) and its non-blank
/// lines otherwise.
pub fn analyze(text: &str, paragraphs: Option<&[Span]>) -> Vec<Found> {
    let paras = paragraphs.map_or_else(|| marks::paragraphs(text), <[Span]>::to_vec);
    let quotes = marks::quotes(text, &paras);
    let cues = find_cues(text, &quotes);
    let mut sents = Vec::new();
    let mut sent_para = Vec::new();
    let (mut qk, mut ck) = (0, 0);
    for (pi, &p) in paras.iter().enumerate() {
        // A paragraph with no quotation mark, no cue and no closing colon cannot hold a
        // quote: it stays one unsplit sentence, which is much cheaper.
        while qk < quotes.len() && quotes[qk].outer.start < p.start {
            qk += 1;
        }
        while ck < cues.len() && cues[ck].0.start < p.start {
            ck += 1;
        }
        let busy = quotes.get(qk).is_some_and(|q| q.outer.start < p.end)
            || cues.get(ck).is_some_and(|c| c.0.start < p.end)
            || text[p.start..p.end].ends_with(':');
        if busy {
            text::sentences(text, p, &quotes, &mut sents);
        } else {
            sents.push(p);
        }
        sent_para.resize(sents.len(), pi);
    }

    let mut found: Vec<Found> = Vec::new();
    // Quote-only sentences waiting for a speaker in the next sentence.
    let mut pending: Vec<(usize, Span)> = Vec::new();
    // A sentence ending in a colon (`Park put it bluntly:`) hands its speaker to
    // the quote that follows.
    let mut lead: Option<(usize, Option<Span>, Option<Span>)> = None;
    let mut ci = 0;
    for (si, &sent) in sents.iter().enumerate() {
        while ci < cues.len() && cues[ci].0.start < sent.start {
            ci += 1;
        }
        let mut cj = ci;
        while cj < cues.len() && cues[cj].0.end <= sent.end {
            cj += 1;
        }
        let qs_start = quotes.partition_point(|q| q.outer.start < sent.start);
        let qs_end = quotes.partition_point(|q| q.outer.start < sent.end);
        let sent_quotes = &quotes[qs_start..qs_end];
        let ends_colon = text[sent.start..sent.end].trim_end().ends_with(':');
        if ci == cj && sent_quotes.is_empty() && !ends_colon {
            pending.clear();
            continue;
        }
        let toks = text::tokenize(text, sent, &quotes);
        let frame = if ci < cj {
            best_frame(text, &toks, &cues[ci..cj], sent_quotes)
        } else {
            None
        };
        if let Some(mut f) = frame {
            // `Adding, "…"` opening a sentence: the previous statement's speaker goes on.
            if f.speaker.is_none()
                && f.cue.is_some_and(|c| {
                    c.start == sent.start
                        && text[c.start..c.end].ends_with("ing")
                        && text[c.start..].starts_with(char::is_uppercase)
                })
                && let Some(prev) = found.last()
                && prev.last_sentence + 1 >= si
            {
                f.speaker = prev.speaker;
            }
            f.last_sentence = si;
            // A quote sentence just before, in the same paragraph or the paragraph
            // before, belongs to this speaker when this content opens with a quote.
            if f.kind == QuoteKind::Direct && !pending.is_empty() {
                let first = pending.iter().map(|p| p.1);
                let mut pieces: Vec<Span> = first.collect();
                pieces.extend(f.pieces.iter().copied());
                f.pieces = pieces;
                pending.clear();
            }
            // `…, and Park put it bluntly:` ending a sentence that held another frame
            // still hands its last cue's speaker to the quote that follows.
            if ends_colon
                && toks
                    .last()
                    .is_some_and(|t| t.kind == Tk::Colon && !t.quoted)
                && f.cue.is_some_and(|c| c.start < cues[cj - 1].0.start)
            {
                let (lsi, speaker, cue) = lead_in(text, &toks, &cues[cj - 1..cj], si);
                if speaker.is_some() {
                    lead = Some((lsi, speaker, cue));
                }
            }
            let extra = std::mem::take(&mut f.extra);
            sentence_antecedent(text, &toks, &mut f);
            found.push(f);
            for mut g in extra {
                g.last_sentence = usize::MAX - 1;
                sentence_antecedent(text, &toks, &mut g);
                found.push(g);
            }
            continue;
        }
        if ends_colon
            && toks
                .last()
                .is_some_and(|t| t.kind == Tk::Colon && !t.quoted)
        {
            lead = Some(lead_in(text, &toks, &cues[ci..cj], si));
            continue;
        }
        // `"…," Okafor began.`: a quote closed by a comma (or a question or
        // exclamation mark) and followed by a name and a verb is attributed to that name
        // whatever the verb.
        if let Some(f) = quote_then_name(text, &toks, sent_quotes, si) {
            found.push(f);
            continue;
        }
        // No cue governs this sentence. A sentence that is one whole quote continues
        // the previous speaker's quote, or waits for the next sentence's speaker.
        let whole = whole_quote(text, &toks, sent_quotes);
        // `"A," Lee said. Then, "B."`, `"A," Lee said. "B" to the voters.`: a quote
        // sentence with a connective before the quote or a few words of its clause after
        // it goes on with the quote just before, words and all.
        if whole.is_none()
            && let Some(pieces) = loose_continuation(text, &toks, sent_quotes)
            && let Some(prev) = found.last_mut()
            && prev.kind == QuoteKind::Direct
            && prev.last_sentence + 1 == si
            && sent_para[si - 1] == sent_para[si]
        {
            prev.pieces.extend(pieces);
            prev.last_sentence = si;
            // Words outside the marks are content now.
            prev.kind = QuoteKind::Partial;
            continue;
        }
        if let Some(q) = whole {
            let piece = direct_piece(text, q);
            if let Some((lsi, speaker, cue)) = lead.take()
                && lsi + 1 == si
            {
                found.push(Found {
                    kind: QuoteKind::Direct,
                    pieces: vec![piece],
                    cue,
                    speaker,
                    resolved: None,
                    last_sentence: si,
                    extra: Vec::new(),
                });
                continue;
            }
            // A quote paragraph signed by a dash line below it is not a continuation.
            let signed = paras
                .get(sent_para[si] + 1)
                .is_some_and(|&next| dash_attribution(text, next).is_some());
            // `"…` running on into a paragraph `"…," she said.`: the quote goes on in
            // the next paragraph, whose frame names its speaker.
            let runs_on_to_frame = q.continues
                && sents.get(si + 1).is_some_and(|next| {
                    sent_para.get(si + 1) != Some(&sent_para[si])
                        && cues
                            .iter()
                            .any(|(c, _)| c.start >= next.start && c.end <= next.end)
                });
            // `"A," she said, adding that … .` / `"B."`: the quote goes on with the
            // sentence's main frame, not with the second statement.
            let target = match found.len() {
                k if k >= 2 && found[k - 1].last_sentence == usize::MAX - 1 => k - 2,
                k => k.saturating_sub(1),
            };
            // `Lee said the plan had failed.` / `"We tried everything."`: a quote
            // sentence right after reported speech goes on with it.
            if let Some(prev) = found.get_mut(target)
                && !signed
                && !runs_on_to_frame
                && prev.last_sentence + 1 == si
                && prev.kind == QuoteKind::Indirect
                && prev.speaker.is_some()
            {
                prev.kind = QuoteKind::Partial;
                prev.pieces.push(piece);
                prev.last_sentence = si;
                continue;
            }
            if let Some(prev) = found.get_mut(target)
                && !signed
                && !runs_on_to_frame
                && prev.last_sentence + 1 == si
                && matches!(prev.kind, QuoteKind::Direct | QuoteKind::Partial)
                && (prev.kind == QuoteKind::Direct
                    || prev_ends_with_quote(text, prev, &quotes)
                    // `"…," Lee said, according to the Post.` / `"…"`: a whole quote and
                    // the reported speaker and cue.
                    || (prev.pieces.len() == 2
                        && quotes
                            .iter()
                            .any(|q| q.inner.start == prev.pieces[0].start && q.outer.end <= prev.pieces[1].start))
                    || quotes
                        .iter()
                        .any(|q| prev.pieces.iter().any(|p| p.contains(q.outer)))
                    || sents
                        .get(prev.last_sentence)
                        .is_some_and(|p| text[p.start..p.end].trim_end().ends_with(':')))
            {
                prev.pieces.push(piece);
                prev.last_sentence = si;
                continue;
            }
            // `"…," he said, adding that the count was wrong. "…"`: a quote sentence
            // right after a second statement (`adding that …`) in the same paragraph goes
            // on with that statement.
            let n_found = found.len();
            if !signed
                && n_found >= 2
                && found[n_found - 1].last_sentence == usize::MAX - 1
                && found[n_found - 2].last_sentence + 1 == si
                && si > 0
                && sent_para[si - 1] == sent_para[si]
                && found[n_found - 1].speaker.is_some()
                // `"…," Lee told the Post, after Park stated an interest in …`: a
                // second statement of another speaker that quoted nothing does not take
                // the quote that follows.
                && (found[n_found - 1].speaker == found[n_found - 2].speaker
                    || matches!(
                        found[n_found - 1].kind,
                        QuoteKind::Direct | QuoteKind::Partial
                    ))
            {
                let extra = &mut found[n_found - 1];
                extra.pieces.push(piece);
                if extra.kind == QuoteKind::Indirect {
                    extra.kind = QuoteKind::Partial;
                }
                continue;
            }
            // … and the quote goes on with the direct quote of the main statement.
            if !signed
                && n_found >= 2
                && found[n_found - 1].last_sentence == usize::MAX - 1
                && found[n_found - 2].last_sentence + 1 == si
                && found[n_found - 2].kind == QuoteKind::Direct
                && si > 0
                && sent_para[si - 1] == sent_para[si]
            {
                let main = &mut found[n_found - 2];
                main.pieces.push(piece);
                main.last_sentence = si;
                continue;
            }
            if q.continues || (words_in(text, q.inner) >= 4 && !title_case(text, q.inner)) {
                pending.push((si, piece));
                // A whole-quote sentence that no speaker claims by the next sentence is
                // still speech: keep it as a speakerless direct quote.
                let next_para_same = sents
                    .get(si + 1)
                    .is_some_and(|_| sent_para.get(si + 1) == Some(&sent_para[si]) || q.continues);
                if !next_para_same {
                    flush_pending(&mut pending, &mut found, si);
                }
                continue;
            }
        } else {
            flush_pending(&mut pending, &mut found, si.saturating_sub(1));
            // A long quote embedded in a sentence without a known cue is still speech
            // (`She also wants "a full review of every contract …"`); short ones are scare quotes.
            let mut covered = 0;
            for q in sent_quotes {
                if q.outer.start < covered {
                    continue;
                }
                let qi = tok_at(&toks, q.outer.start);
                // `the mayor hailed the deal as a "turning point"`: a verb, its object and
                // `as` before the quote make an evaluation that is reported speech, what
                // ever the verb (`described … as` in the lexicon is one case of it).
                if let Some(f) = as_frame(text, &toks, q, qi, si) {
                    covered = q.outer.end;
                    found.push(f);
                    continue;
                }
                let after_colon = qi > 0 && toks[qi - 1].kind == Tk::Colon;
                let long =
                    words_in(text, q.inner) >= 5 || (after_colon && words_in(text, q.inner) >= 2);
                if long && q.inner.start > sent.start + 1 && !title_case(text, q.inner) {
                    let subj = after_colon
                        .then(|| colon_name(text, &toks, qi - 1))
                        .flatten()
                        .or_else(|| view_owner(text, &toks))
                        .or_else(|| {
                            clause_subject(text, &toks[..qi])
                                .filter(|&s| !lone_word_before_noun(text, &toks[..qi], s))
                                // `Though Lee opposed it, in May she signed a bill
                                // creating the "…"`: a nearer `he` / `she` subject.
                                .map(|s| {
                                    let w = &text[s.start..s.end];
                                    let person = !w.contains("'s")
                                        && !w.contains("’s")
                                        && (lexicon::is_pronoun(w)
                                            || w.starts_with(char::is_uppercase));
                                    person
                                        .then(|| clause_pronoun(text, &toks, s, qi))
                                        .flatten()
                                        .unwrap_or(s)
                                })
                        });
                    // `… that farmers "cannot hold on" but …`: a `that` shortly before
                    // the quote opens the reported clause, which runs to its end.
                    let that = (qi.saturating_sub(20)..qi)
                        .rev()
                        .take_while(|&k| !matches!(toks[k].kind, Tk::Stop | Tk::Colon | Tk::Mark))
                        // (`THAT` in a headline in capitals is no complementiser.)
                        .find(|&k| matches!(word(text, &toks[k]), "that" | "That"));
                    let piece = match that {
                        Some(k) if k < qi => {
                            let end = clause_cut(text, &toks, k + 1, true);
                            let (a, b) = trim_range(&toks, k + 1, end);
                            if a < b {
                                span_of(&toks, a, b)
                            } else {
                                direct_piece(text, q)
                            }
                        }
                        _ => {
                            // `she "might still back the plan"`: a subject pronoun
                            // right before the quote opens the reported clause.
                            // So does a contracted one (`she's "…"`).
                            let subj = (qi.saturating_sub(3)..qi).find(|&k| {
                                toks[k].kind == Tk::Word
                                    && matches!(
                                        word(text, &toks[k])
                                            .split(['\'', '’'])
                                            .next()
                                            .unwrap_or(""),
                                        "he" | "she" | "they" | "it" | "we" | "I"
                                    )
                                    && toks[k + 1..qi].iter().all(|t| t.kind == Tk::Word)
                            });
                            // `a "broken system"`, `the old slogan "…"`:
                            // the quote ends a noun phrase that opens with a determiner.
                            let det = subj
                                .is_none()
                                .then(|| determiner_before(text, &toks, qi))
                                .flatten();
                            match subj {
                                None if let Some(k) = det => {
                                    Span::new(toks[k].span.start, q.outer.end)
                                }
                                Some(k) => {
                                    let end = participle_cut(text, &toks, k);
                                    let (a, b) = trim_range(&toks, k, end);
                                    if a < b {
                                        span_of(&toks, a, b)
                                    } else {
                                        direct_piece(text, q)
                                    }
                                }
                                None => direct_piece(text, q),
                            }
                        }
                    };
                    covered = piece.end;
                    let kind = if piece == direct_piece(text, q) {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    };
                    found.push(Found {
                        kind,
                        pieces: vec![piece],
                        cue: None,
                        speaker: subj,
                        resolved: None,
                        last_sentence: si,
                        extra: Vec::new(),
                    });
                }
            }
        }
    }
    flush_pending(&mut pending, &mut found, sents.len());
    // `"…"` and then a paragraph `— Ana Ruiz, in a debate.`: the dash line
    // names the speaker of the quote paragraph above it (epigraph and fact-check style).
    for f in found.iter_mut().filter(|f| f.speaker.is_none()) {
        let Some(last) = f.pieces.last() else {
            continue;
        };
        let pi = paras.partition_point(|p| p.end < last.end);
        let (Some(para), Some(&next)) = (paras.get(pi), paras.get(pi + 1)) else {
            continue;
        };
        if text[last.end.min(para.end)..para.end]
            .chars()
            .any(char::is_alphanumeric)
        {
            continue;
        }
        if let Some(s) = dash_attribution(text, next) {
            f.speaker = Some(s);
        }
    }
    // `BRIDGE TOLLS RISE AGAIN "The county raised …"`: in a newsletter digest, a
    // headline in capitals that opens the paragraph right before the quote is the
    // name the excerpt is given under.
    for f in found.iter_mut().filter(|f| f.speaker.is_none()) {
        let Some(first) = f.pieces.first() else {
            continue;
        };
        let pi = paras.partition_point(|p| p.end < first.start);
        if let Some(&para) = paras.get(pi)
            && let Some(h) = digest_headline(text, para, first.start)
        {
            f.speaker = Some(h);
        }
    }
    // A quote standing alone after a sentence about a person (`She applauded him.` /
    // `"Lee has stood up for us …"`) is that person's.
    for f in found
        .iter_mut()
        .filter(|f| f.speaker.is_none() && f.cue.is_none())
    {
        let Some(first) = f.pieces.first() else {
            continue;
        };
        let si = sents.partition_point(|s| s.start <= first.start);
        if si < 2 {
            continue;
        }
        let prev = sents[si - 2];
        if sent_para[si - 1].saturating_sub(sent_para[si - 2]) > 1 {
            continue;
        }
        let toks = text::tokenize(text, prev, &quotes);
        if toks.iter().any(|t| t.kind == Tk::Mark) {
            continue;
        }
        // The subject may follow an introduction (`On Monday, the committee
        // issued a statement …`).
        if let Some(s) = clause_subject(text, &toks)
            && {
                let w = &text[s.start..s.end];
                lexicon::is_pronoun(w)
                    || w.starts_with(char::is_uppercase)
                    || w.split(' ').next().is_some_and(lexicon::is_determiner)
            }
        {
            f.speaker = Some(s);
        }
    }
    // `Mayor Lin: The Budget Is a 'Disaster'` and `Ana Ruiz: Well, …`: a line
    // that opens with a name and a colon (headline and transcript style) is that name's.
    for &p in &paras {
        let Some((speaker, content)) = colon_line(text, p) else {
            continue;
        };
        if let Some(f) = found
            .iter_mut()
            .find(|f| f.pieces.iter().any(|q| q.overlaps(content)))
        {
            if f.speaker.is_none() {
                f.speaker = Some(speaker);
            }
            continue;
        }
        let line_quotes = &quotes[quotes.partition_point(|q| q.outer.start < content.start)..];
        let whole = line_quotes
            .first()
            .filter(|q| q.outer.start == content.start && q.outer.end >= content.end);
        let (kind, piece) = match whole {
            Some(q) => (QuoteKind::Direct, direct_piece(text, q)),
            None if line_quotes
                .first()
                .is_some_and(|q| q.outer.start < content.end) =>
            {
                (QuoteKind::Partial, content)
            }
            None => (QuoteKind::Indirect, content),
        };
        found.push(Found {
            kind,
            pieces: vec![piece],
            cue: None,
            speaker: Some(speaker),
            resolved: None,
            last_sentence: usize::MAX,
            extra: Vec::new(),
        });
    }
    for f in &mut found {
        for p in &mut f.pieces {
            *p = trim_lead_in(text, &quotes, *p);
        }
    }
    found.sort_by_key(|f| f.pieces.first().map(|p| p.start));
    resolve::resolve(text, &mut found);
    found
}

/// `Fallon fired back: "…," he wrote.`, `Reed wears a tie in videos he calls "…"`: a
/// `he` or `she` speaker refers to the name that is the subject of its own sentence,
/// before it, more often than to the last speaker; that name is set as the pronoun's
/// antecedent for [`resolve`] (which drops it when the genders clash).
fn sentence_antecedent(text: &str, toks: &[Tok], f: &mut Found) {
    let Some(sp) = f.speaker else {
        return;
    };
    if f.resolved.is_some() || !matches!(&text[sp.start..sp.end], "he" | "she" | "He" | "She") {
        return;
    }
    let k = tok_at(toks, sp.start);
    if k == 0 || k >= toks.len() || toks[k].span != sp {
        return;
    }
    let Some(s) = clause_subject(text, &toks[..k]) else {
        return;
    };
    let words: Vec<&str> = text[s.start..s.end].split_whitespace().collect();
    // The name is the subject of a verb (`Fallon fired back`), not a lone opener
    // (`Specifically, he …`).
    let verb_after = toks.get(tok_at(toks, s.end)).is_some_and(|t| {
        finite_verb(text, t)
            || t.kind == Tk::Word && !t.quoted && lexicon::is_skippable_before_cue(word(text, t))
    });
    let name = s.end <= sp.start
        && verb_after
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && plausible_name_word(w))
        && !words.iter().any(|w| lexicon::is_pronoun(w) || lexicon::is_determiner(w))
        // A lone capitalised word opening the sentence (`Low rates keep …`) is a name
        // only when the article also writes it capitalised inside a sentence.
        && (words.len() > 1 || s.start > toks[0].span.start || name_inside_sentence(text, words[0]));
    if name {
        f.resolved = Some(s);
    }
}

/// A lower-case word that reads as a finite verb: [`verb_like`], an auxiliary, or a
/// common irregular past (`went`, `took`, `wrote`).
fn finite_verb(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    verb_like(text, t)
        || t.kind == Tk::Word
            && !t.quoted
            && (lexicon::is_finite_auxiliary(w)
                || matches!(
                    w,
                    "went"
                        | "took"
                        | "made"
                        | "gave"
                        | "got"
                        | "came"
                        | "sent"
                        | "wrote"
                        | "spoke"
                        | "told"
                        | "said"
                        | "began"
                        | "became"
                        | "held"
                        | "kept"
                        | "left"
                        | "met"
                        | "ran"
                        | "saw"
                        | "stood"
                        | "thought"
                        | "won"
                        | "lost"
                        | "put"
                        | "set"
                        | "hit"
                        | "cut"
                        | "let"
                        | "fought"
                ))
}

/// True when `w` occurs in `text` after a lower-case word and a space, as a whole word:
/// a capitalised word there is a name, not a sentence opener.
fn name_inside_sentence(text: &str, w: &str) -> bool {
    text.match_indices(w).any(|(i, _)| {
        let before = text[..i].strip_suffix(' ').unwrap_or("");
        let after = text[i + w.len()..].chars().next();
        before.chars().last().is_some_and(|c| c.is_lowercase())
            && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `… doesn't surprise pollster Dan Shaw: "…"`, `Polls agree - Carl Bialik: "…"`: the
/// name that ends the words before the colon at token `colon`, when it is a role and a
/// name or a name of two words or more, and not the object of a preposition other than
/// `from` (`More from Lee and Park:`; not `three goals for New York City:`).
fn colon_name(text: &str, toks: &[Tok], colon: usize) -> Option<Span> {
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
        let w = word(text, &toks[a - 1]).to_ascii_lowercase();
        if w != "from" && (lexicon::stops_speaker(&w) || lexicon::is_time_word(&w)) {
            return None;
        }
    }
    Some(span_of(toks, a, b))
}

/// The headline in capitals that opens `para` and ends right before the opening mark
/// of the quote whose content starts at `at` (`TOLLS RISE AGAIN "…"`): three words or
/// more, every letter a capital.
fn digest_headline(text: &str, para: Span, at: usize) -> Option<Span> {
    if at <= para.start || at > para.end {
        return None;
    }
    let before = text[para.start..at].trim_end_matches(['"', '“', '«']);
    let head = before.trim_end_matches([' ', '\u{a0}']);
    let words = head.split_whitespace().count();
    let capitals = head.chars().any(char::is_alphabetic)
        && head.chars().all(|c| !c.is_lowercase())
        && head
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 3;
    // The opening mark must follow the headline directly.
    (before.len() < text[para.start..at].len() && words >= 3 && capitals && head.len() <= 120)
        .then(|| Span::new(para.start, para.start + head.len()))
}

/// The name of a paragraph that is a dash and a name (`— Ana Ruiz.`, `-Jane Doe,
/// Springfield.`), up to the first comma or full stop.
fn dash_attribution(text: &str, para: Span) -> Option<Span> {
    let p = &text[para.start..para.end];
    let body = p.trim_start_matches(['-', '—', '–', ' ']);
    if body.len() == p.len() || body.len() > 120 || !body.starts_with(char::is_uppercase) {
        return None;
    }
    let start = para.start + (p.len() - body.len());
    let name_len = body.find([',', '(', ';']).unwrap_or(body.len());
    let name = body[..name_len].trim_end().trim_end_matches('.');
    let words = name.split_whitespace().count();
    if name.is_empty()
        || words > 6
        || !name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase) && w.len() > 1)
    {
        return None;
    }
    Some(Span::new(start, start + name.len()))
}

/// `she added on Monday, "If …"` and `came straight from the mayor: "Do not
/// …"`: words that only introduce a quote (a colon, or a cue and a comma, before the
/// opening mark) are not part of the content; the piece starts at the quote.
fn trim_lead_in(text: &str, quotes: &[QuoteSpan], piece: Span) -> Span {
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

/// `Subject verb object as "…"`: the claim from the object to the quote's end, spoken by
/// the subject.
fn as_frame(text: &str, toks: &[Tok], q: &QuoteSpan, qi: usize, si: usize) -> Option<Found> {
    let mut k = qi.checked_sub(1)?;
    if toks[k].kind == Tk::Word && matches!(word(text, &toks[k]), "a" | "an" | "the") {
        k = k.checked_sub(1)?;
    }
    if toks[k].kind != Tk::Word || toks[k].quoted || word(text, &toks[k]) != "as" {
        return None;
    }
    let subj = clause_subject(text, &toks[..k])?;
    let after_subj = tok_at(toks, subj.end);
    let verb = (after_subj..k).find(|&v| verb_like(text, &toks[v]))?;
    if k - verb > 12
        || verb + 1 >= k
        || toks[after_subj..verb]
            .iter()
            .any(|t| t.kind != Tk::Word || !lexicon::is_skippable_before_cue(word(text, t)))
    {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Partial,
        pieces: vec![Span::new(toks[verb + 1].span.start, q.outer.end)],
        cue: Some(toks[verb].span),
        speaker: Some(subj),
        resolved: None,
        last_sentence: si,
        extra: Vec::new(),
    })
}

/// The determiner that opens the noun phrase ending at the quote at token `qi`: up to
/// three lower-case modifiers between them (`the old slogan "…"`, `a "…"`).
fn determiner_before(text: &str, toks: &[Tok], qi: usize) -> Option<usize> {
    (qi.saturating_sub(4)..qi).rev().find(|&k| {
        let w = word(text, &toks[k]);
        toks[k].kind == Tk::Word
            && !toks[k].quoted
            && matches!(
                w,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "this" | "these"
            )
            && toks[k + 1..qi].iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && word(text, t).starts_with(char::is_lowercase)
                    && !is_cue_word(text, t)
                    && !lexicon::stops_speaker(word(text, t))
            })
    })
}

/// Labels that open a line with a colon without naming a speaker.
const LINE_LABELS: &[&str] = &[
    "update",
    "updated",
    "watch",
    "related",
    "photo",
    "photos",
    "video",
    "note",
    "read",
    "source",
    "sources",
    "correction",
    "warning",
    "listen",
    "transcript",
    "editor's note",
    "editor’s note",
    "more",
    "also",
    "see",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "q",
    "a",
    "question",
    "answer",
    "where",
    "when",
    "what",
    "who",
    "why",
    "how",
    "top stories",
    "subscribe",
    "follow",
    "contact",
    "email",
    "twitter",
    "getty",
    "ap",
    "reuters",
    "credit",
    "caption",
    "image",
    "images",
    "file",
    "topics",
    "tags",
    "share",
    "disclaimer",
    "p.s",
];

/// A paragraph `Name: content`: the name (one to six capitalised words, `of` and `the`
/// allowed inside) and the content after the colon, which must hold three words or more.
fn colon_line(text: &str, para: Span) -> Option<(Span, Span)> {
    let p = &text[para.start..para.end];
    // Only the first 60 bytes can hold the colon: look no further.
    let head = &p.as_bytes()[..p.len().min(61)];
    let colon = head
        .windows(2)
        .position(|w| w == b": ")
        .filter(|&c| c > 0)?;
    let name = p[..colon].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || LINE_LABELS.contains(&name.to_lowercase().as_str()) {
        return None;
    }
    let name_like = words.iter().enumerate().all(|(k, w)| {
        w.starts_with(char::is_uppercase)
            || (k > 0
                && k + 1 < words.len()
                && matches!(*w, "of" | "the" | "at" | "for" | "and" | "to"))
    }) && words.iter().any(|w| w.chars().any(char::is_lowercase))
        && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && !lexicon::is_time_word(words[0])
        && plausible_name_word(words[0]);
    if !name_like {
        return None;
    }
    let rest = &p[colon + 1..];
    let lead = rest.len() - rest.trim_start().len();
    let content = Span::new(para.start + colon + 1 + lead, para.end);
    if text[content.start..content.end].split_whitespace().count() < 3 {
        return None;
    }
    let start = para.start + (p.len() - p.trim_start().len());
    // `Mayor Lin to the council: …` (headline style): the speaker is who comes before
    // `to`, the audience after it.
    let name = name.find(" to ").map_or(name, |k| &name[..k]);
    Some((Span::new(start, start + name.len()), content))
}

fn flush_pending(pending: &mut Vec<(usize, Span)>, found: &mut Vec<Found>, si: usize) {
    if pending.is_empty() {
        return;
    }
    let pieces: Vec<Span> = pending.iter().map(|p| p.1).collect();
    found.push(Found {
        kind: QuoteKind::Direct,
        pieces,
        cue: None,
        speaker: None,
        resolved: None,
        last_sentence: si.max(pending.last().map_or(0, |p| p.0)),
        extra: Vec::new(),
    });
    pending.clear();
}

fn prev_ends_with_quote(text: &str, f: &Found, quotes: &[QuoteSpan]) -> bool {
    let Some(last) = f.pieces.last() else {
        return false;
    };
    let i = quotes.partition_point(|q| q.inner.end < last.end);
    quotes
        .get(i)
        .is_some_and(|q| q.inner.end <= last.end + 1 && q.inner.end + 8 >= last.end)
        || text[..last.end].ends_with(['"', '”'])
}

/// True when a quote reads as a title or a name (`“Winter Comes to Maple Street”`): every
/// word capitalised but the small function words.
fn title_case(text: &str, span: Span) -> bool {
    let s = text[span.start..span.end].trim_end_matches([',', '.']);
    let mut n = 0;
    for w in s.split_whitespace() {
        n += 1;
        let small = matches!(
            w,
            "of" | "the"
                | "and"
                | "a"
                | "an"
                | "in"
                | "on"
                | "for"
                | "to"
                | "with"
                | "is"
                | "at"
                | "or"
                | "by"
        );
        if !small
            && !w.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || !c.is_alphanumeric())
        {
            return false;
        }
    }
    n > 0 && n <= 8
}

/// Counts the words of a span.
fn words_in(text: &str, span: Span) -> usize {
    text[span.start..span.end].split_whitespace().count()
}

/// The quote's inner span, without the comma that English puts before the closing mark.
fn direct_piece(text: &str, q: &QuoteSpan) -> Span {
    dateline_plugin::text::trim_span(text, q.inner, &[','])
}

/// The quote that makes up the whole sentence, if any (punctuation aside), or that
/// opens it with no speaker after it (`"…," which he thinks …`).
fn whole_quote<'q>(text: &str, toks: &[Tok], quotes: &'q [QuoteSpan]) -> Option<&'q QuoteSpan> {
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

/// The pieces of a sentence that is one quote with a connective before it (`Then, "…"`,
/// `Instead, "…"`) or a few words of its clause after it (`"…" to the voters.`), but
/// no cue: the words outside the quote read as part of what was said.
fn loose_continuation(text: &str, toks: &[Tok], quotes: &[QuoteSpan]) -> Option<Vec<Span>> {
    let q = quotes.first()?;
    if !q.closed || quotes.len() > 1 {
        return None;
    }
    let open = tok_at(toks, q.outer.start);
    let close = tok_at(toks, q.outer.end);
    let lead_ok = match open {
        0 => true,
        1 | 2 => {
            toks[0].kind == Tk::Word
                && is_connective(word(text, &toks[0]))
                && is_cap(text, &toks[0])
                && (open == 1 || toks[1].kind == Tk::Comma)
        }
        _ => false,
    };
    let mut end = toks.len();
    while end > close && toks[end - 1].kind == Tk::Stop {
        end -= 1;
    }
    let tail = &toks[close.min(end)..end];
    let tail_ok = tail.is_empty()
        || (tail.len() <= 8
            && tail[0].kind == Tk::Word
            && tail.iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    // A verb of saying would attribute the quote anew.
                    && !lexicon::cue_at(text, t.span).is_some_and(|c| c.strength == Strength::Say)
            }));
    if !lead_ok || !tail_ok || (open == 0 && tail.is_empty()) {
        return None;
    }
    // The words outside the marks are pieces of their own, beside the quote's.
    let mut pieces = Vec::new();
    if open > 0 {
        pieces.push(toks[0].span);
    }
    pieces.push(direct_piece(text, q));
    if !tail.is_empty() {
        pieces.push(Span::new(tail[0].span.start, toks[end - 1].span.end));
    }
    Some(pieces)
}

fn quote_then_name(text: &str, toks: &[Tok], quotes: &[QuoteSpan], si: usize) -> Option<Found> {
    let q = quotes.first()?;
    if toks.first()?.span.start != q.outer.start || !q.closed {
        return None;
    }
    let inner = text[q.inner.start..q.inner.end].trim_end();
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let k = tok_at(toks, q.outer.end);
    // `"…," remembered Roy Vale, a former aide.`: inverted, with any verb in `-ed`.
    if let Some(v) = toks.get(k).filter(|t| {
        let w = word(text, t);
        t.kind == Tk::Word
            && !t.quoted
            && w.len() > 4
            && w.ends_with("ed")
            && w.starts_with(char::is_lowercase)
    }) && let Some((a, b)) = speaker_after(text, toks, k + 1)
        && (is_cap(text, &toks[b - 1]) || lexicon::is_person_role(word(text, &toks[b - 1])))
    {
        return Some(Found {
            kind: QuoteKind::Direct,
            pieces: vec![direct_piece(text, q)],
            cue: Some(v.span),
            speaker: Some(span_of(toks, a, b)),
            resolved: None,
            last_sentence: si,
            extra: Vec::new(),
        });
    }
    let (a, mut b) = speaker_after(text, toks, k)?;
    // `"…," the Danes argue in …`: the speaker phrase read too far and took the verb.
    let verb_like = |t: Option<&Tok>| {
        t.is_some_and(|t| {
            t.kind == Tk::Word && !t.quoted && {
                let v = word(text, t);
                v.starts_with(char::is_lowercase)
                    && !lexicon::stops_speaker(v)
                    && !lexicon::is_determiner(v)
                    && !matches!(v, "of" | "for" | "and" | "in" | "on" | "at" | "to")
            }
        })
    };
    if !verb_like(toks.get(b)) && b > a + 1 && verb_like(toks.get(b - 1)) {
        b -= 1;
    }
    let head = word(text, &toks[b - 1]);
    let named =
        is_cap(text, &toks[b - 1]) || lexicon::is_pronoun(head) || lexicon::is_person_role(head);
    let verb = toks.get(b).filter(|t| t.kind == Tk::Word && !t.quoted)?;
    let vw = word(text, verb);
    if !named
        || !vw.starts_with(char::is_lowercase)
        || lexicon::stops_speaker(vw)
        || lexicon::is_determiner(vw)
        || matches!(vw, "of" | "for" | "and" | "in" | "on" | "at" | "to")
    {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Direct,
        pieces: vec![direct_piece(text, q)],
        cue: Some(verb.span),
        speaker: Some(span_of(toks, a, b)),
        resolved: None,
        last_sentence: si,
        extra: Vec::new(),
    })
}

/// The speaker and cue of a sentence that introduces a quote with a colon.
fn lead_in(
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    si: usize,
) -> (usize, Option<Span>, Option<Span>) {
    for &(cspan, _) in cues {
        let ci = tok_at(toks, cspan.start);
        let cj = tok_at(toks, cspan.end);
        if let Some((a, b)) =
            speaker_before(text, toks, ci).or_else(|| speaker_after(text, toks, cj))
        {
            return (si, Some(span_of(toks, a, b)), Some(cspan));
        }
    }
    (si, clause_subject(text, toks), None)
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
            && !matches!(
                w.to_ascii_lowercase().as_str(),
                "his" | "her" | "its" | "their" | "my" | "our" | "your"
            )
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
        let l = w.to_ascii_lowercase();
        (l.len() > 5 && (l.ends_with("ing") || l.ends_with("ly")))
            || matches!(
                l.as_str(),
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
fn view_owner(text: &str, toks: &[Tok]) -> Option<Span> {
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
fn lone_word_before_noun(text: &str, toks: &[Tok], s: Span) -> bool {
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

/// A lower-case word that reads as a finite verb after a name: a past form (`issued`),
/// a present form in `-s` (`argues`) or a cue (`told`), not a role noun.
fn verb_like(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    t.kind == Tk::Word
        && !t.quoted
        && w.starts_with(char::is_lowercase)
        && !lexicon::is_person_role(w)
        && !lexicon::is_thing_role(w)
        && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") || is_cue_word(text, t))
}

/// True when a capitalised sentence opener can start a name: not a function word, a
/// time word, a participle or an adverb.
fn plausible_name_word(w: &str) -> bool {
    !(lexicon::stops_speaker(w)
        || lexicon::is_time_word(w)
        || NOT_SUBJECT.contains(&w)
        || MONTHS.contains(&w)
        || OPENERS.contains(&w)
        || NUMBER_WORDS.contains(&w)
        || (w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) && w.len() > 4))
}

/// Capitalised number words: `Thirteen years earlier, …` opens with no name.
const NUMBER_WORDS: &[&str] = &[
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
    "Twenty",
    "Thirty",
    "Forty",
    "Fifty",
    "Hundreds",
    "Thousands",
    "Dozens",
    "Millions",
];

/// Capitalised adverbs and participles that open sentences and are never names (a
/// list, not a suffix rule: `Emily` and `King` end like adverbs and participles).
pub(crate) const OPENERS: &[&str] = &[
    "Finally",
    "Likewise",
    "Recently",
    "Similarly",
    "Additionally",
    "Ultimately",
    "Currently",
    "Previously",
    "Nearly",
    "Only",
    "Early",
    "Likely",
    "Clearly",
    "Obviously",
    "Apparently",
    "Unfortunately",
    "Fortunately",
    "Interestingly",
    "Importantly",
    "Initially",
    "Eventually",
    "Notably",
    "Separately",
    "Specifically",
    "Frankly",
    "Honestly",
    "Certainly",
    "Actually",
    "Basically",
    "Generally",
    "Personally",
    "Publicly",
    "Privately",
    "Immediately",
    "Really",
    "Speaking",
    "According",
    "Asked",
    "Following",
    "Including",
    "Regarding",
    "Concerning",
    "Having",
    "Being",
    "Based",
    "Given",
    "Compared",
    "Written",
    "Holding",
    "Continuing",
    "Reprising",
    "Meaning",
    "Adding",
    "Noting",
    "Saying",
    "Citing",
    "Responding",
    "Referring",
    "Looking",
    "Turning",
    "Pressed",
    "Reached",
    "Contacted",
    "Told",
    "Facing",
    "Seeking",
    "Running",
    "Trying",
    "Using",
    "Calling",
    "Describing",
    "Addressing",
    "Appearing",
    "Writing",
    "Explaining",
    "Arguing",
    "Warning",
    "Insisting",
    "Acknowledging",
    "Standing",
    "Sitting",
    "Walking",
    "Wearing",
    "Watching",
    "Waiting",
    "Leaving",
    "Visiting",
    "Amid",
    "Much",
    "Many",
    "Most",
    "Some",
    "Several",
    "Few",
    "Hours",
    "Days",
    "Minutes",
    "Weeks",
    "Months",
    "Years",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Passing",
    "Hastily",
    "Boos",
    "Cheers",
    "Thanks",
    "Read",
    "See",
    "Click",
    "Watch",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// The subject of the sentence's main clause, past an introduction that ends with a
/// comma (`In a radio interview that evening, the mayor went further`).
///
/// Leading connectives (`And then Park went on the attack, saying …`) are skipped, and
/// so are up to three introductory phrases (`On Friday, after weeks of silence, Park
/// backed the bill, saying …`).
fn clause_subject(text: &str, toks: &[Tok]) -> Option<Span> {
    // `SALEM (Wire) – Lowe has taken …`: a wire dateline is not the clause.
    if let Some(first) = toks.first() {
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
                && matches!(
                    word(text, t).to_ascii_lowercase().as_str(),
                    "and" | "but" | "then" | "so" | "yet" | "still" | "now"
                )
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

/// Words of a span of time before `ago` (`less than two weeks ago`).
const TIME_SPAN_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "few", "several", "less", "more", "than", "about", "nearly", "almost", "just", "only", "some",
    "days", "weeks", "months", "years", "hours", "minutes", "decades", "day", "week", "month",
    "year", "hour", "decade",
];

/// First words of an introduction before an attribution that is not part of what was
/// said (`Asked about it, she said, "…"`, `However, the agency said, "…"`).
const FRONTED_INTRO: &[&str] = &[
    "Asked",
    "Speaking",
    "According",
    "Still",
    "However",
    "Meanwhile",
    "Now",
    "Then",
    "Later",
    "Earlier",
    "Today",
    "Yesterday",
    "Separately",
    "Afterward",
    "Afterwards",
];

/// Words that make an introduction before an attribution a setting in time or place
/// (`Minutes later`, `In an interview on Monday`), not part of what was said.
const FRONTED_SETTING: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "ago",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "minutes",
    "hours",
    "days",
    "interview",
    "statement",
    "speech",
    "letter",
    "email",
    "tweet",
    "post",
    "conference",
    "rally",
    "remarks",
    "appearance",
    "broadcast",
    "debate",
    "hearing",
    "briefing",
];

/// Capitalised sentence openers that are never a subject.
const NOT_SUBJECT: &[&str] = &[
    "In",
    "On",
    "At",
    "For",
    "With",
    "Without",
    "When",
    "While",
    "After",
    "Before",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "If",
    "As",
    "Since",
    "Though",
    "Although",
    "Because",
    "Still",
    "However",
    "Meanwhile",
    "Instead",
    "Now",
    "Then",
    "Here",
    "There",
    "Speaking",
    "Asked",
    "According",
    "During",
    "Despite",
    "Unlike",
    "Like",
    "Of",
    "From",
    "To",
    "By",
    "Why",
    "What",
    "How",
    "Who",
    "Where",
    "Yes",
    "No",
    "Even",
    "Only",
    "Also",
    "Written",
    "Holding",
];

/// Every cue phrase of the text outside quotes, on word boundaries.
fn find_cues(text: &str, quotes: &[QuoteSpan]) -> Vec<(Span, Cue)> {
    let lex = lexicon::lexicon();
    let mut out = Vec::new();
    let mut qi = 0;
    for m in lex.matcher.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if !dateline_plugin::text::is_word_start(text, s)
            || !dateline_plugin::text::is_word_end(text, e)
        {
            continue;
        }
        // A cue phrase directly followed by an apostrophe or hyphen is part of a word.
        if text[e..].starts_with(['-', '’']) && !text[e..].starts_with("’ ")
            || text[..s].ends_with(['-', '/'])
        {
            continue;
        }
        while qi < quotes.len() && quotes[qi].inner.end <= s {
            qi += 1;
        }
        if qi < quotes.len() && quotes[qi].inner.start <= s && s < quotes[qi].inner.end {
            continue;
        }
        out.push((Span::new(s, e), lex.cues[m.pattern().as_usize()]));
    }
    out
}

/// Index of the first token starting at or after `pos`.
fn tok_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.span.start < pos)
}

fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.span.start..t.span.end]
}

fn is_cap(text: &str, t: &Tok) -> bool {
    t.kind == Tk::Word && text[t.span.start..].starts_with(char::is_uppercase)
}

/// The speaker phrase that ends just before token `end` (exclusive), read backwards.
fn speaker_before(text: &str, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
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
            && matches!(
                word(text, &toks[e - 2]).to_ascii_lowercase().as_str(),
                "last" | "on" | "this" | "earlier" | "early" | "late"
            )
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
                            || TIME_SPAN_WORDS
                                .contains(&word(text, t).to_ascii_lowercase().as_str())
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
    if matches!(
        last.to_ascii_lowercase().as_str(),
        "another" | "one" | "others" | "many" | "some" | "both" | "several" | "most"
    ) && toks.get(end).is_some_and(|t| {
        matches!(
            word(text, t),
            "said" | "says" | "say" | "added" | "asked" | "wrote" | "told" | "replied"
        )
    }) && (e == 1
        || is_boundary(&toks[e - 2])
        || matches!(
            word(text, &toks[e - 2]).to_ascii_lowercase().as_str(),
            "yet" | "and" | "but" | "still" | "while"
        ))
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
        let lw = w.to_ascii_lowercase();
        // `of`, `for` and `and` join the parts of a name or title
        // (`the president of France`, `Biden and al-Sudani`); `in` joins a place or a
        // share (`Democrats in five states`, `six in 10`).
        if matches!(lw.as_str(), "of" | "for" | "and" | "by" | "at" | "in") {
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
        && (matches!(
            word(text, &toks[s]).to_ascii_lowercase().as_str(),
            "of" | "for" | "and" | "by" | "at"
        ) || NOT_SUBJECT.contains(&word(text, &toks[s])))
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

/// True for a preposition that opens a phrase after a speaker's head noun
/// (`engineers across the region`).
fn is_post_modifier_preposition(w: &str) -> bool {
    matches!(
        w,
        "across" | "in" | "from" | "at" | "around" | "throughout" | "near" | "with" | "for" | "of"
    )
}

/// True for a (lower-case) noun naming a group of people (`engineers`, `residents`) or
/// a person role (`spokesman`): a head that a prepositional phrase can follow.
fn group_noun(w: &str) -> bool {
    !lexicon::stops_speaker(w)
        && !lexicon::is_time_word(w)
        && (lexicon::is_person_role(w)
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with('\'')))
}

/// A pronoun contracted with an auxiliary right before the cue at token `ci` (`He’s
/// hoping`, `they're also backing`, `I’m asking`), opening its clause: its token and
/// the span of the pronoun alone.
fn contracted_pronoun(text: &str, toks: &[Tok], ci: usize) -> Option<(usize, Span)> {
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

/// A noun of stance or speech after a possessive (`her support for the bill`, `Lee's
/// claim that the vote was rigged`, `his latest call for calm`): the possessor is the
/// speaker and the phrase after the noun, to the next comma, the content.
fn nominal_frame(text: &str, toks: &[Tok], cspan: Span, quotes: &[QuoteSpan]) -> Option<Found> {
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
            && !MONTHS.contains(&owner)
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
            && !NOT_SUBJECT.contains(&word(text, &toks[a - 1]))
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
        && !NOT_SUBJECT.contains(&word(text, &toks[p0 - 1]))
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

/// The noun phrase that opens the clause of the cue at token `ci` and ends right
/// before it (`Aides to the governor say`, `About 60 percent of voters say`, `Local
/// traders also say`): a fallback for subjects that are neither names nor roles. The
/// phrase holds no verb and its head, the word before the cue, is a group noun, a role
/// or a name.
fn noun_phrase_subject(text: &str, toks: &[Tok], ci: usize) -> Option<(usize, usize)> {
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
    if !clause_start || NOT_SUBJECT.contains(&first) || OPENERS.contains(&first) {
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
fn stance_subject(text: &str, toks: &[Tok], s: usize, e: usize, cue: Span) -> bool {
    let head = word(text, &toks[e - 1]);
    let lh = head.to_ascii_lowercase();
    if lh.ends_with("'s") || lh.ends_with("’s") || lh.ends_with('\'') || lh.ends_with('’') {
        return false;
    }
    if lexicon::is_pronoun(head) || matches!(lh.as_str(), "who" | "which" | "that") {
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
        && lexicon::is_determiner(&word(text, &toks[s]).to_ascii_lowercase())
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
            e == s + 2 && lexicon::is_determiner(&word(text, &toks[s]).to_ascii_lowercase());
        return !(plural_noun && determined && !past) && plausible_speaker(text, toks, s, e);
    }
    group_noun(&lh) && plausible_speaker(text, toks, s, e)
}

/// True when `[s, e)` can name a speaker: its head (last word) is a name, a pronoun,
/// a role, or a plural noun (`officials`, `critics`); not a time word, an adverb or a
/// preposition (`a friend without`, `last`).
fn plausible_speaker(text: &str, toks: &[Tok], s: usize, e: usize) -> bool {
    let head = word(text, &toks[e - 1]);
    let lh = head.to_ascii_lowercase();
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
    if lexicon::is_pronoun(head) || matches!(lh.as_str(), "who" | "which") {
        return true;
    }
    if lexicon::is_person_role(&lh) || lexicon::is_thing_role(&lh) {
        return true;
    }
    if is_cap(text, &toks[e - 1]) {
        let first = word(text, &toks[s]);
        return plausible_name_word(head)
            && !MONTHS.contains(&head)
            && (s + 1 < e || !first.ends_with("ing"))
            && !head.ends_with(".Read");
    }
    !(lh.ends_with("ly")
        || lh.ends_with("ing")
        || lexicon::is_time_word(&lh)
        || matches!(
            lh.as_str(),
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

fn speaker_before_plain(text: &str, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    // A closing bracket is allowed: `Sen. Dan Moss (D-Ore.), noting …, said`.
    let bracket = end > 0 && text[toks[end - 1].span.start..].starts_with(')');
    if end == 0 || (toks[end - 1].kind != Tk::Word && !bracket) {
        return None;
    }
    speaker_before(text, toks, end)
}

/// The speaker phrase that starts at token `start`, read forwards (`said Jane Doe, …`).
fn speaker_after(text: &str, toks: &[Tok], start: usize) -> Option<(usize, usize)> {
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
            && !matches!(w.to_ascii_lowercase().as_str(), "of" | "for" | "and")
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
        && matches!(
            word(text, &toks[e - 1]).to_ascii_lowercase().as_str(),
            "of" | "for" | "and"
        )
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

fn span_of(toks: &[Tok], a: usize, b: usize) -> Span {
    Span::new(toks[a].span.start, toks[b - 1].span.end)
}

/// Trims punctuation tokens (not marks) from both ends of `[a, b)`.
fn trim_range(toks: &[Tok], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b
        && matches!(
            toks[a].kind,
            Tk::Comma | Tk::Colon | Tk::Dash | Tk::Stop | Tk::Other
        )
    {
        a += 1;
    }
    while b > a
        && matches!(
            toks[b - 1].kind,
            Tk::Comma | Tk::Colon | Tk::Dash | Tk::Stop | Tk::Other
        )
    {
        b -= 1;
    }
    (a, b)
}

fn count_words(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.kind == Tk::Word).count()
}

/// Where content after a cue starts: past the cue's hearer, time words and
/// `that`, or at the first quote. `None` when nothing after the cue reads as content.
fn content_after(text: &str, toks: &[Tok], cue_end: usize, cue: Cue) -> Option<usize> {
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
fn skip_time(text: &str, toks: &[Tok], mut j: usize) -> usize {
    let is_time_noun = |t: &Tok| {
        t.kind == Tk::Word
            && matches!(
                word(text, t).to_ascii_lowercase().trim_end_matches('.'),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "weekend"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "jan"
                    | "feb"
                    | "aug"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
                    | "time"
                    | "day"
            )
    };
    while j < toks.len() && toks[j].kind == Tk::Word {
        let w = word(text, &toks[j]).to_ascii_lowercase();
        if is_time_noun(&toks[j])
            || matches!(
                w.as_str(),
                "today"
                    | "yesterday"
                    | "tonight"
                    | "earlier"
                    | "later"
                    | "recently"
                    | "previously"
                    | "again"
                    | "also"
                    | "privately"
                    | "publicly"
                    | "repeatedly"
            )
        {
            j += 1;
        } else if matches!(
            w.as_str(),
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

/// Words that open a clause whose subject follows (`though Fiorina said …`).
fn is_subordinator(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "though"
            | "although"
            | "while"
            | "because"
            | "since"
            | "as"
            | "when"
            | "after"
            | "before"
            | "if"
            | "but"
            | "and"
            | "so"
            | "yet"
            | "whereas"
            | "unless"
            | "until"
            | "once"
            | "where"
    )
}

/// Sentence openers that leave the next noun phrase the subject (`But Manafort said`).
fn is_connective(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "but"
            | "and"
            | "so"
            | "yet"
            | "still"
            | "now"
            | "meanwhile"
            | "however"
            | "instead"
            | "also"
            | "then"
            | "later"
            | "separately"
            | "similarly"
            | "indeed"
            | "earlier"
            | "today"
            | "yesterday"
            | "tonight"
            | "or"
            | "plus"
            | "finally"
            | "again"
            | "even"
            | "only"
            | "thus"
            | "likewise"
            | "moreover"
            | "nonetheless"
            | "nevertheless"
    ) || lexicon::is_time_word(w)
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

/// Builds a Found from content token ranges; decides direct / partial / indirect.
fn build(
    text: &str,
    toks: &[Tok],
    ranges: &[(usize, usize)],
    quotes: &[QuoteSpan],
    according: bool,
    cue: Span,
    speaker: Option<Span>,
) -> Option<Found> {
    let mut pieces = Vec::new();
    let mut all_direct = true;
    let mut any_quote = false;
    for &(a, b) in ranges {
        let (a, b) = trim_range(toks, a, b);
        if a >= b {
            continue;
        }
        let span = span_of(toks, a, b);
        let inside: Vec<&QuoteSpan> = quotes.iter().filter(|q| span.overlaps(q.outer)).collect();
        any_quote |= !inside.is_empty();
        if inside.len() == 1
            && toks[a].kind == Tk::Mark
            && (inside[0].outer.end >= span.end)
            && inside[0].outer.start == span.start
        {
            pieces.push(direct_piece(text, inside[0]));
        } else {
            all_direct = false;
            // `OSKAR, March 10 (Northwire) - Troops …`: the wire dateline opening the
            // story is not part of what was said.
            let start = span.start + dateline_len(&text[span.start..span.end]);
            pieces.push(Span::new(start, span.end));
        }
    }
    let words: usize = ranges
        .iter()
        .map(|&(a, b)| count_words(toks, a, b.max(a)))
        .sum();
    // One word is enough for a whole quote (`Hale said, "Probably."`).
    let whole_quote = any_quote && all_direct;
    let stance = lexicon::cue_at(text, cue).is_some_and(|c| c.strength.is_position());
    // A stance may take a one-word object: a name (`Lee endorsed Park`) or a pronoun
    // (`the shipping firms opposed it`).
    let named_object = ranges.len() == 1
        && words == 1
        && (is_cap(text, &toks[ranges[0].0])
            || lexicon::with_lower(word(text, &toks[ranges[0].0]), |w| {
                matches!(w, "it" | "him" | "her" | "them" | "this" | "that")
            }))
        && stance;
    if pieces.is_empty() || words == 0 || (words < 2 && !whole_quote && !named_object) {
        return None;
    }
    let kind = if any_quote && all_direct {
        QuoteKind::Direct
    } else if any_quote {
        QuoteKind::Partial
    } else if according {
        QuoteKind::According
    } else if stance {
        QuoteKind::Stance
    } else {
        QuoteKind::Indirect
    };
    Some(Found {
        kind,
        pieces,
        cue: Some(cue),
        speaker,
        resolved: None,
        last_sentence: 0,
        extra: Vec::new(),
    })
}

/// The length in bytes of a wire dateline opening `s` (`OSKAR, March 10 (Northwire) - `,
/// `LIMA (Wire) -- `, `BERN — `), or 0: a place in capitals, then an optional date
/// after a comma, an optional agency in parentheses and a dash between spaces.
fn dateline_len(s: &str) -> usize {
    let skip_spaces = |i: usize| s.len() - s[i..].trim_start_matches(' ').len();
    // The place: one or more words in capitals.
    let mut i = 0;
    loop {
        let word_end = s[i..].find([' ', ',', '(']).map_or(s.len(), |k| i + k);
        let w = &s[i..word_end];
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        if caps == 0
            || (i == 0 && caps < 2)
            || !w
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
        {
            break;
        }
        i = skip_spaces(word_end);
    }
    if i == 0 {
        return 0;
    }
    // A short date after a comma, up to the agency or the dash.
    if s[i..].starts_with(',') {
        let Some((k, _)) = s[i..]
            .char_indices()
            .take(30)
            .find(|&(_, c)| matches!(c, '(' | '-' | '–' | '—' | '\n'))
        else {
            return 0;
        };
        i = skip_spaces(i + k);
    }
    // The agency in parentheses.
    if s[i..].starts_with('(') {
        let Some((k, _)) = s[i..].char_indices().take(40).find(|&(_, c)| c == ')') else {
            return 0;
        };
        i = skip_spaces(i + k + 1);
    }
    let after = s[i..].trim_start_matches(['-', '–', '—']);
    if after.len() == s[i..].len() || !after.starts_with(' ') {
        return 0;
    }
    s.len() - after.trim_start_matches(' ').len()
}

/// The best attribution frame of a sentence, trying its cues left to right.
fn best_frame(
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    quotes: &[QuoteSpan],
) -> Option<Found> {
    // Frames are tried for the same cue by several of the rules below: each is built
    // once.
    let mut memo: Vec<Option<Option<Found>>> = vec![None; cues.len()];
    // A verb of saying makes the sentence's frame before any stance verb does: in
    // `Lee, who backed the plan, said "…"` the quote is the statement, the stance is
    // reported beside it.
    // `He's hoping the state will step in, Brandt told the Gazette.`: a verb of saying
    // that closes a sentence without quotation marks, after a comma, reports all that
    // comes before it, whatever cues that holds.
    let closing = cues
        .iter()
        .rposition(|(_, cue)| cue.strength == Strength::Say)
        .filter(|&k| {
            let ci = tok_at(toks, cues[k].0.start);
            k > 0
                && ci >= 2
                && toks[ci.saturating_sub(5)..ci]
                    .iter()
                    .any(|t| t.kind == Tk::Comma)
                && toks[tok_at(toks, cues[k].0.end)..]
                    .iter()
                    .filter(|t| t.kind == Tk::Word)
                    .count()
                    <= 4
                && toks.iter().all(|t| t.kind != Tk::Mark)
        });
    let primary = closing
        .into_iter()
        .chain((0..cues.len()).filter(|&k| !cues[k].1.strength.is_position() && Some(k) != closing))
        .chain((0..cues.len()).filter(|&k| cues[k].1.strength.is_position()));
    // `Asked whether …, Lee said, "…"`: a question without a speaker gives way to a
    // later frame of the sentence, the answer.
    let mut question = None;
    for k in primary {
        let (cspan, cue) = cues[k];
        // `When he first described the plan, he said, "…"`, `Later, after the
        // interview ended, Lee stated that …`: a cue inside a subordinate clause
        // without quotation marks gives way to a frame of the main clause.
        if let Some(e) = subordinate_end(text, toks, tok_at(toks, cspan.start))
            && (k + 1..cues.len()).any(|k2| {
                cues[k2].0.start > e
                    && memo_frame(&mut memo, k2, text, toks, cues, quotes).is_some_and(|g| {
                        g.speaker.is_some() && g.pieces.first().is_some_and(|p| p.start > e)
                    })
            })
        {
            continue;
        }
        // The main frame is not asked for again: take it rather than clone it.
        let main = match memo[k].take() {
            Some(built) => built,
            None => frame(text, toks, cspan, cue, quotes),
        };
        if let Some(mut f) = main {
            if raised_subject(text, toks, cspan, cue) {
                f.speaker = None;
            }
            if f.speaker.is_none()
                && k + 1 < cues.len()
                && question.is_none()
                && text[cspan.start..cspan.end]
                    .get(..3)
                    .is_some_and(|p| p.eq_ignore_ascii_case("ask"))
            {
                question = Some(f);
                continue;
            }
            // `…, she said, adding that …`: a participle cue after the frame reports a
            // second statement of the same speaker.
            let end = f.pieces.last().map_or(cspan.end, |p| p.end).max(cspan.end);
            for &(c2, cue2) in &cues[k + 1..] {
                if c2.start < end || cue2.strength == Strength::According {
                    continue;
                }
                let ci = tok_at(toks, c2.start);
                let cj = tok_at(toks, c2.end);
                let participle = text[c2.start..c2.end].ends_with("ing");
                // `and then predicted: "…"`: an adverb between the conjunction and the cue.
                let before =
                    if ci > 1 && matches!(word(text, &toks[ci - 1]), "then" | "also" | "later") {
                        ci - 1
                    } else {
                        ci
                    };
                let coordinated =
                    before > 0 && matches!(word(text, &toks[before - 1]), "and" | "but");
                // `"…," adding, "…"`: the comma may stand inside the closing quote.
                let comma = ci > 0
                    && (toks[ci - 1].kind == Tk::Comma
                        || (ci > 1
                            && toks[ci - 1].kind == Tk::Mark
                            && toks[ci - 2].kind == Tk::Comma));
                // `… critics who say …, saying …`: the participle is the main clause's.
                let relative = f
                    .speaker
                    .is_some_and(|s| matches!(&text[s.start..s.end], "who" | "that" | "which"));
                if relative {
                    break;
                }
                if ci > 0 && (comma && participle || coordinated) {
                    // `…, even as he defended it, saying …`: a nearer subject pronoun.
                    let speaker = f.speaker.map(|s| {
                        if s.start < cspan.start {
                            nearer_pronoun(text, toks, s, ci).unwrap_or(s)
                        } else {
                            s
                        }
                    });
                    if let Some(a) = content_after(text, toks, cj, cue2)
                        && let Some(g) =
                            build(text, toks, &[(a, toks.len())], quotes, false, c2, speaker)
                    {
                        f.extra.push(g);
                    }
                    break;
                }
            }
            // `Biden weighed in, telling Mic, "…," he said`: a speaker and cue right
            // after the quote name its source, whatever frame found the quote.
            if let Some(last) = f.pieces.last()
                && let Some(&(c2, _)) = cues[k + 1..].iter().find(|(c2, cue2)| {
                    c2.start >= last.end && matches!(cue2.strength, Strength::Say)
                })
                && let ci2 = tok_at(toks, c2.start)
                && !opens_content(text, toks, tok_at(toks, c2.end))
                && let Some((a, b)) = speaker_before(text, toks, ci2)
                && b == ci2
                && a >= tok_at(toks, last.end)
                && toks[tok_at(toks, last.end)..a]
                    .iter()
                    .all(|t| matches!(t.kind, Tk::Mark | Tk::Comma))
                && (toks[tok_at(toks, last.end)..a]
                    .iter()
                    .any(|t| t.kind == Tk::Comma)
                    || closed_by_comma(text, last.end))
                && (closed_by_comma(text, last.end)
                    || text[..last.end]
                        .trim_end_matches([',', ' '])
                        .ends_with(['"', '”', '\''])
                    || toks[tok_at(toks, last.end)..a]
                        .iter()
                        .any(|t| t.kind == Tk::Mark))
            {
                let old = f.speaker;
                let new = span_of(toks, a, b);
                f.speaker = Some(new);
                f.cue = Some(c2);
                // `Lind declared …: "…," she said`: the subject of the clause that
                // found the quote is what the pronoun refers to.
                if let Some(o) = old
                    && lexicon::is_pronoun(&text[new.start..new.end])
                    && !lexicon::is_pronoun(&text[o.start..o.end])
                {
                    f.resolved = Some(o);
                }
                // `…, "…," he said, adding, "…"`: the second statement is the same
                // speaker's, written the same way.
                for g in f.extra.iter_mut().filter(|g| g.speaker == old) {
                    g.speaker = f.speaker;
                    g.resolved = f.resolved;
                }
            }
            // `"…," Lee said, according to the Post.`: the attribution the reader is
            // given is the Post's report of Lee's words, so its source is the Post.
            if cue.strength != Strength::According
                && let Some((s, c)) = outer_source(text, toks, &cues[k + 1..], cspan.end)
            {
                // The outer report is not part of the content (`…, according to X.`).
                let cut = text[..c.start.min(s.start)]
                    .trim_end_matches([' ', ','])
                    .len();
                // `"…," Lee said, according to the Post.`: what the Post reports is
                // Lee's saying it, so the inner speaker and cue join the content.
                let inner = f.speaker.filter(|sp| {
                    matches!(f.kind, QuoteKind::Direct | QuoteKind::Partial)
                        && f.pieces
                            .last()
                            .is_some_and(|p| p.end <= sp.start.min(cspan.start))
                        && cspan.end <= cut
                        && f.pieces.len() == 1
                });
                f.speaker = Some(s);
                f.cue = Some(c);
                if let Some(sp) = inner {
                    f.pieces.push(Span::new(sp.start.min(cspan.start), cut));
                    // The speaker and cue are not quoted words.
                    f.kind = QuoteKind::Partial;
                }
                for p in &mut f.pieces {
                    if p.start < cut && p.end > cut {
                        p.end = cut;
                    }
                }
                f.pieces.retain(|p| p.end <= cut);
            }
            // `Lee backed the plan, while Park said it was too costly`: a later cue
            // whose frame lies wholly after everything read so far is a statement of
            // its own.
            let mut end = f
                .extra
                .iter()
                .flat_map(|g| g.pieces.iter().map(|p| p.end))
                .fold(end, usize::max);
            for k2 in k + 1..cues.len() {
                let c2 = cues[k2].0;
                if c2.start < end {
                    continue;
                }
                // `After Reed said it would be "done by May," Lind said: "…"`: a
                // split frame's first piece already belongs to the first frame; its
                // piece after the cue is the later statement.
                let later = memo_frame(&mut memo, k2, text, toks, cues, quotes).map(|mut g| {
                    if g.pieces.len() > 1 && g.pieces.last().is_some_and(|p| p.start >= c2.end) {
                        g.pieces.retain(|p| p.start >= end);
                        if g.pieces
                            .iter()
                            .all(|&p| quotes.iter().any(|q| direct_piece(text, q) == p))
                        {
                            g.kind = QuoteKind::Direct;
                        }
                    }
                    g
                });
                if let Some(g) = later
                    && !g.pieces.is_empty()
                    && g.pieces.iter().all(|p| p.start >= end)
                    && g.speaker
                        .is_none_or(|s| s.start >= end || s.end <= cspan.start)
                {
                    end = g.pieces.iter().map(|p| p.end).fold(c2.end, usize::max);
                    f.extra.push(g);
                }
            }
            // `Lee, who backed the plan, said …`: a stance wholly before the frame.
            let start = f
                .pieces
                .iter()
                .map(|p| p.start)
                .fold(cspan.start, usize::min);
            let mut before_end = 0;
            for k2 in 0..k {
                let (c2, cue2) = cues[k2];
                if !cue2.strength.is_position() || c2.start < before_end || c2.end > start {
                    continue;
                }
                if let Some(mut g) = memo_frame(&mut memo, k2, text, toks, cues, quotes)
                    && g.pieces.iter().all(|p| p.end <= start)
                    && g.pieces
                        .iter()
                        .all(|&p| f.speaker.is_none_or(|s| !p.overlaps(s)))
                {
                    // Its object ends where the main frame's speaker or content begins.
                    before_end = g.pieces.iter().map(|p| p.end).fold(c2.end, usize::max);
                    g.last_sentence = usize::MAX - 1;
                    f.extra.push(g);
                }
            }
            relative_statements(text, toks, &mut f);
            parenthetical_speaker(text, toks, &mut f);
            // The question before the answer (`Asked whether …, Lee said …`).
            if let Some(q) = question {
                f.extra.insert(0, q);
            }
            return Some(f);
        }
    }
    question
}

/// `Lee said the vote was fair — the best, she said, "in years."`, `He believes, he
/// said, that "…"`: a parenthetical attribution between the cue and the first quote mark
/// is the nearer source of the quoted words; its pronoun becomes the speaker, resolved as
/// the name before it.
fn parenthetical_speaker(text: &str, toks: &[Tok], f: &mut Found) {
    let (Some(sp), Some(cue)) = (f.speaker, f.cue) else {
        return;
    };
    if sp.end > cue.start {
        return;
    }
    let from = tok_at(toks, cue.end);
    // The first quote mark inside the content (none: no parenthetical is looked for).
    let mark = (from..toks.len())
        .find(|&k| toks[k].kind == Tk::Mark)
        .filter(|_| matches!(f.kind, QuoteKind::Direct | QuoteKind::Partial))
        .filter(|&m| {
            f.pieces
                .iter()
                .any(|p| p.start <= toks[m].span.end && toks[m].span.start <= p.end)
        })
        .unwrap_or(from);
    let hit = (from..mark.saturating_sub(3)).find(|&k| {
        toks[k].kind == Tk::Comma
            && toks[k + 3].kind == Tk::Comma
            && toks[k + 1].kind == Tk::Word
            && matches!(word(text, &toks[k + 1]), "he" | "she" | "they")
            && lexicon::cue_at(text, toks[k + 2].span).is_some_and(|c| c.strength == Strength::Say)
    });
    if let Some(k) = hit {
        if !lexicon::is_pronoun(&text[sp.start..sp.end]) {
            f.resolved = Some(sp);
        }
        f.speaker = Some(toks[k + 1].span);
        return;
    }
    // `Lee backed the deal, though she made no secret that she still has "doubts"`: a
    // `he` / `she` subject of a clause nearer the quote.
    let first = f.pieces.iter().map(|p| p.start).min().unwrap_or(cue.start);
    let written = &text[sp.start..sp.end];
    // (Not for a possessor, the speaker of a noun: `Lee's remark that …`.)
    if first > cue.end
        && !lexicon::is_pronoun(written)
        && !written.ends_with("'s")
        && !written.ends_with("’s")
        && let Some(p) = clause_pronoun(text, toks, sp, tok_at(toks, first))
    {
        f.resolved = Some(sp);
        f.speaker = Some(p);
    }
}

/// [`nearer_pronoun`] when its clause runs on to token `end` (no comma closes it) and
/// it is not inside a relative clause about the subject (`Fox, who has backed Lee since
/// he lost, blasted …` keeps Fox).
fn clause_pronoun(text: &str, toks: &[Tok], subj: Span, end: usize) -> Option<Span> {
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

/// `Dale said he backed the bill, which he called "a cartel for colleges."`: a
/// relative clause inside the content whose subject
/// reports the words after it is a statement of that subject. The content of `f` ends
/// before the relative pronoun and the clause becomes a claim of its own (the relative
/// pronoun and the words after the cue), its speaker the clause's subject.
fn relative_statements(text: &str, toks: &[Tok], f: &mut Found) {
    let n = toks.len();
    let mut found = Vec::new();
    for (pi, piece) in f.pieces.iter().enumerate() {
        let a = tok_at(toks, piece.start);
        let b = tok_at(toks, piece.end);
        let Some(m) = (a + 1..b).find(|&m| {
            let t = &toks[m];
            t.kind == Tk::Word && !t.quoted && matches!(word(text, t), "which" | "whom" | "who")
        }) else {
            continue;
        };
        // The clause's subject: a personal pronoun or up to three capitalised words.
        let s = m + 1;
        let Some(st) = toks.get(s).filter(|t| t.kind == Tk::Word && !t.quoted) else {
            continue;
        };
        let mut v = if lexicon::is_pronoun(word(text, st)) {
            s + 1
        } else {
            (s..(s + 3).min(n))
                .find(|&k| !is_cap(text, &toks[k]) || toks[k].quoted)
                .unwrap_or(s)
        };
        if v == s {
            continue;
        }
        while v < n
            && toks[v].kind == Tk::Word
            && lexicon::is_skippable_before_cue(word(text, &toks[v]))
        {
            v += 1;
        }
        let Some(vt) = toks.get(v).filter(|t| t.kind == Tk::Word && !t.quoted) else {
            continue;
        };
        let verb = word(text, vt);
        let cue = lexicon::cue_at(text, vt.span);
        let reports = cue.is_some_and(|c| {
            matches!(
                c.strength,
                Strength::Say | Strength::That | Strength::QuoteOnly | Strength::Stance
            )
        }) || lexicon::needs_as(verb);
        if !reports {
            continue;
        }
        // The words reported: a quotation mark opens within a few words of the verb,
        // before any boundary.
        let c = v + 1;
        let Some(q) = (c..(c + 4).min(b)).find(|&k| toks[k].kind == Tk::Mark) else {
            continue;
        };
        if toks[c..q]
            .iter()
            .any(|t| matches!(t.kind, Tk::Comma | Tk::Stop | Tk::Colon | Tk::Dash))
        {
            continue;
        }
        // The clause runs to a quote closed by a comma, an unquoted comma or the end of
        // the piece.
        let end = (q + 1..b)
            .find(|&k| {
                (toks[k].kind == Tk::Comma && !toks[k].quoted)
                    || (toks[k].kind == Tk::Mark && k >= 1 && toks[k - 1].kind == Tk::Comma)
            })
            .map_or(b, |k| if toks[k].kind == Tk::Mark { k + 1 } else { k });
        let (ca, cb) = trim_range(toks, c, end);
        if ca >= cb {
            continue;
        }
        let speaker = span_of(toks, s, v);
        let resolved = (lexicon::is_pronoun(word(text, st))
            && f.speaker
                .is_some_and(|o| !lexicon::is_pronoun(&text[o.start..o.end])))
        .then_some(f.speaker)
        .flatten();
        found.push((
            pi,
            m,
            Found {
                kind: QuoteKind::Partial,
                pieces: vec![toks[m].span, span_of(toks, ca, cb)],
                cue: Some(vt.span),
                speaker: Some(speaker),
                resolved,
                last_sentence: usize::MAX - 1,
                extra: Vec::new(),
            },
        ));
    }
    for (pi, m, g) in found.into_iter().rev() {
        // The outer content ends before the relative pronoun (and its comma).
        let cut = text[..toks[m].span.start]
            .trim_end_matches([' ', ','])
            .len();
        let piece = &mut f.pieces[pi];
        if cut > piece.start {
            piece.end = cut;
        } else {
            f.pieces.remove(pi);
        }
        f.extra.push(g);
    }
}

/// The relative pronoun that is the subject of the cue at token `k` (after the words
/// that may stand between a speaker and the cue), when the clause is not the comma
/// case [`frame`] reads itself: `who` / `that` / `which` after a noun without a comma
/// (`critics who say`, `a message that said`), after a dash, or with an auxiliary or
/// `in the past` before the cue (`Beck, who has in the past described`).
fn relative_subject(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
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
fn nearer_pronoun(text: &str, toks: &[Tok], subj: Span, end: usize) -> Option<Span> {
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
fn antecedent(text: &str, toks: &[Tok], end: usize) -> Option<Span> {
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

/// When token `ci` is inside a subordinate clause that opens the sentence or follows a
/// comma (`When she described it, …`, `…, after the interview ended, …`), ends at a
/// comma and holds no quotation mark, the byte where that comma starts.
fn subordinate_end(text: &str, toks: &[Tok], ci: usize) -> Option<usize> {
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
        && matches!(
            word(text, first).to_ascii_lowercase().as_str(),
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
        );
    if !opens {
        return None;
    }
    let end = (ci..toks.len()).find(|&k| toks[k].kind == Tk::Comma && !toks[k].quoted)?;
    if toks[start..end].iter().any(|t| t.kind == Tk::Mark) {
        return None;
    }
    Some(toks[end].span.start)
}

/// The source of an `according to` phrase or of a `reported` clause that closes the
/// sentence after the cue of a complete frame, which ends at byte `end` (`"…," Lee said, according to
/// a transcript of the interview.`, `…, the Times reported.`, `…, reports the Post.`).
fn outer_source(
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    end: usize,
) -> Option<(Span, Span)> {
    let n = toks.len();
    // Only stops (and a time phrase after `reported`) may follow the source.
    let closes = |m: usize| {
        let m = skip_time(text, toks, m);
        toks[m.min(n)..].iter().all(|t| t.kind == Tk::Stop)
    };
    for &(c, cue) in cues.iter().filter(|(c, _)| c.start >= end) {
        let ci = tok_at(toks, c.start);
        let cj = tok_at(toks, c.end);
        if ci >= n || toks[ci].quoted {
            continue;
        }
        let after_break = |k: usize| k > 0 && matches!(toks[k - 1].kind, Tk::Comma | Tk::Mark);
        let cue_word = text[c.start..c.end].to_ascii_lowercase();
        let report = matches!(cue_word.as_str(), "reported" | "reports" | "reports that");
        // `…, according to X.`, `…, reports X.`
        if (cue.strength == Strength::According || report)
            && after_break(ci)
            && n - cj <= 20
            && let Some((ss, _)) = speaker_after(text, toks, cj)
        {
            let stop = (ss..n)
                .find(|&m| !matches!(toks[m].kind, Tk::Word | Tk::Other) || toks[m].quoted)
                .unwrap_or(n);
            if stop > ss && toks[stop..].iter().all(|t| t.kind == Tk::Stop) {
                // `inspection reports seen by the Herald`: the source is the reports, not
                // whoever saw them.
                let head_end = (ss + 1..stop.saturating_sub(1))
                    .find(|&m| {
                        word(text, &toks[m + 1]) == "by"
                            && lexicon::with_lower(word(text, &toks[m]), |w| {
                                w.ends_with("ed") || w.ends_with("en") || w == "seen"
                            })
                    })
                    .unwrap_or(stop);
                return Some((span_of(toks, ss, head_end), c));
            }
        }
        // `…, the Times reported.`, and any speaker whose cue closes the sentence after
        // another's complete frame (`Reed said Holm "had no chance," the aide recalled.`).
        let closing_say = cue.strength == Strength::Say && !cue_word.ends_with("ing");
        if (report || closing_say)
            && closes(cj)
            && let Some((ss, se)) = speaker_before(text, toks, ci)
            && after_break(ss)
            && (is_cap(text, &toks[se - 1]) || !report)
        {
            return Some((span_of(toks, ss, se), c));
        }
    }
    None
}

/// The frame of cue `k` of `cues`, built once per sentence and cloned from `memo`
/// after that.
fn memo_frame(
    memo: &mut [Option<Option<Found>>],
    k: usize,
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    quotes: &[QuoteSpan],
) -> Option<Found> {
    memo[k]
        .get_or_insert_with(|| frame(text, toks, cues[k].0, cues[k].1, quotes))
        .clone()
}

/// True when the cue is a passive participle followed by `to` (`the inquiry is
/// expected to publish`, `he is said to have left`): the subject of such a cue is
/// raised from the reported clause and is not its source, which goes unnamed.
fn raised_subject(text: &str, toks: &[Tok], cspan: Span, cue: Cue) -> bool {
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

fn is_boundary(t: &Tok) -> bool {
    matches!(t.kind, Tk::Comma | Tk::Dash | Tk::Colon) || t.kind == Tk::Mark
}

fn frame(text: &str, toks: &[Tok], cspan: Span, cue: Cue, quotes: &[QuoteSpan]) -> Option<Found> {
    let f = frame_of_cue(text, toks, cspan, cue, quotes)?;
    // `Rust Belt states that have suffered …`: a cue that is also a plural noun,
    // followed by `that` and a verb, is a noun with a relative clause.
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    if ci + 1 == cj
        && text[cspan.start..cspan.end].ends_with('s')
        && toks
            .get(cj)
            .is_some_and(|t| t.kind == Tk::Word && word(text, t) == "that")
        && toks.get(cj + 1).is_some_and(|t| {
            t.kind == Tk::Word
                && lexicon::with_lower(word(text, t), |w| {
                    lexicon::is_finite_auxiliary(w) || (w.ends_with("ed") && w.len() > 4)
                })
        })
    {
        return None;
    }
    Some(f)
}

fn frame_of_cue(
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
    // `The plan was endorsed by the council`, `Lee has been criticized by the mayor`:
    // a passive stance names its holder after `by`, and its subject is the content.
    if cue.strength == Strength::Stance
        && ci > 1
        && toks[ci - 1].kind == Tk::Word
        && lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
            matches!(w, "was" | "were" | "been" | "is" | "are" | "being")
        })
        && text[cspan.start..cspan.end].ends_with("ed")
        && toks
            .get(cj)
            .is_some_and(|t| t.kind == Tk::Word && word(text, t) == "by")
        && let Some((a, b)) = speaker_after(text, toks, cj + 1)
    {
        // The holder ends before a phrase of circumstance (`by the mayor for the delay`).
        let b = (a + 1..b)
            .find(|&m| {
                lexicon::with_lower(word(text, &toks[m]), |w| {
                    matches!(
                        w,
                        "for" | "on" | "in" | "at" | "over" | "after" | "during" | "with" | "about"
                    )
                })
            })
            .unwrap_or(b);
        // The subject: from the start of the clause to the auxiliary, a phrase with no
        // verb of its own.
        // The auxiliaries before the participle (`has been`, `would be`, `was also`).
        let mut aux = ci - 1;
        while aux > 0
            && toks[aux - 1].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[aux - 1]), |w| {
                lexicon::is_finite_auxiliary(w)
                    || matches!(w, "been" | "be" | "not" | "also" | "already" | "never")
            })
        {
            aux -= 1;
        }
        let s0 = (0..aux)
            .rev()
            .find(|&m| {
                matches!(toks[m].kind, Tk::Comma | Tk::Colon | Tk::Dash | Tk::Mark)
                    || (toks[m].kind == Tk::Word && is_subordinator(word(text, &toks[m])))
            })
            .map_or(0, |m| m + 1);
        let plain = aux > s0
            && aux - s0 <= 10
            && toks[s0..aux].iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && !lexicon::with_lower(word(text, t), lexicon::is_finite_auxiliary)
            })
            && !NOT_SUBJECT.contains(&word(text, &toks[s0]));
        if plain {
            return build(
                text,
                toks,
                &[(s0, aux)],
                quotes,
                false,
                cspan,
                Some(span_of(toks, a, b)),
            );
        }
    }
    if ci > 0 && toks[ci - 1].kind == Tk::Word && !toks[ci - 1].quoted {
        let prev = word(text, &toks[ci - 1]).to_ascii_lowercase();
        // `after the result was announced, told …`: a passive cue with nothing after it
        // reports no speech by its subject.
        if matches!(
            prev.as_str(),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        ) && cue.strength != Strength::According
            && toks
                .get(cj)
                .is_none_or(|t| matches!(t.kind, Tk::Comma | Tk::Stop))
        {
            return None;
        }
        // `an unprompted call for`, `a rallying call for`, `the reports`: a cue that
        // can be a noun is one after a determiner.
        let cue_word = text[cspan.start..cspan.end].to_ascii_lowercase();
        let nounable = matches!(
            cue_word.split(' ').next().unwrap_or(""),
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
        );
        // A number is a determiner too (`in five states say`).
        let number = prev.chars().all(|c| c.is_ascii_digit())
            || matches!(
                prev.as_str(),
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
            );
        let det_before = lexicon::is_determiner(&prev)
            || number
            || (ci > 1
                && toks[ci - 2].kind == Tk::Word
                && matches!(
                    word(text, &toks[ci - 2]).to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its"
                ));
        // `the ad claims`, `the spokesman notes`: after a role noun the cue is its verb.
        let role_before = lexicon::is_thing_role(&prev) || lexicon::is_person_role(&prev);
        if nounable && det_before && !role_before {
            return None;
        }
    }
    // `declined to comment`, `vowed to fight on`, `urged Congress to act`: the
    // infinitive is the content of a reported intention.
    let cue_text = &text[cspan.start..cspan.end];
    if let Some(f) = raising_frame(text, toks, ci, cj, cspan, quotes) {
        return Some(f);
    }
    if lexicon::is_intent(cue_text) {
        let mut t = cj;
        if cue.object
            && t < n
            && word(text, &toks[t]) != "to"
            && let Some((_, e)) = speaker_after(text, toks, t)
        {
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
            let (ss, se) = first.or_else(|| {
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
            let mut f = build(
                text,
                toks,
                &[(t, end)],
                quotes,
                false,
                cspan,
                Some(span_of(toks, ss, se)),
            )?;
            if f.kind == QuoteKind::Direct {
                f.kind = QuoteKind::Partial;
            }
            return Some(f);
        }
        if cue.strength == Strength::Intent {
            return None;
        }
    }
    // `Asked whether he would run, …` and `she asked Lee if the plan was dead`: the
    // question is the content; after `Asked` or `when asked` it has no speaker.
    if ["asked", "asks", "asking", "ask"]
        .iter()
        .any(|a| cue_text.eq_ignore_ascii_case(a))
        && toks[..ci].iter().all(|t| t.kind != Tk::Mark)
    {
        // `Lee was asked by the moderator, Dan Cole, whether …` (or `, "…"`): the
        // asker named after `by` is the speaker of the question.
        if ci > 0
            && matches!(
                word(text, &toks[ci - 1]).to_ascii_lowercase().as_str(),
                "was" | "were" | "been" | "being"
            )
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
                "whether" | "if" | "who" | "what" | "how" | "why" | "when" | "where"
            )
        } {
            q += 1;
        }
        if q < n
            && toks[q].kind == Tk::Word
            && !toks[q].quoted
            && matches!(
                word(text, &toks[q]),
                "whether" | "if" | "who" | "what" | "how" | "why" | "when" | "where"
            )
        {
            let end = (q + 1..n)
                .find(|&m| {
                    !toks[m].quoted && matches!(toks[m].kind, Tk::Comma | Tk::Stop | Tk::Colon)
                })
                .unwrap_or(n);
            let passive = ci == 0
                || matches!(
                    word(text, &toks[ci - 1]).to_ascii_lowercase().as_str(),
                    "when" | "after" | "if" | "once" | "was" | "were" | "being"
                );
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
            && !matches!(
                word(text, &toks[ci - 1]).to_ascii_lowercase().as_str(),
                "was" | "were" | "been" | "being" | "when" | "if" | "after" | "once"
            )
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
        let mut end = participle_cut(text, toks, after);
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
        let w = word(text, &toks[k - 1]).to_ascii_lowercase();
        // `took the stage and called the plan "a mess"`: a naming verb coordinated
        // with the subject's first verb.
        if matches!(w.as_str(), "and" | "but") {
            let after = content_after(text, toks, cj, cue)?;
            let speaker = clause_subject(text, &toks[..k - 1]);
            speaker?;
            let speaker = speaker.map(|s| nearer_pronoun(text, toks, s, k - 1).unwrap_or(s));
            let end = content_cut(text, toks, after, cue);
            return build(text, toks, &[(after, end)], quotes, false, cspan, speaker);
        }
        if matches!(w.as_str(), "who" | "which")
            && k >= 2
            && toks[k - 2].kind == Tk::Comma
            && cue.strength != Strength::QuoteOnly
            && let Some(after) = content_after(text, toks, cj, cue)
        {
            // The relative clause ends at the next comma.
            let end = (after + 1..n)
                .find(|&m| toks[m].kind == Tk::Comma)
                .unwrap_or(n);
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
            && is_participle(&word(text, &toks[0]).to_ascii_lowercase())
            && ss > 1
            && is_boundary(&toks[ss - 1]);
        let intro = toks[0].kind == Tk::Word && {
            let w = word(text, &toks[0]);
            NOT_SUBJECT.contains(&w) || OPENERS.contains(&w) || lexicon::is_time_word(w)
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
                        && lexicon::with_lower(word(text, t), |w| FRONTED_SETTING.contains(&w))
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
                        || is_participle(&w0.to_ascii_lowercase())
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
            && !is_participle(&word(text, &toks[0]).to_ascii_lowercase())
            && !toks[..ss - 1].iter().any(|t| {
                t.kind == Tk::Word
                    && lexicon::with_lower(word(text, t), |w| FRONTED_SETTING.contains(&w))
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
                && matches!(
                    word(text, &toks[ss]).to_ascii_lowercase().as_str(),
                    "he" | "she" | "they" | "we" | "i" | "it"
                );
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

/// `The mayor is expected to run again`, `Support for the plan appears to have
/// faded`, `he seemed to hesitate`: a raising verb (`seem`, `appear`, passive `be
/// expected`) reports a proposition about its subject without naming a source. The
/// content is the subject and the infinitive, two pieces around the verb, with no
/// speaker.
fn raising_frame(
    text: &str,
    toks: &[Tok],
    ci: usize,
    cj: usize,
    cspan: Span,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    let n = toks.len();
    let cue_word = text[cspan.start..cspan.end].to_ascii_lowercase();
    let seem = matches!(
        cue_word.as_str(),
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
    );
    if !seem && cue_word != "expected" {
        return None;
    }
    // The infinitive: `to` and a word, not a verb of saying (`seemed to suggest …` has
    // its subject as a speaker).
    if !(cj + 1 < n
        && toks[cj].kind == Tk::Word
        && word(text, &toks[cj]) == "to"
        && toks[cj + 1].kind == Tk::Word
        && !is_cue_word(text, &toks[cj + 1]))
    {
        return None;
    }
    let adverb = |t: &Tok| {
        t.kind == Tk::Word
            && !t.quoted
            && lexicon::with_lower(word(text, t), |w| {
                w.ends_with("ly")
                    || matches!(w, "also" | "still" | "now" | "not" | "already" | "once")
            })
    };
    // Back over adverbs and, for `expected`, the form of `be` that makes it passive;
    // a modal or `do` may stand before `seem` (`does not seem`, `would appear`).
    let mut v = ci;
    while v > 0 && adverb(&toks[v - 1]) {
        v -= 1;
    }
    let be = |t: &Tok| {
        t.kind == Tk::Word
            && lexicon::with_lower(word(text, t), |w| {
                matches!(
                    w,
                    "is" | "are" | "was" | "were" | "be" | "been" | "isn't" | "aren't"
                )
            })
    };
    if seem {
        if v > 0
            && toks[v - 1].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[v - 1]), |w| {
                matches!(
                    w,
                    "does"
                        | "do"
                        | "did"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "doesn't"
                        | "didn't"
                )
            })
        {
            v -= 1;
        }
    } else {
        if v == 0 || !be(&toks[v - 1]) {
            return None;
        }
        v -= 1;
        // `will be expected`, `had been expected`.
        if v > 0
            && toks[v - 1].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[v - 1]), |w| {
                matches!(w, "will" | "would" | "has" | "have" | "had")
            })
        {
            v -= 1;
        }
    }
    while v > 0 && adverb(&toks[v - 1]) {
        v -= 1;
    }
    // The subject: the words back to the start of the clause, without a verb among
    // them.
    let mut s = v;
    // `Lee and Park seem to …` is one subject, `the bill passed and support seems to
    // …` is not: after `and` or `or`, a verb further back ends the subject there.
    let mut coordinator = None;
    while s > 0 && v - s < 10 {
        let t = &toks[s - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        if lexicon::with_lower(w, |lw| matches!(lw, "and" | "or")) && s < v {
            coordinator.get_or_insert(s);
            s -= 1;
            continue;
        }
        let stop = lexicon::with_lower(w, |lw| {
            is_subordinator(lw)
                || (is_connective(lw) && !lexicon::is_time_word(lw))
                || matches!(lw, "that" | "which" | "who" | "whom")
        });
        if stop {
            // `who seemed to …`, `which on its face seemed to …`: the relative pronoun
            // is the subject, before the verb or a prepositional phrase.
            if lexicon::with_lower(w, |lw| matches!(lw, "who" | "which" | "that"))
                && (s == v
                    || matches!(
                        word(text, &toks[s]),
                        "on" | "in" | "at" | "by" | "for" | "with" | "after" | "to"
                    ))
            {
                s -= 1;
                v = s + 1;
            }
            break;
        }
        if lexicon::with_lower(w, lexicon::is_finite_auxiliary)
            || (is_cue_word(text, t)
                && (w.ends_with("ed") || matches!(w, "said" | "says" | "told" | "tells")))
        {
            s = coordinator?;
            break;
        }
        s -= 1;
    }
    if s == v || v - s >= 10 {
        return None;
    }
    let mut end = participle_cut(text, toks, cj);
    // `the plans, which seemed to stall, were …`, `while support appears to hold, …`:
    // a relative or subordinate clause ends at its comma.
    let relative = s + 1 == v
        && lexicon::with_lower(word(text, &toks[s]), |w| {
            matches!(w, "which" | "who" | "that")
        });
    let subordinate = s > 0
        && toks[s - 1].kind == Tk::Word
        && lexicon::with_lower(word(text, &toks[s - 1]), |w| {
            is_subordinator(w) && !matches!(w, "and" | "but" | "so" | "yet")
        });
    if (relative || subordinate)
        && let Some(k) = (cj..end).find(|&k| toks[k].kind == Tk::Comma && !toks[k].quoted)
    {
        end = k;
    }
    let mut f = build(text, toks, &[(s, v), (cj, end)], quotes, false, cspan, None)?;
    if f.kind == QuoteKind::Direct {
        f.kind = QuoteKind::Partial;
    }
    Some(f)
}

/// The token after a quote that opens the sentence, ends in `,`, `?` or `!` and closes
/// before token `ci`.
fn opens_with_closed_quote(
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
fn quote_first(
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

/// `"A," she said, "B."`: the part after the cue phrase (`j` is the token after the
/// cue) is a second piece when a comma or colon and a quotation mark follow.
fn second_piece(
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
fn participle_cut(text: &str, toks: &[Tok], a: usize) -> usize {
    clause_cut(text, toks, a, false)
}

/// [`participle_cut`] for the content of `cue`: a verb of saying or thinking reports
/// a whole clause, which goes on past a closing quote into a coordinated clause.
fn content_cut(text: &str, toks: &[Tok], a: usize, cue: Cue) -> usize {
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
fn clause_cut(text: &str, toks: &[Tok], a: usize, clause: bool) -> usize {
    // A semicolon outside quotes ends the statement: what follows is a clause of its own.
    let semicolon = (a + 1..toks.len())
        .find(|&k| {
            toks[k].kind == Tk::Colon
                && !toks[k].quoted
                && text[toks[k].span.start..].starts_with(';')
        })
        .unwrap_or(toks.len());
    (a + 2..semicolon)
        .find(|&k| {
            if toks[k].quoted || toks[k].kind != Tk::Word {
                return false;
            }
            let w = word(text, &toks[k]);
            if toks[k - 1].kind != Tk::Comma {
                // `called for "restraint" and warned that …`, `… and then tweeted that …`:
                // a second cue, comma or not.
                let mut v = k + 1;
                if toks.get(v).is_some_and(|t| {
                    t.kind == Tk::Word
                        && matches!(word(text, t), "then" | "later" | "also" | "again")
                }) {
                    v += 1;
                }
                // `calling the plan a "mess" and accusing the council of …`: a second participle
                // clause, once the content has had its quote.
                let had_quote = || toks[a..k].iter().any(|t| t.kind == Tk::Mark);
                return matches!(w, "and" | "but")
                    && toks.get(v).is_some_and(|t| {
                        t.kind == Tk::Word
                            && !t.quoted
                            && (is_cue_word(text, t)
                                || (is_participle(word(text, t)) && had_quote()))
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
                && toks[a..k].iter().any(|t| t.kind == Tk::Mark);
            // `said turnout was high, which surprised no one`, `…, compared with 40
            // percent in May`: a comment on the whole clause is the writer's.
            let comment = (w == "which"
                || (w == "compared"
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(word(text, t), "with" | "to"))))
                // The cut never leaves the quote of the content behind.
                && (toks[a..k].iter().any(|t| t.kind == Tk::Mark)
                    || !toks[k..].iter().any(|t| t.kind == Tk::Mark));
            participle || new_clause || coordinated_cue || new_attribution || comment
        })
        .map_or(semicolon, |k| {
            if toks[k - 1].kind == Tk::Comma {
                k - 1
            } else {
                k
            }
        })
        .min(after_quote_cut(text, toks, a, clause))
}

/// Content that went on past a closing quote stops where a new clause starts right
/// after it (`"…," which he said …`, `"The neighbours" and vows …`).
fn after_quote_cut(text: &str, toks: &[Tok], a: usize, clause: bool) -> usize {
    (a + 1..toks.len())
        .find(|&k| {
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
                && toks.get(k).is_some_and(|t| {
                    t.kind == Tk::Word && !t.quoted && is_participle(word(text, t))
                })
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
                            && lexicon::cue_at(text, u.span)
                                .is_some_and(|c| !c.strength.is_position())
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
        })
        .unwrap_or(toks.len())
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
                    )
                })
            }),
        _ => false,
    }
}

/// True when the text before `end` is a quote closed by a comma, `?` or `!` (`…,"`):
/// a content piece that runs up to such a quote.
fn closed_by_comma(text: &str, end: usize) -> bool {
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
fn opens_content(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(t.kind, Tk::Colon | Tk::Mark)
            || (t.kind == Tk::Word && word(text, t).eq_ignore_ascii_case("that"))
    })
}

/// True when a comma and one adverb stand before token `ci` (`…, instead seeking …`,
/// `…, again calling …`): the adverb is no speaker of the participle.
fn comma_adverb(text: &str, toks: &[Tok], ci: usize) -> bool {
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

/// A lower-case `-ing` form that opens a participle clause (`referring to …`), not a
/// preposition or a pronoun that ends the same way (`including`, `nothing`).
fn is_participle(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ing")
        && w.starts_with(char::is_lowercase)
        && !matches!(
            w,
            "including"
                | "according"
                | "following"
                | "regarding"
                | "concerning"
                | "excluding"
                | "involving"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "being"
                | "during"
        )
}

fn is_cue_word(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    // `wait and see`: a verb that reports only with `as` is no cue on its own.
    if lexicon::needs_as(w) {
        return false;
    }
    lexicon::word_cue(w).is_some()
}
