//! Speaker resolution: pronouns and roles to the nearest compatible named speaker
//! before them, and every name to the fullest form the article gives it.

use dateline_plugin::Span;

use crate::analyze::Found;
use crate::lexicon;

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

const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "Secretary", "Senator", "Sen",
    "Rep", "Gov", "Governor", "Gen", "General", "Vice", "Former", "Chairman", "Chairwoman",
    "Judge", "Justice", "Pope", "King", "Queen", "Prince", "Princess", "Sheikh", "Ayatollah",
    "Speaker", "Leader", "Candidate", "Nominee", "Representative", "Attorney", "Lt", "Col",
    "Sgt", "Adm", "Mayor", "Chief", "Ambassador", "Commissioner", "Director", "CEO", "The",
    "Professor", "Prof", "Rev", "Congressman", "Congresswoman", "Democrat", "Republican",
    "Spokesman", "Spokeswoman", "Sir", "Lord", "Dame", "Officer", "Commander", "Deputy",
    "Foreign", "Defense", "Defence", "Interior", "Economy", "Finance", "State", "Democratic",
    "GOP", "Sens", "Reps", "Gens", "Presidential", "Said", "But", "And", "When", "In", "On",
];

const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "da", "la", "le", "el", "abu", "del", "di",
];

fn is_title(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    TITLES.contains(&w)
}

/// Resolves every speaker of `found` (in text order) in place.
pub fn resolve(text: &str, found: &mut [Found]) {
    let mut seen: Vec<Entity> = Vec::new();
    for f in found.iter_mut() {
        let Some(sp) = f.speaker else { continue };
        let written = &text[sp.start..sp.end];
        let words: Vec<&str> = written.split_whitespace().collect();
        let Some(&first) = words.first() else { continue };
        let last = words.last().copied().unwrap_or(first);
        let lfirst = first.to_ascii_lowercase();
        if words.len() == 1 && lexicon::is_pronoun(first) {
            let (sort, gender) = match lfirst.as_str() {
                "he" => (Sort::Person, Some('m')),
                "she" => (Sort::Person, Some('f')),
                "they" | "it" | "we" => (Sort::Thing, None),
                _ => continue,
            };
            let hit = seen.iter_mut().rev().find(|e| {
                (e.sort == sort || (lfirst == "they" && e.sort == Sort::Person && false))
                    && (gender.is_none() || e.gender.is_none() || e.gender == gender)
            });
            if let Some(e) = hit {
                if e.gender.is_none() {
                    e.gender = gender;
                }
                f.resolved = Some(e.name);
            }
            continue;
        }
        if lexicon::is_determiner(first) {
            // A role: `the minister`, `the statement`, `a spokesman`.
            let head = last.trim_end_matches(['.', ',']);
            let person = words.iter().any(|w| lexicon::is_person_role(w));
            let thing = lexicon::is_thing_role(head);
            if lfirst == "the" && (person || thing) {
                let same_head = seen.iter().rev().find(|e| {
                    text[e.written.start..e.written.end]
                        .split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(head))
                });
                let hit = same_head.or_else(|| {
                    let sort = if person { Sort::Person } else { Sort::Thing };
                    seen.iter().rev().find(|e| e.sort == sort)
                });
                if let Some(e) = hit {
                    f.resolved = Some(e.name);
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
        if !last.starts_with(char::is_uppercase) {
            continue;
        }
        // A name. Organisations and documents are things; the rest are people.
        let thing = words.iter().any(|w| lexicon::is_thing_role(w))
            || (words.len() == 1 && last.len() <= 6 && last.chars().all(|c| c.is_ascii_uppercase()));
        let surname_at = sp.start + written.rfind(last).unwrap_or(0);
        let surname = Span::new(surname_at, surname_at + last.len());
        let name = if thing { sp } else { fullest(text, surname) };
        let gender = title_gender(text, sp.start);
        f.resolved = Some(name);
        if let Some(e) = seen.iter_mut().find(|e| text[e.name.start..e.name.end] == text[name.start..name.end]) {
            e.written = sp;
            e.gender = e.gender.or(gender);
            // Move it to the end: it is now the most recent.
            let idx = seen.iter().position(|e| text[e.name.start..e.name.end] == text[name.start..name.end]);
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

/// True when the line holding byte `at` is written in title case (a headline), where
/// any run of capitalised words looks like a name.
fn in_headline(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let mut words = 0;
    let mut caps = 0;
    for w in text[start..end].split_whitespace() {
        words += 1;
        if w.starts_with(char::is_uppercase) {
            caps += 1;
        }
    }
    words >= 3 && caps * 10 >= words * 6
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

/// The longest name in the text that ends with the word at `surname`
/// (`al-Sudani` → `Mohammed Shia al-Sudani`), the earliest of equals.
fn fullest(text: &str, surname: Span) -> Span {
    let word = &text[surname.start..surname.end];
    let word = word.trim_end_matches("’s").trim_end_matches("'s");
    let mut best = Span::new(surname.start, surname.start + word.len());
    let mut best_words = 1;
    for (at, _) in text.match_indices(word) {
        let end = at + word.len();
        if !dateline_plugin::text::is_word_start(text, at)
            || !dateline_plugin::text::is_word_end(text, end)
            || in_headline(text, at)
        {
            continue;
        }
        let mut start = at;
        let mut n = 1;
        while n < 5 {
            let before = &text[..start];
            let Some(prefix) = before.strip_suffix(' ') else { break };
            let w_start = prefix
                .rfind(|c: char| c.is_whitespace() || "\"“”(,;:".contains(c))
                .map_or(0, |i| i + prefix[i..].chars().next().map_or(1, char::len_utf8));
            let w = &prefix[w_start..];
            let lw = w.to_ascii_lowercase();
            let ok = !w.is_empty()
                && !is_title(w)
                && !lexicon::stops_speaker(w)
                && !lexicon::is_determiner(w)
                && !lexicon::is_time_word(w)
                && !lexicon::is_pronoun(w)
                && !matches!(lw.as_str(), "perhaps" | "trust" | "meet" | "dear" | "via" | "like" | "unlike" | "for" | "with" | "without" | "against" | "vote" | "elect" | "sen" | "rep")
                && !(lw.ends_with("ly") || lw.ends_with("ing"))
                && !w.ends_with("’s")
                && !w.ends_with("'s")
                && !w.ends_with('.')
                && (w.starts_with(char::is_uppercase) && !w.chars().all(|c| c.is_ascii_uppercase())
                    || PARTICLES.contains(&w))
                && !lexicon::is_thing_role(w);
            if !ok {
                break;
            }
            start = w_start;
            n += 1;
        }
        // Names never start with a particle.
        if n > best_words {
            best = Span::new(start, end);
            best_words = n;
        }
    }
    best
}
