//! What two sentences have in common: their content words, weighted by how rare they
//! are in the whole set, and the names among them.
//!
//! A sentence is reduced to the set of its content words: lower-cased, possessive and
//! plural endings taken off, thousands separators taken out of numbers, and function
//! words, verbs of reporting and calendar words left out (the calendar is compared by
//! the event times, and "said" says nothing about what happened). A word written with a
//! capital letter is also a *name*. Two sentences are compared by the weighted Jaccard
//! overlap of their word sets, each word weighing `ln(1 + N / df)` where `N` is the
//! number of sentences in the set and `df` the number that contain the word, so that
//! "Kharg" counts for more than "attack" in a story about the Gulf.

use rustc_hash::FxHashMap;

use crate::label::is_calendar_word;

/// Function words and verbs of reporting: words two unrelated sentences share by
/// chance. One list for the timeline crate; plugins keep their own lexicons.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "added",
    "adding",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "announced",
    "another",
    "any",
    "are",
    "around",
    "as",
    "asked",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "done",
    "down",
    "during",
    "each",
    "earlier",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "quoted",
    "rather",
    "reported",
    "reporters",
    "reporting",
    "reports",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "see",
    "seen",
    "several",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "spokesman",
    "spokeswoman",
    "stated",
    "statement",
    "still",
    "such",
    "tell",
    "telling",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "told",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
];

fn is_stopword(word: &str) -> bool {
    // Asked of every word of every sentence: a set with a fast hasher, not SipHash.
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(word)
}

/// One word of a sentence, normalised for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// The normalised form.
    pub text: String,
    /// Written with a capital letter (a name, an acronym, or the sentence's first word).
    pub capitalised: bool,
}

/// The content words of `text`, in text order, repeats included.
///
/// A word is a run of letters and digits; apostrophes, hyphens and the separators of
/// numbers ("2,500", "3.5") stay inside it when letters or digits follow them, and so
/// does the period of an abbreviation after a capital ("U.S."). Most sentences are
/// ASCII and are read byte by byte; the others char by char, by the same rules.
pub(crate) fn content_words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    each_content_word(text, |word, capitalised| {
        out.push(Word {
            text: word.to_owned(),
            capitalised,
        })
    });
    out
}

/// [`content_words`] handed one by one to `sink` as `(normalised form, capitalised)`,
/// without allocating for an ASCII word: the timeline splits every sentence of a set
/// into words, and most of those words are already known when they are looked up.
pub(crate) fn each_content_word(text: &str, mut sink: impl FnMut(&str, bool)) {
    if text.is_ascii() {
        ascii_words(text, &mut sink);
    } else {
        unicode_words(text, &mut sink);
    }
}

/// The content words of a sentence in one string, worked out where the sentence is and
/// given ids later, in canonical order, by [`Vocabulary::add_words`]: each normalised
/// word followed by [`PLAIN`] or [`CAPITALISED`] (a word is letters, digits and joining
/// marks, never these control bytes).
#[derive(Debug, Clone, Default)]
pub(crate) struct Words(String);

const PLAIN: char = '\u{1}';
const CAPITALISED: char = '\u{2}';

impl Words {
    /// The content words of `text`.
    pub fn of(text: &str) -> Self {
        let mut out = String::with_capacity(text.len() / 2);
        each_content_word(text, |word, capitalised| {
            out.push_str(word);
            out.push(if capitalised { CAPITALISED } else { PLAIN });
        });
        Words(out)
    }

    /// The words with whether each is capitalised, in text order.
    fn iter(&self) -> impl Iterator<Item = (&str, bool)> {
        let mut rest = self.0.as_str();
        std::iter::from_fn(move || {
            let end = rest.find([PLAIN, CAPITALISED])?;
            let word = &rest[..end];
            let capitalised = rest.as_bytes()[end] == CAPITALISED as u8;
            rest = &rest[end + 1..];
            Some((word, capitalised))
        })
    }
}

/// Whether the mark `c` between `prev` and `next` joins them into one word.
fn joins(prev: char, c: char, next: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',')
        && next.is_alphanumeric()
        && (c != ',' && c != '.'
            || (prev.is_ascii_digit() && next.is_ascii_digit())
            || (c == '.' && prev.is_uppercase()))
}

/// [`content_words`] of an ASCII `text`, where every byte is a char.
fn ascii_words(text: &str, sink: &mut impl FnMut(&str, bool)) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < b.len() {
            let c = b[j];
            let joined =
                j + 1 < b.len() && joins(char::from(b[j - 1]), char::from(c), char::from(b[j + 1]));
            if c.is_ascii_alphanumeric() || joined {
                j += 1;
            } else {
                break;
            }
        }
        let raw = &text[start..j];
        if raw.len() <= ASCII_WORD {
            let mut buf = [0u8; ASCII_WORD];
            if let Some((len, capitalised)) = normalise_ascii_into(raw, &mut buf) {
                // Only ASCII bytes of `raw` are kept, so this cannot fail.
                if let Ok(word) = std::str::from_utf8(&buf[..len]) {
                    sink(word, capitalised);
                }
            }
        } else if let Some(word) = normalise_any(raw) {
            sink(&word.text, word.capitalised);
        }
        i = j;
    }
}

/// [`content_words`] of any `text`.
fn unicode_words(text: &str, sink: &mut impl FnMut(&str, bool)) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joined = chars
                .get(j + 1)
                .is_some_and(|n| joins(chars[j - 1].1, c, n.1));
            if c.is_alphanumeric() || joined {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |c| c.0);
        if let Some(word) = normalise(&text[start..end]) {
            sink(&word.text, word.capitalised);
        }
        i = j;
    }
}

fn normalise(raw: &str) -> Option<Word> {
    if raw.is_ascii() && raw.len() <= ASCII_WORD {
        normalise_ascii(raw)
    } else {
        normalise_any(raw)
    }
}

/// [`normalise`] of any word.
fn normalise_any(raw: &str) -> Option<Word> {
    let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
    let mut w = raw.to_lowercase();
    for suffix in ["'s", "’s"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            w = stem.to_owned();
        }
    }
    if w.chars().any(|c| c.is_ascii_digit()) {
        w.retain(|c| c != ',');
    } else {
        // An acronym ("US", "U.S.", "IT") is a name even when its letters spell a
        // function word.
        let acronym = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !raw.chars().any(char::is_lowercase);
        if !acronym && is_stopword(&w) || is_calendar_word(&w) {
            return None;
        }
        w.retain(|c| c != '.');
        if w.chars().count() < 2 {
            return None;
        }
        w = stem(w);
    }
    Some(Word {
        text: w,
        capitalised,
    })
}

/// The longest ASCII word [`normalise_ascii`] lower-cases on the stack.
const ASCII_WORD: usize = 64;

/// [`normalise`] of an ASCII word of at most [`ASCII_WORD`] bytes, by the same rules.
fn normalise_ascii(raw: &str) -> Option<Word> {
    let mut buf = [0u8; ASCII_WORD];
    let (len, capitalised) = normalise_ascii_into(raw, &mut buf)?;
    Some(Word {
        text: String::from_utf8(buf[..len].to_vec()).ok()?,
        capitalised,
    })
}

/// [`normalise_ascii`] into `buf`, without allocating: the normalised form is
/// `buf[..len]`, returned with whether the word was capitalised. Function and calendar
/// words, about half of a sentence, are dropped after a look-up in the lower-cased copy.
fn normalise_ascii_into(raw: &str, buf: &mut [u8; ASCII_WORD]) -> Option<(usize, bool)> {
    let capitalised = raw.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let mut len = raw.len();
    buf[..len].copy_from_slice(raw.as_bytes());
    buf[..len].make_ascii_lowercase();
    if buf[..len].ends_with(b"'s") {
        len -= 2;
    }
    // The word with every `drop` byte taken out, in place.
    let keep = |buf: &mut [u8; ASCII_WORD], len: usize, drop: u8| -> usize {
        let mut kept = 0;
        for i in 0..len {
            if buf[i] != drop {
                buf[kept] = buf[i];
                kept += 1;
            }
        }
        kept
    };
    if buf[..len].iter().any(u8::is_ascii_digit) {
        return Some((keep(buf, len, b','), capitalised));
    }
    let lower = std::str::from_utf8(&buf[..len]).ok()?;
    // An acronym ("US", "U.S.", "IT") is a name even when its letters spell a
    // function word; it is only looked at for a function word.
    let acronym = || {
        raw.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
            && !raw.bytes().any(|c| c.is_ascii_lowercase())
    };
    if is_calendar_word(lower) || is_stopword(lower) && !acronym() {
        return None;
    }
    let len = keep(buf, len, b'.');
    if len < 2 {
        return None;
    }
    Some((stem_ascii(&mut buf[..len]), capitalised))
}

/// [`stem`] of the ASCII word `w`, in place: the length of the stem, which is a prefix
/// of `w` except that `-ies` becomes `-y`.
fn stem_ascii(w: &mut [u8]) -> usize {
    let mut len = w.len();
    if len > 4 && w.ends_with(b"ies") {
        // Ending in `y`, the word can lose neither `-ing`, `-ed` nor a final `e`.
        len -= 2;
        w[len - 1] = b'y';
        return len;
    }
    if len > 3 && w.ends_with(b"s") && !w.ends_with(b"ss") && !w.ends_with(b"us") {
        len -= 1;
    }
    for suffix in [&b"ing"[..], &b"ed"[..]] {
        if len >= suffix.len() + 3 && w[..len].ends_with(suffix) {
            len -= suffix.len();
            break;
        }
    }
    if len > 3 && w[len - 1] == b'e' {
        len -= 1;
    }
    len
}

/// A light stemmer, enough that "troops" meets "troop", "casualties" meets
/// "casualty" and "killed" meets "killing", without a dictionary: plural `-s`/`-ies`,
/// then `-ing`/`-ed`, then a final `-e` ("closed", "closing" and "close" all become
/// "clos"). Short words are left alone.
fn stem(mut w: String) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if w.len() >= suffix.len() + 3 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// Word ids shared by every sentence of a set, and how many sentences hold each word.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: FxHashMap<String, u32>,
    df: Vec<u32>,
    sentences: u32,
    /// Every word's weight, once all sentences are in ([`Vocabulary::freeze`]).
    weights: Vec<f64>,
}

/// A sentence as a set of word ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct Bag {
    /// Sorted, without repeats.
    pub words: Vec<u32>,
    /// The words written with a capital letter somewhere in the sentence other than as
    /// its first word; sorted, without repeats.
    pub names: Vec<u32>,
    /// The total weight of `words`, set by [`Vocabulary::weigh`].
    pub total: f64,
}

impl Vocabulary {
    /// The bag of `text`, counting it in the document frequencies.
    ///
    /// Ids are handed out in the order words are first seen, so the same sentences in
    /// the same order always get the same ids.
    pub fn add(&mut self, text: &str) -> Bag {
        self.add_words(&Words::of(text))
    }

    /// [`Vocabulary::add`] of a sentence whose words were split already.
    pub fn add_words(&mut self, words: &Words) -> Bag {
        self.sentences += 1;
        let mut bag = Bag::default();
        for (i, (word, capitalised)) in words.iter().enumerate() {
            let id = self.id(word);
            bag.words.push(id);
            if capitalised && i > 0 {
                bag.names.push(id);
            }
        }
        bag.words.sort_unstable();
        bag.words.dedup();
        bag.names.sort_unstable();
        bag.names.dedup();
        // Every sentence's bag is held until the clustering ends: without its repeats
        // and its room to grow it is about a third smaller.
        bag.words.shrink_to_fit();
        bag.names.shrink_to_fit();
        for &id in &bag.words {
            self.df[id as usize] += 1;
        }
        bag
    }

    /// The id of `word`, given to it when it is first seen; the word is copied only
    /// then.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(word.to_owned(), id);
        self.df.push(0);
        id
    }

    /// The ids of `words` (a quote's), sorted and without repeats, without counting
    /// them: quoted words are compared among themselves and unweighted.
    pub fn ids_of(&mut self, words: &Words) -> Vec<u32> {
        let mut ids: Vec<u32> = words.iter().map(|(word, _)| self.id(word)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.shrink_to_fit();
        ids
    }

    /// How many sentences hold word `id`.
    pub fn df(&self, id: u32) -> u32 {
        self.df.get(id as usize).copied().unwrap_or(0)
    }

    /// The weight of word `id`: rare words weigh more.
    pub fn weight(&self, id: u32) -> f64 {
        match self.weights.get(id as usize) {
            Some(&w) => w,
            None => self.compute_weight(id),
        }
    }

    fn compute_weight(&self, id: u32) -> f64 {
        let df = f64::from(self.df(id).max(1));
        (1.0 + f64::from(self.sentences.max(1)) / df).ln()
    }

    /// Compute every word's weight once, when all sentences have been added: the
    /// weights are asked for in every comparison.
    pub fn freeze(&mut self) {
        self.weights = (0..self.df.len() as u32)
            .map(|id| self.compute_weight(id))
            .collect();
    }

    /// Set the bag's total weight (after [`Vocabulary::freeze`]).
    pub fn weigh(&self, bag: &mut Bag) {
        bag.total = bag.words.iter().map(|&w| self.weight(w)).sum();
    }
}

/// What two bags share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Overlap {
    /// Weighted Jaccard overlap, 0 to 1.
    pub similarity: f64,
    /// The weight of the shared words over the weight of the smaller bag, 0 to 1: how
    /// much of the shorter sentence the longer one repeats.
    pub containment: f64,
    /// Number of shared words.
    pub shared: usize,
    /// Number of shared names (capitalised in both).
    pub names: usize,
    /// The size of the smaller bag.
    pub smaller: usize,
}

/// Compare two bags.
pub(crate) fn overlap(vocab: &Vocabulary, a: &Bag, b: &Bag) -> Overlap {
    // Only the shared words are weighed: the weight of the union is the two totals less
    // that of the intersection, and this runs for every proposed pair.
    let (mut i, mut j) = (0, 0);
    let (mut both, mut shared) = (0.0, 0);
    while i < a.words.len() && j < b.words.len() {
        let (x, y) = (a.words[i], b.words[j]);
        match x.cmp(&y) {
            std::cmp::Ordering::Equal => {
                both += vocab.weight(x);
                shared += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    let either = a.total + b.total - both;
    let smaller_weight = a.total.min(b.total);
    Overlap {
        similarity: if either > 0.0 {
            (both / either).min(1.0)
        } else {
            0.0
        },
        containment: if smaller_weight > 0.0 {
            (both / smaller_weight).min(1.0)
        } else {
            0.0
        },
        shared,
        names: intersection(&a.names, &b.names),
        smaller: a.words.len().min(b.words.len()),
    }
}

/// The number of ids two sorted lists share.
pub(crate) fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        content_words(s).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn the_ascii_paths_read_words_as_the_general_ones_do() {
        let sentences = [
            "The U.S. envoy's 2,500 troops met IT staff on Monday, officials said.",
            "Kharg's 3.5 km pier - closed in 1987 - re-opened; casualties rose to 34.",
            "A x Co. U.S.A. 10,000,000 ships' crews, a.m. talks (so-called) ended...",
        ];
        for text in sentences {
            let (mut ascii, mut any) = (Vec::new(), Vec::new());
            ascii_words(text, &mut |w: &str, c| ascii.push((w.to_owned(), c)));
            unicode_words(text, &mut |w: &str, c| any.push((w.to_owned(), c)));
            assert_eq!(ascii, any, "{text}");
            assert!(!ascii.is_empty());
        }
        for word in [
            "The",
            "U.S",
            "US",
            "IT",
            "it",
            "2,500",
            "3.5",
            "Kharg's",
            "ships'",
            "Monday",
            "a",
            "x",
            "Co",
            "re-opened",
            "casualties",
            "closing",
            "troops",
            "A.M",
            "casualties",
            "ties",
            "Studies's",
            "bus",
            "glass",
            "sing",
            "closed",
            "freed",
            "ORES",
        ] {
            assert_eq!(normalise_ascii(word), normalise_any(word), "{word}");
        }
    }

    proptest::proptest! {
        /// The allocation-free ASCII path gives every word the general path gives it,
        /// stem included.
        #[test]
        fn ascii_normalising_agrees_with_the_general_one(word in "[A-Za-z0-9.,'-]{1,20}") {
            proptest::prop_assert_eq!(normalise_ascii(&word), normalise_any(&word));
        }
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, STOPWORDS);
    }

    #[test]
    fn content_words_drop_function_and_calendar_words() {
        assert_eq!(
            texts("The army said on Monday that 2,500 troops had reached al-Qaim's outskirts."),
            ["army", "2500", "troop", "reach", "al-qaim", "outskirt"]
        );
        assert_eq!(
            texts("U.S. casualties rose in March."),
            ["us", "casualty", "ros"]
        );
        assert_eq!(
            texts("killed killing kills closed close"),
            ["kill", "kill", "kill", "clos", "clos"]
        );
        assert_eq!(texts("3.5 km, then 12, 13"), ["3.5", "km", "12", "13"]);
    }

    #[test]
    fn names_are_capitalised_words_after_the_first() {
        let mut v = Vocabulary::default();
        let bag = v.add("Rescuers reached Lemm after the Veldra dam broke.");
        let names: Vec<u32> = ["lemm", "veldra"].iter().map(|w| v.ids[*w]).collect();
        let mut expected = names.clone();
        expected.sort_unstable();
        assert_eq!(bag.names, expected);
        assert_eq!(bag.words.len(), 6);
    }

    #[test]
    fn overlap_weighs_rare_words_more() {
        let mut v = Vocabulary::default();
        let mut a = v.add("Shelling hit the Kharg terminal again.");
        let mut b = v.add("Shelling hit the Kharg oil terminal.");
        let mut c = v.add("Shelling hit the town.");
        let mut d = v.add("Shelling went on.");
        v.freeze();
        for bag in [&mut a, &mut b, &mut c, &mut d] {
            v.weigh(bag);
        }
        let ab = overlap(&v, &a, &b);
        assert_eq!((ab.shared, ab.names, ab.smaller), (4, 1, 4));
        let cd = overlap(&v, &c, &d);
        assert_eq!(cd.shared, 1);
        assert!(ab.similarity > 0.5 && cd.similarity < 0.2, "{ab:?} {cd:?}");
        assert_eq!(overlap(&v, &a, &a).similarity, 1.0);
    }
}
