//! Speaker resolution: pronouns and roles to the nearest compatible named speaker
//! before them, and every name to the fullest form the article gives it.

use std::collections::{BTreeMap, BTreeSet};

use dateline_plugin::Span;
use rustc_hash::FxHashMap;

use crate::found::Found;
use crate::lexicon::{self, PARTICLES, is_title};
use crate::words::title_case_line;

/// What a speaker phrase refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sort {
    /// A person (`he`, `the minister`, `Joe Biden`).
    Person,
    /// An organisation, a document or a group (`it`, `the statement`, `CENTCOM`).
    Thing,
}

/// A speaker already seen in the article.
struct Entity {
    /// The fullest name, as a span of the text.
    name: Span,
    /// The speaker phrase as written.
    written: Span,
    sort: Sort,
    /// `m` or `f` once a pronoun or title told.
    gender: Option<char>,
}

/// Resolves every speaker of `found` (in text order) in place.
pub fn resolve(text: &str, found: &mut [Found]) {
    let mut seen: Vec<Entity> = Vec::new();
    // The fullest form of each surname, computed once per article: a speaker is often
    // quoted many times.
    let mut names: Option<NameIndex> = None;
    // What `name_part` said of each capitalised word, for `name_before`.
    let mut name_parts: FxHashMap<&str, bool> = FxHashMap::default();
    let wanted: BTreeSet<&str> = found
        .iter()
        .flat_map(|f| [f.speaker, f.resolved])
        .flatten()
        // `Lee Zell of Ohio`: the name before `of` is wanted too.
        .flat_map(|sp| {
            let s = &text[sp.start..sp.end];
            [
                s.split_whitespace().last(),
                split_of(s).and_then(|(who, _)| who.split_whitespace().last()),
            ]
        })
        .flatten()
        .map(|w| trim_possessive(w.trim_end_matches(',')))
        .filter(|w| is_name_word(w))
        .collect();
    for f in found.iter_mut() {
        let Some(mut sp) = f.speaker else { continue };
        // `Lind declared …: "…," she said`: the frame that found the quote set the
        // subject of its clause as the pronoun's antecedent; it resolves as that name.
        let mut pronoun_gender = None;
        if let Some(ante) = f.resolved
            && lexicon::is_pronoun(&text[sp.start..sp.end])
        {
            pronoun_gender = match &*lexicon::lower(&text[sp.start..sp.end]) {
                "he" => Some('m'),
                "she" => Some('f'),
                _ => None,
            };
            // A known person of the other gender is not the antecedent: the pronoun
            // resolves as usual.
            let surname = text[ante.start..ante.end].split_whitespace().last();
            let clash = seen.iter().any(|e| {
                e.sort == Sort::Person
                    && e.gender.is_some()
                    && pronoun_gender.is_some()
                    && e.gender != pronoun_gender
                    && text[e.name.start..e.name.end].split_whitespace().last() == surname
            }) || pronoun_gender.is_some()
                && title_gender(text, ante.start).is_some_and(|g| Some(g) != pronoun_gender);
            if clash {
                f.resolved = None;
            } else {
                sp = ante;
            }
        }
        // The day of the report after the source (`President Lea Varn Thursday`, `a
        // poll released on Monday`) is no part of who spoke: it is resolved without it.
        sp = without_report_day(text, sp);
        let written = &text[sp.start..sp.end];
        let words: Vec<&str> = written.split_whitespace().collect();
        let Some(&first) = words.first() else {
            continue;
        };
        let last = words.last().copied().unwrap_or(first);
        let lfirst = lexicon::lower(first);
        // `Another said`, `One said`: a quantifier names no one to resolve to.
        if words.len() == 1
            && matches!(
                &*lfirst,
                "another" | "one" | "others" | "many" | "some" | "both" | "several" | "most"
            )
        {
            continue;
        }
        // A possessor (`his support for …`) resolves like its pronoun.
        let possessor = matches!(&*lfirst, "his" | "her" | "their" | "its" | "our");
        if words.len() == 1 && (lexicon::is_pronoun(first) || possessor) {
            // The frame found the antecedent itself (`Varga stepped up her attacks`).
            if f.resolved.is_some() {
                continue;
            }
            let (sort, gender) = match &*lfirst {
                "he" | "his" => (Sort::Person, Some('m')),
                "she" | "her" => (Sort::Person, Some('f')),
                "they" | "it" | "we" | "their" | "its" | "our" => (Sort::Thing, None),
                _ => continue,
            };
            let hit = seen.iter_mut().rev().find(|e| {
                e.sort == sort && (gender.is_none() || e.gender.is_none() || e.gender == gender)
            });
            if let Some(e) = hit {
                if e.gender.is_none() {
                    e.gender = gender;
                }
                f.resolved = Some(e.name);
            } else if sort == Sort::Person {
                // No earlier speaker: the nearest full name written before the pronoun.
                f.resolved = name_before(text, sp.start, &mut name_parts);
            }
            continue;
        }
        let last = last.trim_end_matches(',');
        let named = is_name_word(last) && !lexicon::is_thing_role(last);
        if lexicon::is_determiner(first) && !named {
            // A role: `the minister`, `the statement`, `a spokesman`.
            let head = last.trim_end_matches(['.', ',']);
            let person = words.iter().any(|w| lexicon::is_person_role(w));
            // `the prime minister` when the article wrote `Prime Minister X`.
            if person
                && let Some(name) = titled_name(text, &words[1..])
                    .or_else(|| appositive_name(text, &words[1..], sp.start))
            {
                f.resolved = Some(name);
                continue;
            }
            let thing = lexicon::is_thing_role(head);
            if lfirst == "the" && (person || thing) {
                // The earlier phrase's own noun, not one of its modifiers: `A spokesman
                // for the authority` is no mention of `the authority`.
                let modifiers = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
                let same_head = seen.iter().rev().find(|e| {
                    text[e.written.start..e.written.end]
                        .split_whitespace()
                        .take_while(|w| {
                            !lexicon::with_lower(w, |w| matches!(w,
                                "for" | "of" | "at" | "from" | "by" | "with" | "to" | "in" | "on"
                            ))
                        })
                        .any(|w| w.trim_end_matches([',', '.']).eq_ignore_ascii_case(head))
                        // `the Florida senator` is no mention of `The Ohio senator`.
                        && modifiers.iter().all(|m| {
                            text[e.written.start..e.written.end]
                                .split_whitespace()
                                .any(|w| w.trim_end_matches([',', '.']).eq_ignore_ascii_case(m))
                        })
                });
                // A role (`the minister`, `the defence ministry`) is kept as written
                // unless the article named someone with that title or appositive (above)
                // or an earlier speaker phrase shares its head noun and modifiers: the
                // nearest earlier person or organisation is as often someone else.
                if let Some(e) = same_head {
                    f.resolved = Some(e.name);
                    continue;
                }
                // `The ministry issued a statement. … the statement noted`: the subject
                // of the sentence that mentioned the document last.
                if thing && let Some(issuer) = issuer_of(text, head, sp.start) {
                    f.resolved = Some(issuer);
                    continue;
                }
            }
            // Remember the phrase so that a later `the statement` finds it.
            seen.push(Entity {
                name: sp,
                written: sp,
                sort: if person { Sort::Person } else { Sort::Thing },
                gender: None,
            });
            continue;
        }
        if !named {
            continue;
        }
        // `a survey by the Association of Dam Engineers`: a common noun after the
        // determiner is the head, and the name after the preposition only modifies it,
        // so the phrase is kept as written.
        // (`The fishermen's cooperative of Port Elms` too: the common noun may come
        // after a modifier.)
        let head_before_preposition = (2..words.len().min(5)).any(|p| {
            matches!(words[p], "by" | "of" | "from" | "for" | "at" | "in")
                && words[p - 1].starts_with(char::is_lowercase)
                && words[1..p]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase))
        });
        if lexicon::is_determiner(first)
            && words.len() >= 3
            && head_before_preposition
            && !words[1..].iter().any(|w| lexicon::is_person_role(w))
        {
            seen.push(Entity {
                name: sp,
                written: sp,
                sort: Sort::Thing,
                gender: None,
            });
            continue;
        }
        // A name. Organisations and documents are things; the rest are people.
        let thing = lexicon::is_thing_role(last)
            || (lfirst == "the" && words.iter().any(|w| lexicon::is_thing_role(w)))
            // A headline in capitals (`BRIDGE TOLLS RISE AGAIN`) is kept as written.
            || (words.len() >= 3 && !written.chars().any(char::is_lowercase))
            || (words.len() == 1
                && last.len() <= 6
                && last.chars().all(|c| c.is_ascii_uppercase()));
        // `Jason Gilbert of Cheyenne`: the name is before `of`.
        let written = match split_of(written) {
            // A title before the name (`Rep. Lee Zell of Ohio`) is no part of it.
            Some((who, _))
                if who.split_whitespace().skip_while(|w| is_title(w)).count() >= 2
                    && who
                        .split_whitespace()
                        .skip_while(|w| is_title(w))
                        .all(|w| is_name_word(w) && !is_title(w)) =>
            {
                who
            }
            _ => written,
        };
        let last = written
            .split_whitespace()
            .last()
            .unwrap_or(last)
            .trim_end_matches(',');
        let surname_at = sp.start + rfind_bytes(written, last).unwrap_or(0);
        let surname = Span::new(surname_at, surname_at + last.len());
        let name = if thing {
            sp
        } else {
            names
                .get_or_insert_with(|| NameIndex::build(text, &wanted))
                .fullest(text, surname)
        };
        let gender = title_gender(text, sp.start).or(pronoun_gender);
        f.resolved = Some(name);
        if let Some(e) = seen
            .iter_mut()
            .find(|e| text[e.name.start..e.name.end] == text[name.start..name.end])
        {
            e.written = sp;
            e.gender = e.gender.or(gender);
            // Move it to the end: it is now the most recent.
            let idx = seen
                .iter()
                .position(|e| text[e.name.start..e.name.end] == text[name.start..name.end]);
            if let Some(i) = idx {
                let e = seen.remove(i);
                seen.push(e);
            }
        } else {
            seen.push(Entity {
                name,
                written: sp,
                sort: if thing { Sort::Thing } else { Sort::Person },
                gender,
            });
        }
    }
    continue_speakers(found);
}

/// A quote with no speaker of its own that closely follows a quote with one continues
/// that speaker: news style names the speaker once, then quotes on.
fn continue_speakers(found: &mut [Found]) {
    let mut last: Option<(Span, usize)> = None;
    for f in found.iter_mut() {
        let start = f.pieces.first().map_or(0, |p| p.start);
        let end = f.pieces.last().map_or(0, |p| p.end);
        match (f.speaker, f.resolved.or(f.speaker)) {
            (Some(_), Some(name)) => last = Some((name, end)),
            (None, _) => {
                if let Some((name, at)) = last
                    && f.cue.is_none()
                    && start >= at
                    && start - at < 400
                {
                    f.resolved = Some(name);
                    last = Some((name, end));
                }
            }
            _ => {}
        }
    }
}

/// The nearest run of two to five name words (`George Wallace`) in the 1,500 bytes
/// before `at`, outside headlines.
///
/// `part` keeps what [`name_part`] said of each word that passed its first test: a
/// paragraph of many pronouns and no speaker asks again and again about the same few
/// capitalised words.
fn name_before<'t>(text: &'t str, at: usize, part: &mut FxHashMap<&'t str, bool>) -> Option<Span> {
    let from = dateline_plugin::text::floor_boundary(text, at.saturating_sub(1500));
    let window = &text[from..at];
    let mut best: Option<Span> = None;
    let mut run: Vec<Span> = Vec::new();
    let flush = |run: &mut Vec<Span>, best: &mut Option<Span>| {
        // The run's last word is the surname; drop leading words that are not name
        // parts (titles, roles).
        while run.len() >= 2 && !name_part(&text[run[0].start..run[0].end]) {
            run.remove(0);
        }
        if run.len() >= 2 && !title_case_line(text, run[0].start) {
            *best = Some(Span::new(run[0].start, run[run.len() - 1].end));
        }
        run.clear();
    };
    let mut pos = 0;
    // The pieces of `window.split(' ')`, found with memchr (the split's own searcher
    // compares each candidate byte through a call of memcmp).
    let spaces = memchr::memchr_iter(b' ', window.as_bytes()).chain([window.len()]);
    for space in spaces {
        let piece = &window[pos..space];
        let start = from + pos;
        pos = space + 1;
        let word = piece.trim_end_matches([',', '.', ';', ':', '"', '”']);
        let clean_end = start + word.len();
        let is_part = !word.is_empty()
            && ((may_be_name_part(word) && *part.entry(word).or_insert_with(|| name_part(word)))
                || (!run.is_empty() && is_name_word(word) && !is_title(word)));
        if is_part && !piece.contains('\n') {
            run.push(Span::new(start, clean_end));
            if word.len() != piece.len() {
                flush(&mut run, &mut best);
            }
        } else {
            flush(&mut run, &mut best);
        }
    }
    flush(&mut run, &mut best);
    best
}

/// `sp` without a weekday (and an `on` before it) at its end, when words are left.
fn without_report_day(text: &str, sp: Span) -> Span {
    let mut end = sp.end;
    loop {
        let head = text[sp.start..end].trim_end();
        let Some(cut) = head.rfind(char::is_whitespace) else {
            break;
        };
        let last = head[cut..].trim_start().trim_end_matches(',');
        if lexicon::is_weekday_any_case(last) {
            end = sp.start + cut;
        } else if last.eq_ignore_ascii_case("on") && end < sp.end {
            end = sp.start + cut;
            break;
        } else {
            break;
        }
    }
    Span::new(sp.start, sp.start + text[sp.start..end].trim_end().len())
}

/// True when `w` can end a name: capitalised, or a particle joined to a capitalised
/// name (`al-Sudani`, `bin-Salman`).
fn is_name_word(w: &str) -> bool {
    // A weekday is written with a capital but names no one: in `a poll released
    // Monday` the source is the poll, not "Monday".
    if lexicon::is_weekday_any_case(w) {
        return false;
    }
    if w.starts_with(char::is_uppercase) {
        return true;
    }
    w.split_once('-')
        .is_some_and(|(p, rest)| PARTICLES.contains(&p) && rest.starts_with(char::is_uppercase))
}

/// The name that follows the role written as a title (`Prime Minister Mohammed Shia
/// al-Sudani` for `the prime minister`), in its fullest form.
fn titled_name(text: &str, role: &[&str]) -> Option<Span> {
    if role.is_empty() || role.len() > 4 {
        return None;
    }
    let title: Vec<String> = role
        .iter()
        .map(|w| {
            let w = w.trim_end_matches(',');
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect();
    let title = title.join(" ");
    // memchr's substring search over the whole article, as `str::find` would give it.
    let at = memchr::memmem::find(text.as_bytes(), format!("{title} ").as_bytes())?;
    let rest = &text[at + title.len() + 1..];
    let name_len: usize = rest
        .split(' ')
        .take(4)
        .take_while(|w| is_name_word(w.trim_end_matches([',', '.'])) || PARTICLES.contains(w))
        .map(|w| w.len() + 1)
        .sum();
    if name_len == 0 {
        return None;
    }
    let start = at + title.len() + 1;
    let name = rest[..name_len - 1].trim_end_matches([',', '.']);
    let last = name.rsplit(' ').next()?;
    let surname_at = start + name.len() - last.len();
    let wanted = BTreeSet::from([last]);
    Some(
        NameIndex::build(text, &wanted)
            .fullest(text, Span::new(surname_at, surname_at + last.len())),
    )
}

/// The name that the role follows as an appositive before byte `before` (`Dana Voss,
/// the mayor,` for a later `the mayor`), in its fullest form.
fn appositive_name(text: &str, role: &[&str], before: usize) -> Option<Span> {
    if role.is_empty() || role.len() > 4 {
        return None;
    }
    let written = role
        .iter()
        .map(|w| w.trim_end_matches(','))
        .collect::<Vec<_>>()
        .join(" ");
    // Closed by a comma: `In Elms, the mayor said` has no appositive.
    let at = memchr::memmem::find(
        &text.as_bytes()[..before],
        format!(", the {written},").as_bytes(),
    )?;
    let last = text[..at].rsplit([' ', '\n']).next()?;
    if last.len() < 2 || !is_name_word(last) || !name_part(last) {
        return None;
    }
    let surname_at = at - last.len();
    let wanted = BTreeSet::from([last]);
    Some(
        NameIndex::build(text, &wanted)
            .fullest(text, Span::new(surname_at, surname_at + last.len())),
    )
}

/// The issuer of the document last mentioned as `head` before `before`: the subject of
/// that sentence (`The finance ministry issued a statement`).
fn issuer_of(text: &str, head: &str, before: usize) -> Option<Span> {
    // memchr's reverse substring search: the last occurrence, as `str::rfind` gives it
    // (an empty head occurs at the end).
    let at = if head.is_empty() {
        before
    } else {
        memchr::memmem::rfind(&text.as_bytes()[..before], head.as_bytes())?
    };
    let start = text[..at].rfind(['.', '\n', '!', '?']).map_or(0, |i| i + 1);
    let sentence = Span::new(start, at);
    let toks = crate::text::tokenize(text, sentence, &[]);
    let subj = crate::speakers::subject(text, &toks)?;
    let subj_text = &text[subj.start..subj.end];
    // The document must be the object of a verb after the subject (`issued a
    // statement`), not a modifier inside it (`A spokesman for the authority`).
    let issued = text[subj.end..at].split_whitespace().any(|w| {
        w.starts_with(char::is_lowercase)
            && (w.ends_with("ed")
                || matches!(
                    w,
                    "sent" | "put" | "wrote" | "made" | "gave" | "issues" | "releases"
                ))
    });
    (issued && !subj_text.eq_ignore_ascii_case(&format!("the {head}"))).then_some(subj)
}

/// `s.split_once(" of ")`, by a byte search: speaker phrases are a few words long, and
/// `str`'s substring searcher costs more to set up than such a search.
fn split_of(s: &str) -> Option<(&str, &str)> {
    let i = s.as_bytes().windows(4).position(|w| w == b" of ")?;
    Some((&s[..i], &s[i + 4..]))
}

/// `hay.rfind(needle)`, by a byte search, for the same reason as [`split_of`].
fn rfind_bytes(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.as_bytes()
        .windows(needle.len())
        .rposition(|w| w == needle.as_bytes())
}

/// `w` without the possessive endings `’s` and `'s`, as
/// `w.trim_end_matches("’s").trim_end_matches("'s")` reads it, but comparing the ends
/// directly instead of setting up a substring searcher for each word.
fn trim_possessive(mut w: &str) -> &str {
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    w
}

/// `m` after `Mr.`, `f` after `Mrs.` or `Ms.`.
fn title_gender(text: &str, start: usize) -> Option<char> {
    let before = text[..start].trim_end();
    if before.ends_with("Mr.") || before.ends_with("Mr") {
        Some('m')
    } else if before.ends_with("Mrs.") || before.ends_with("Ms.") || before.ends_with("Ms") {
        Some('f')
    } else {
        None
    }
}

/// True when `w` may stand before a surname inside a name (`Mohammed Shia` before
/// `al-Sudani`): capitalised or a particle, and not a title, a role or a function word.
fn name_part(w: &str) -> bool {
    // The test of the first letter comes first: it is the cheapest and rejects most
    // words (`name_before` asks about every word of 1,500 bytes before each pronoun).
    may_be_name_part(w)
        && !is_title(w)
        && !lexicon::stops_speaker(w)
        && !lexicon::is_determiner(w)
        && !lexicon::is_time_word(w)
        && !lexicon::is_pronoun(w)
        && !lexicon::is_person_role(w)
        && !lexicon::with_lower(w, |lw| {
            matches!(
                lw,
                "perhaps"
                    | "trust"
                    | "meet"
                    | "dear"
                    | "via"
                    | "like"
                    | "unlike"
                    | "for"
                    | "with"
                    | "without"
                    | "against"
                    | "vote"
                    | "elect"
                    | "sen"
                    | "rep"
            )
        })
        && !lexicon::is_opener(w)
        && !w.ends_with("’s")
        && !w.ends_with("'s")
        && !w.ends_with('.')
        && !lexicon::is_thing_role(w)
}

/// The first test of [`name_part`], the only one most words fail: capitalised (and not
/// all capitals) or a particle.
fn may_be_name_part(w: &str) -> bool {
    !w.is_empty()
        && (w.starts_with(char::is_uppercase) && !w.chars().all(|c| c.is_ascii_uppercase())
            // Every particle is a short lower-case word.
            || w.len() <= 3 && PARTICLES.contains(&w))
}

/// For every word of the article, the longest name that ends with it (`al-Sudani` →
/// `Mohammed Shia al-Sudani`), the earliest of equals: built in one pass, then looked up
/// for each speaker.
pub(crate) struct NameIndex<'t> {
    best: BTreeMap<&'t str, (usize, Span)>,
}

impl<'t> NameIndex<'t> {
    /// Indexes the names that end with one of the `wanted` surnames: one search of the
    /// text per surname, then a walk back over the words before each occurrence.
    pub(crate) fn build(text: &'t str, wanted: &BTreeSet<&'t str>) -> Self {
        let mut best: BTreeMap<&'t str, (usize, Span)> = BTreeMap::new();
        // Whether each line (by its start) is a headline, worked out once per line.
        let mut headline: BTreeMap<usize, bool> = BTreeMap::new();
        // The same few words stand before a surname again and again (`Mr.`, `Donald`,
        // `said`): each is judged once.
        let mut part: FxHashMap<&'t str, bool> = FxHashMap::default();
        for &key in wanted {
            // memchr's SIMD substring search: this loop runs once per speaker surname
            // over the whole article and dominated the plugin's profile with `str`'s.
            for at in memchr::memmem::find_iter(text.as_bytes(), key.as_bytes()) {
                let end = at + key.len();
                if !dateline_plugin::text::is_word_start(text, at)
                    || !dateline_plugin::text::is_word_end(text, end)
                {
                    continue;
                }
                let mut start = at;
                let mut n = 1;
                while n < 5 {
                    let Some(prefix) = text[..start].strip_suffix(' ') else {
                        break;
                    };
                    let w_start = prefix
                        .rfind(|c: char| c.is_whitespace() || "\"“”(,;:".contains(c))
                        .map_or(0, |i| {
                            i + prefix[i..].chars().next().map_or(1, char::len_utf8)
                        });
                    let w = &prefix[w_start..];
                    if !(may_be_name_part(w) && *part.entry(w).or_insert_with(|| name_part(w))) {
                        break;
                    }
                    start = w_start;
                    n += 1;
                }
                // Only a name longer than the surname alone, and longer than the one
                // found so far, is kept (`fullest` gives the surname itself otherwise),
                // so only such a name's line is read for a headline, where any run of
                // capitalised words looks like a name.
                if n == 1 || best.get(key).is_some_and(|&(m, _)| n <= m) {
                    continue;
                }
                let line = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
                if *headline
                    .entry(line)
                    .or_insert_with(|| title_case_line(text, at))
                {
                    continue;
                }
                best.insert(key, (n, Span::new(start, end)));
            }
        }
        NameIndex { best }
    }

    /// The longest name ending with the surname at `surname`, or the surname itself.
    pub(crate) fn fullest(&self, text: &str, surname: Span) -> Span {
        let word = trim_possessive(&text[surname.start..surname.end]);
        match self.best.get(word) {
            Some(&(n, span)) if n > 1 => span,
            _ => Span::new(surname.start, surname.start + word.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_plugin::{Document, Extractor};

    #[test]
    fn a_report_day_at_the_end_of_a_source_is_left_out_of_what_is_resolved() {
        for (text, kept) in [
            ("President Tova Sarn Thursday", "President Tova Sarn"),
            ("a poll released on Monday", "a poll released"),
            ("the ministry, Friday,", "the ministry,"),
            ("Monday", "Monday"),
            ("Sarn", "Sarn"),
            ("a poll on Sunday Monday", "a poll"),
            ("a Sunday paper", "a Sunday paper"),
        ] {
            let got = without_report_day(text, Span::new(0, text.len()));
            assert_eq!(&text[got.start..got.end], kept, "{text}");
        }
    }

    #[test]
    fn a_weekday_is_never_the_resolved_source() {
        let text = "Exports fell by a third, according to a trade ministry report released \
                    Friday.\n\nIn a new poll released Monday, 52 percent of voters backed the plan.";
        let doc = Document::from_text("t", text);
        let quotes: Vec<_> = crate::Quotes
            .extract(&doc)
            .unwrap()
            .into_iter()
            .filter_map(|c| c.payload.as_quote().cloned())
            .collect();
        assert_eq!(quotes.len(), 2);
        for q in quotes {
            assert!(q.speaker.as_deref().is_some_and(|s| s.ends_with("day")));
            assert_eq!(q.speaker_resolved, None, "{:?}", q.speaker);
        }
    }
}
