//! Dateline plugin: direct, partial and indirect quotes with their speakers.
//!
//! The plugin reads reported speech the way a news editor does, with rules rather than
//! a parser:
//!
//! 1. it pairs quotation marks paragraph by paragraph (straight, curly and NYT-style
//!    ``` `` '' ``` marks; an odd mark spoils only its own paragraph; a quote that runs
//!    over a paragraph break is followed into the next paragraph);
//! 2. it splits paragraphs into sentences without ever cutting a quote;
//! 3. in each sentence it looks for a cue from its lexicon (`said`, `told reporters`,
//!    `according to`, …) and the speaker next to it, and takes as content the quote or
//!    clause the cue governs: before the speaker (`"…," she said`), after the cue
//!    (`she said that …`, `she said: "…"`), or around it (`"A," she said, "B."`);
//! 4. a sentence that is one whole quote continues the previous speaker's quote;
//! 5. short quoted phrases that no cue governs are scare quotes, titles or labels, and
//!    give no claim;
//! 6. pronouns and roles resolve to the nearest compatible named speaker before them,
//!    and names to the fullest form the article gives.
//!
//! ```
//! use dateline_plugin::{Document, Extractor, QuoteKind};
//! use dateline_quotes::Quotes;
//!
//! let doc = Document::from_text("d", "“We will stay,” Jane Ames said. “The work is not done.”");
//! let quotes = Quotes.extract(&doc).unwrap();
//! assert_eq!(quotes.len(), 1);
//! let q = quotes[0].payload.as_quote().unwrap();
//! assert_eq!(q.kind, QuoteKind::Direct);
//! assert_eq!(q.content, "We will stay … The work is not done.");
//! assert_eq!(q.speaker.as_deref(), Some("Jane Ames"));
//! ```
#![deny(missing_docs)]

mod article;
mod content;
mod cues;
mod found;
mod frames;
mod lexicon;
mod marks;
mod resolve;
mod speakers;
mod text;
mod words;

use dateline_plugin::serde_json::Value;
use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Quote, Span};

/// The quotes extractor. It takes no configuration (an empty JSON object).
#[derive(Debug, Clone, Copy, Default)]
pub struct Quotes;

impl Extractor for Quotes {
    const MANIFEST: Manifest = Manifest {
        name: "quotes",
        version: env!("CARGO_PKG_VERSION"),
        description: "direct, partial and indirect quotes with their speakers",
        kinds: &["quote"],
    };

    fn create(config: &Value) -> Result<Self, PluginError> {
        match config {
            Value::Null => Ok(Quotes),
            Value::Object(map) if map.is_empty() => Ok(Quotes),
            Value::Object(map) => {
                let keys: Vec<&str> = map.keys().map(String::as_str).collect();
                Err(PluginError::config(format!(
                    "the quotes plugin takes no options, got {}",
                    keys.join(", ")
                )))
            }
            _ => Err(PluginError::config("expected a table of options")),
        }
    }

    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        Ok(extract_quotes(doc))
    }
}

/// Runs the rules on a document and builds its quote claims.
fn extract_quotes(doc: &Document) -> Vec<Claim> {
    let text = doc.text.as_str();
    let slice = |s: Span| text[s.start..s.end].to_owned();
    // The host's paragraphs are used when it found lines wrapped inside them (wire copy
    // wrapped at 70 columns): there a quote and its frame run over line breaks. A
    // document with one paragraph and one sentence was not segmented at all
    // (`Document::from_text`), and the plugin splits it at line breaks itself.
    let segmented = doc.paragraphs.len() > 1 || doc.sentences.len() > 1;
    // (memchr's search for the line break, which most paragraphs do not hold.)
    let wrapped = doc.paragraphs.iter().any(|p| {
        text.get(p.start..p.end)
            .is_some_and(|t| memchr::memchr(b'\n', t.as_bytes()).is_some())
    });
    let paragraphs = (segmented && wrapped).then_some(doc.paragraphs.as_slice());
    article::analyze(text, paragraphs)
        .into_iter()
        .filter_map(|mut f| {
            // A quote that holds nothing but the comma before its closing mark gives
            // an empty piece once the comma is trimmed (a mark left open at a line's
            // end, and `",` opening the next line, which reads as the run-on of the
            // quote): such a piece says nothing, and the host rejects a claim that has
            // one, so it is left out, and a claim left without pieces is no claim.
            f.pieces.retain(|p| !p.is_empty());
            let first = f.pieces.first()?;
            let last = f.pieces.last()?;
            let span = Span::new(first.start, last.end);
            // The content is written into one string: the pieces, with the words
            // between two pieces (the cue, the speaker) left out, as a reader marks an
            // omission.
            let mut content = String::with_capacity(span.len());
            for (k, p) in f.pieces.iter().enumerate() {
                if k > 0 {
                    content.push_str(" … ");
                }
                let piece = text[p.start..p.end].trim_end_matches(',');
                // A line break inside a piece is a wrap of the copy, not of what was
                // said: whitespace runs read as one space.
                let bytes = piece.as_bytes();
                // (Two SIMD searches rather than a test of every byte.)
                let wrapped = memchr::memchr3(b'\n', b'\r', b'\t', bytes).is_some()
                    || memchr::memmem::find(bytes, b"  ").is_some();
                if wrapped {
                    for (w, word) in piece.split_whitespace().enumerate() {
                        if w > 0 {
                            content.push(' ');
                        }
                        content.push_str(word);
                    }
                } else {
                    content.push_str(piece);
                }
            }
            let quote = Quote {
                kind: f.kind,
                content,
                pieces: f.pieces,
                cue: f.cue.map(slice),
                cue_span: f.cue,
                speaker: f.speaker.map(slice),
                speaker_span: f.speaker,
                speaker_resolved: f.resolved.map(slice),
                speaker_resolved_span: f.resolved,
            };
            Some(Claim::new(doc, span, Payload::Quote(quote)))
        })
        .collect()
}

dateline_plugin::export_plugin!(Quotes);

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_plugin::QuoteKind::{self, According, Direct, Indirect, Partial, Stance};

    /// What one claim should say: kind, content, speaker as written, resolved speaker.
    type Want<'a> = (QuoteKind, &'a str, Option<&'a str>, Option<&'a str>);

    fn quotes_of(text: &str) -> Vec<Quote> {
        let doc = Document::from_text("t", text);
        Quotes
            .extract(&doc)
            .unwrap()
            .into_iter()
            .filter_map(|c| c.payload.as_quote().cloned())
            .collect()
    }

    /// Runs a table of cases: every claim of each text must match, in order.
    fn check(family: &str, cases: &[(&str, &[Want])]) {
        for (text, want) in cases {
            let got: Vec<Want> = quotes_of(text)
                .iter()
                .map(|q| {
                    (
                        q.kind,
                        Box::leak(q.content.clone().into_boxed_str()) as &str,
                        q.speaker.clone().map(|s| &*Box::leak(s.into_boxed_str())),
                        q.speaker_resolved
                            .clone()
                            .map(|s| &*Box::leak(s.into_boxed_str())),
                    )
                })
                .collect();
            assert_eq!(&got, want, "{family}: {text}");
        }
    }

    #[test]
    fn direct_quotes_with_the_speaker_anywhere() {
        check(
            "direct",
            &[
                (
                    "\"The deal is done,\" Ana Ruiz said.",
                    &[(
                        Direct,
                        "The deal is done",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                (
                    "Ana Ruiz said: \"The deal is done.\"",
                    &[(
                        Direct,
                        "The deal is done.",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                (
                    "\"The deal is done,\" said Ana Ruiz, the union's negotiator.",
                    &[(
                        Direct,
                        "The deal is done",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                (
                    "\"The deal is done,\" she said, \"and we can go home.\"",
                    &[(
                        Direct,
                        "The deal is done … and we can go home.",
                        Some("she"),
                        None,
                    )],
                ),
                (
                    "\"We waited,\" Ruiz said. \"Now we act.\"",
                    &[(
                        Direct,
                        "We waited … Now we act.",
                        Some("Ruiz"),
                        Some("Ruiz"),
                    )],
                ),
                (
                    "\"Why now?\" Ruiz asked.",
                    &[(Direct, "Why now?", Some("Ruiz"), Some("Ruiz"))],
                ),
            ],
        );
    }

    #[test]
    fn speakers_in_news_style_frames() {
        check(
            "news-style speakers",
            &[
                // A name with appositives between the quote and the cue.
                (
                    "\"Rents will climb,\" Tom Reed, 45, of Austin, Texas, who runs a bakery, \
                     said in an interview.",
                    &[(
                        Direct,
                        "Rents will climb",
                        Some("Tom Reed"),
                        Some("Tom Reed"),
                    )],
                ),
                (
                    "\"We will be fine,\" Gov. Jim Fox (R-Ohio), said on Monday.",
                    &[(
                        Direct,
                        "We will be fine",
                        Some("Gov. Jim Fox"),
                        Some("Jim Fox"),
                    )],
                ),
                // A role, then the name alone in the appositive.
                (
                    "\"Voters are tired,\" the mayor's chief of staff, Sam Ortiz, said.",
                    &[(
                        Direct,
                        "Voters are tired",
                        Some("the mayor's chief of staff, Sam Ortiz"),
                        Some("Sam Ortiz"),
                    )],
                ),
                // `said to applause` is still a report of speech after a quote.
                (
                    "\"We cannot stop now,\" she said to loud applause. \"The work goes on.\"",
                    &[(
                        Direct,
                        "We cannot stop now … The work goes on.",
                        Some("she"),
                        None,
                    )],
                ),
                // The participle's speaker is the main clause's subject, past
                // connectives and introductory phrases.
                (
                    "And then Lena Park went on the attack, saying, \"The plan has failed.\"",
                    &[(
                        Direct,
                        "The plan has failed.",
                        Some("Lena Park"),
                        Some("Lena Park"),
                    )],
                ),
                (
                    "On Friday, after weeks of silence, Park backed the bill, saying, \"It is \
                     time.\"",
                    &[
                        (Stance, "the bill", Some("Park"), Some("Park")),
                        (Direct, "It is time.", Some("Park"), Some("Park")),
                    ],
                ),
                // A participle phrase inside an appositive does not take the quote.
                (
                    "Sen. Dan Moss (D-Ore.), noting the long lines, said, \"This is a \
                     real chance.\"",
                    &[(
                        Direct,
                        "This is a real chance.",
                        Some("Sen. Dan Moss"),
                        Some("Dan Moss"),
                    )],
                ),
                // A quote paragraph under a sentence about an organisation or a role
                // (past an introduction) is theirs.
                (
                    "On Monday, the FAA issued a statement.\n\n\"We regret \
                     the long delays at the airport.\"",
                    &[(
                        Direct,
                        "We regret the long delays at the airport.",
                        Some("the FAA"),
                        Some("FAA"),
                    )],
                ),
                (
                    "In response, the city budget director issued this statement:\n\n\"There \
                     is no money left for the program.\"",
                    &[(
                        Direct,
                        "There is no money left for the program.",
                        Some("the city budget director"),
                        None,
                    )],
                ),
                // An abbreviation's dot inside the appositive (`R-Pa.,`).
                (
                    "\"The pier is finished,\" Rep. Glen Hale, R-Pa., said of the vote.",
                    &[(
                        Direct,
                        "The pier is finished",
                        Some("Rep. Glen Hale"),
                        Some("Glen Hale"),
                    )],
                ),
                // A long titled name as subject; a one-word name with an appositive.
                (
                    "Before the vote, Harbour Fire Chief Ada Wills lobbied the council, \
                     saying, \"Fewer cars, fewer crashes.\"",
                    &[(
                        Direct,
                        "Fewer cars, fewer crashes.",
                        Some("Harbour Fire Chief Ada Wills"),
                        Some("Ada Wills"),
                    )],
                ),
                (
                    "Silva, a delegate, drew cheers upon saying, \"The port is ours.\"",
                    &[(Direct, "The port is ours.", Some("Silva"), Some("Silva"))],
                ),
                // `As X puts it`, with an abbreviation inside the appositive.
                (
                    "As Ana Ruiz, the No. 2 official, put it: \"It is not going to \
                     happen.\"",
                    &[(
                        Direct,
                        "It is not going to happen.",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                // Inverted order with any verb in `-ed`.
                (
                    "\"We rebuilt the pier in a month,\" remembered Roy Vale, an aide.",
                    &[(
                        Direct,
                        "We rebuilt the pier in a month",
                        Some("Roy Vale"),
                        Some("Roy Vale"),
                    )],
                ),
                // A fronted cue; a sentence opening with `Adding,` goes on with the
                // previous speaker; a one-word name with a relative clause as subject.
                (
                    "Said Ana Ruiz, who lives nearby, \"We are all proud of her.\"",
                    &[(
                        Direct,
                        "We are all proud of her.",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                (
                    "Lee said the audit \"looked bad.\" Adding, \"The real test is \
                     the reply.\"",
                    &[
                        (
                            Partial,
                            "the audit \"looked bad.\"",
                            Some("Lee"),
                            Some("Lee"),
                        ),
                        (
                            Direct,
                            "The real test is the reply.",
                            Some("Lee"),
                            Some("Lee"),
                        ),
                    ],
                ),
                (
                    "Lee, clearly annoyed, waved at the crowd, saying the count was wrong.",
                    &[(Indirect, "the count was wrong", Some("Lee"), Some("Lee"))],
                ),
                // A sentence ending in a colon hands its last cue's speaker on, even
                // when an earlier cue of the sentence made a frame.
                (
                    "Lee said the talks had failed, and Park put it bluntly:\n\n\"Nobody \
                     reads the fine print any more.\"",
                    &[
                        (Indirect, "the talks had failed", Some("Lee"), Some("Lee")),
                        (
                            Direct,
                            "Nobody reads the fine print any more.",
                            Some("Park"),
                            Some("Park"),
                        ),
                    ],
                ),
                // A dash line under a quote paragraph names its speaker.
                // FIXME: the resolver reads the short dash line as a headline, where it
                // takes no full names, and resolves to the surname only.
                (
                    "\"We will study it. We have not seen the figures.\"\n\n- Maria Lopez.",
                    &[(
                        Direct,
                        "We will study it. We have not seen the figures.",
                        Some("Maria Lopez"),
                        Some("Lopez"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn content_stops_at_the_quote_frame() {
        check(
            "extent",
            &[
                // A participle right after a quote closed by a comma ends the content.
                (
                    "Ruiz said it was \"a good day for the city,\" referring to the vote.",
                    // (The participle is a second statement of Ruiz's.)
                    &[
                        (
                            Partial,
                            "it was \"a good day for the city,\"",
                            Some("Ruiz"),
                            Some("Ruiz"),
                        ),
                        (Stance, "the vote", Some("Ruiz"), Some("Ruiz")),
                    ],
                ),
                // `but` after a quote goes on unless it opens a clause with a subject.
                (
                    "Lee said tenants were \"tired of waiting,\" but still hopeful about repairs.",
                    &[(
                        Partial,
                        "tenants were \"tired of waiting,\" but still hopeful about repairs",
                        Some("Lee"),
                        Some("Lee"),
                    )],
                ),
                (
                    "Lee said the plan was \"a good start,\" but she also warned of delays.",
                    &[(
                        Partial,
                        "the plan was \"a good start,\"",
                        Some("Lee"),
                        Some("Lee"),
                    )],
                ),
                // A participle phrase opening the sentence is an introduction, even
                // when it holds a quote.
                (
                    "Stepping off the bus to cheers of \"Ana! Ana!,\" the senator said her campaign \
                     was \"gaining ground.\"",
                    &[(
                        Partial,
                        "her campaign was \"gaining ground.\"",
                        Some("the senator"),
                        None,
                    )],
                ),
                // A dash after a closing quote starts an aside.
                (
                    "Lee said the race is \"about rents now\" — a theme her \
                     party has avoided.",
                    &[(
                        Partial,
                        "the race is \"about rents now\"",
                        Some("Lee"),
                        Some("Lee"),
                    )],
                ),
                // A new attribution after a comma ends the content.
                (
                    "Lee said the mayor was \"far too casual\" with funds, she said there \
                     was no excuse.",
                    &[(
                        Partial,
                        "the mayor was \"far too casual\" with funds",
                        Some("Lee"),
                        Some("Lee"),
                    )],
                ),
                // Two coordinated participles are two claims of one speaker.
                (
                    "Then he turned on Moss, calling him a \"coward\" and accusing him of \
                     acting like a \"schoolboy.\"",
                    &[
                        (Partial, "him a \"coward\"", Some("he"), None),
                        (
                            Partial,
                            "him of acting like a \"schoolboy.\"",
                            Some("he"),
                            None,
                        ),
                    ],
                ),
                // `verb object as "…"` is an evaluation reported as speech, whatever the
                // verb; a second verb after a quote ends the content.
                (
                    "The mayor hailed the harbour deal as a \"turning point.\"",
                    &[(
                        Partial,
                        "the harbour deal as a \"turning point.\"",
                        Some("The mayor"),
                        None,
                    )],
                ),
                (
                    "Ruiz hit back, calling him a \"wrecking ball,\" and listed the costs.",
                    &[(
                        Partial,
                        "him a \"wrecking ball,\"",
                        Some("Ruiz"),
                        Some("Ruiz"),
                    )],
                ),
                // An introduction ending in a colon is not content.
                (
                    "The reply could have come from the mayor himself: \"Do not complain to me \
                     about the roads.\"",
                    &[(Direct, "Do not complain to me about the roads.", None, None)],
                ),
                // A stance verb's content is its whole object, quoted words included.
                (
                    "The group blamed the city for a \"reckless and costly plan to sell the \
                     parks.\"",
                    &[(
                        Partial,
                        "the city for a \"reckless and costly plan to sell the parks.\"",
                        Some("The group"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn content_extents_of_reported_clauses() {
        check(
            "reported clause",
            &[
                // A reported clause goes on past a closing quote into a clause with a
                // subject of its own, unless that clause has its own cue.
                (
                    "Vale said the tax is \"far too high\" and the city cannot pay for it.",
                    &[(
                        Partial,
                        "the tax is \"far too high\" and the city cannot pay for it",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                (
                    "Vale said the plan was \"far too costly\" while the old one worked well.",
                    &[(
                        Partial,
                        "the plan was \"far too costly\" while the old one worked well",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                (
                    "Lee said the mayor was \"a good manager,\" and Hale said she agreed.",
                    &[
                        (
                            Partial,
                            "the mayor was \"a good manager,\"",
                            Some("Lee"),
                            Some("Lee"),
                        ),
                        (Indirect, "she agreed", Some("Hale"), Some("Hale")),
                    ],
                ),
                // An infinitive of intention may open inside the quote.
                (
                    "Vale vowed to \"win every seat\" in the spring.",
                    &[(
                        Partial,
                        "to \"win every seat\" in the spring",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                // A participle cue after a comma governs the quote that follows it; so
                // does the participle of a document (`a statement saying`).
                (
                    "Vale shot back in a statement, saying he has \"made plenty of money in \
                     bad markets.\"",
                    &[(
                        Partial,
                        "he has \"made plenty of money in bad markets.\"",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                (
                    "The council issued a statement saying it acted \"because of the unsafe \
                     conditions for our members.\"",
                    &[(
                        Partial,
                        "it acted \"because of the unsafe conditions for our members.\"",
                        Some("The council"),
                        None,
                    )],
                ),
                // Words before an attribution set off by commas are a first piece when
                // the quote goes on with them or after a lone connective; a discourse
                // adverb or a setting in time is not.
                (
                    "The budget, Hale said, \"has failed every family in this city.\"",
                    &[(
                        Partial,
                        "The budget … has failed every family in this city.",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                (
                    "But, she added, \"we will not give up.\"",
                    &[(Partial, "But … we will not give up.", Some("she"), None)],
                ),
                (
                    "Still, she added, \"We will not give up.\"",
                    &[(Direct, "We will not give up.", Some("she"), None)],
                ),
                (
                    "Minutes later, Hale wrote, \"The vote is over and we lost it.\"",
                    &[(
                        Direct,
                        "The vote is over and we lost it.",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                // The relative pronoun before a naming verb stands for what was named.
                (
                    "The plan, which Hale called \"a mess from the start,\" was dropped.",
                    &[(
                        Partial,
                        "which … a mess from the start",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                // A quote sentence right after reported speech goes on with it; after
                // `…, adding that …` it goes on with the sentence's main frame.
                (
                    "Hale said the vote had been fair. \"We counted every ballot twice.\"",
                    &[(
                        Partial,
                        "the vote had been fair … We counted every ballot twice.",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                (
                    "\"We did not expect this,\" the clerk said, adding that turnout was high. \
                     \"Most towns see far fewer voters.\"",
                    &[
                        (
                            Direct,
                            "We did not expect this … Most towns see far fewer voters.",
                            Some("the clerk"),
                            None,
                        ),
                        (Indirect, "turnout was high", Some("the clerk"), None),
                    ],
                ),
                // An adjunct about the saying after the closing quote is not content.
                (
                    "Hale said the plan was \"far too costly\" in an interview on Sunday.",
                    &[(
                        Partial,
                        "the plan was \"far too costly\"",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                (
                    "Hale said the vote was \"a mistake\" before reversing herself.",
                    &[(
                        Partial,
                        "the vote was \"a mistake\"",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                // A `that` after a verb of the reported clause belongs to that clause.
                (
                    "Hale said her main worry about the plan is that it \"costs far too \
                     much.\"",
                    &[(
                        Partial,
                        "her main worry about the plan is that it \"costs far too much.\"",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                // A prepositional phrase about the saying before a clause that opens
                // with a subject pronoun is not content.
                (
                    "Vale wrote in a blog post he was \"honored and humbled\" to run again.",
                    &[(
                        Partial,
                        "he was \"honored and humbled\" to run again",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                // The second half of a split quote may follow an appositive of the
                // speaker, or `and` after the cue.
                (
                    "\"We have had offices in Dover since April,\" said Ana Ruiz, the \
                     campaign director, \"and we have built ties that last.\"",
                    &[(
                        Direct,
                        "We have had offices in Dover since April … and we have built ties that \
                         last.",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                (
                    "\"The plan must come with strict checks,\" Hale said, and \"clear \
                     penalties for any breach.\"",
                    &[(
                        Partial,
                        "The plan must come with strict checks … and \"clear penalties for any \
                         breach.\"",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                // A second statement after a quote closed by its own comma, or after
                // `and then`.
                (
                    "Vale told the paper that Lane \"had a plan which was foolish,\" adding, \
                     \"He lost the young vote and everyone else too.\"",
                    &[
                        (
                            Partial,
                            "Lane \"had a plan which was foolish,\"",
                            Some("Vale"),
                            Some("Vale"),
                        ),
                        (
                            Direct,
                            "He lost the young vote and everyone else too.",
                            Some("Vale"),
                            Some("Vale"),
                        ),
                    ],
                ),
                (
                    "\"We think those plans will work,\" Hale said at a news conference, and \
                     then predicted: \"Our support is growing.\"",
                    &[
                        (
                            Direct,
                            "We think those plans will work",
                            Some("Hale"),
                            Some("Hale"),
                        ),
                        (
                            Direct,
                            "Our support is growing.",
                            Some("Hale"),
                            Some("Hale"),
                        ),
                    ],
                ),
                // An aside between the cue and `that` is not content.
                (
                    "Hale said, however, that the count \"was never in doubt.\"",
                    &[(
                        Partial,
                        "the count \"was never in doubt.\"",
                        Some("Hale"),
                        Some("Hale"),
                    )],
                ),
                // When only the clause after the cue holds a quote, it is the content,
                // not a dateline or a name before the speaker.
                (
                    "DOVER (Wire) — Mayor Tom Vale says the league has gone \"soft\" like the \
                     city.",
                    &[(
                        Partial,
                        "the league has gone \"soft\" like the city",
                        Some("Mayor Tom Vale"),
                        Some("Tom Vale"),
                    )],
                ),
                (
                    "DOVER (Wire) — Mayor Tom Vale says the league has lost its way.",
                    &[(
                        Indirect,
                        "the league has lost its way",
                        Some("Mayor Tom Vale"),
                        Some("Tom Vale"),
                    )],
                ),
                (
                    "Prices rose, Lane said at a meeting of the council.",
                    &[(Indirect, "Prices rose", Some("Lane"), Some("Lane"))],
                ),
                // A naming verb coordinated with the subject's first verb.
                (
                    "Vale took the stage and called the tax plan \"rotten to the core.\"",
                    &[(
                        Partial,
                        "the tax plan \"rotten to the core.\"",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                // A long hearer before `that`, and a hearer before a bare clause.
                (
                    "Vale told a crowd in Dover, Ohio, on Friday that the tax is \"a great \
                     thing.\"",
                    &[(
                        Partial,
                        "the tax is \"a great thing.\"",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
                (
                    "Vale told them the council \"takes money from rich donors and banks.\"",
                    &[(
                        Partial,
                        "the council \"takes money from rich donors and banks.\"",
                        Some("Vale"),
                        Some("Vale"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn every_style_of_quotation_mark() {
        check(
            "marks",
            &[
                (
                    "``We will rebuild,'' the mayor said.",
                    &[(Direct, "We will rebuild", Some("the mayor"), None)],
                ),
                (
                    "“We will rebuild,\" the mayor said.",
                    &[(Direct, "We will rebuild", Some("the mayor"), None)],
                ),
                (
                    "\"He told me 'not yet' twice,\" Lee said.",
                    &[(
                        Direct,
                        "He told me 'not yet' twice",
                        Some("Lee"),
                        Some("Lee"),
                    )],
                ),
                (
                    "\"It's the town's best chance,\" Lee's aide said.",
                    &[(
                        Direct,
                        "It's the town's best chance",
                        Some("Lee's aide"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn odd_marks_and_quotes_over_paragraph_breaks() {
        check(
            "resync",
            &[
                (
                    "A stray \" mark here.\n\n\"Roads are open,\" Kim said.",
                    &[(Direct, "Roads are open", Some("Kim"), Some("Kim"))],
                ),
                (
                    "\"The first part runs on.\n\n\"The second part ends it,\" Kim said.",
                    &[(
                        Direct,
                        "The first part runs on. … The second part ends it",
                        Some("Kim"),
                        Some("Kim"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn partial_quotes_need_a_governing_verb() {
        check(
            "partial",
            &[
                (
                    "Lind called for \"restraint\" on all sides.",
                    &[(
                        Partial,
                        "\"restraint\" on all sides",
                        Some("Lind"),
                        Some("Lind"),
                    )],
                ),
                (
                    "Lind said the plan was \"dead on arrival.\"",
                    &[(
                        Partial,
                        "the plan was \"dead on arrival.\"",
                        Some("Lind"),
                        Some("Lind"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn scare_quotes_titles_and_labels_are_not_speech() {
        check(
            "scare",
            &[
                ("Strikes hit targets in \"Israel\" overnight.", &[]),
                ("Viewers skipped the \"bonus\" round.", &[]),
                (
                    "She starred in \"Winter Comes to Maple Street\" for years.",
                    &[],
                ),
                ("Protesters chanted slogans about the \"occupation.\"", &[]),
            ],
        );
    }

    #[test]
    fn indirect_speech_and_according_to() {
        check(
            "indirect",
            &[
                // An appositive holding a comma of its own (`Austin, Texas`).
                (
                    "Chris Hall, a delegate from Austin, Texas, said the vote was a mess.",
                    &[(
                        Indirect,
                        "the vote was a mess",
                        Some("Chris Hall"),
                        Some("Chris Hall"),
                    )],
                ),
                // A quantified subject opens a bare reported clause.
                (
                    "Adel said much of the talk was about trade.",
                    &[(
                        Indirect,
                        "much of the talk was about trade",
                        Some("Adel"),
                        Some("Adel"),
                    )],
                ),
                // Poll subjects: a share, a place joined by `in`; `states` after a
                // number is a noun, not a cue.
                (
                    "Six in 10 say the mayor is doing well.",
                    &[(Indirect, "the mayor is doing well", Some("Six in 10"), None)],
                ),
                (
                    "Voters in five states say they want a new tax.",
                    &[(
                        Indirect,
                        "they want a new tax",
                        Some("Voters in five states"),
                        None,
                    )],
                ),
                // A time phrase or a prepositional parenthesis between speaker and cue.
                (
                    "Sen. Dana Fine (D-Calif.) last week said the port would reopen.",
                    &[(
                        Indirect,
                        "the port would reopen",
                        Some("Sen. Dana Fine"),
                        Some("Dana Fine"),
                    )],
                ),
                (
                    "Cory Lane, in a statement on Thursday, said the port would reopen.",
                    &[(
                        Indirect,
                        "the port would reopen",
                        Some("Cory Lane"),
                        Some("Cory Lane"),
                    )],
                ),
                // A wh-clause after a verb of saying.
                (
                    "Lin explained how the budget would be cut.",
                    &[(
                        Indirect,
                        "how the budget would be cut",
                        Some("Lin"),
                        Some("Lin"),
                    )],
                ),
                // An appositive between dashes, or opening with any lower-case word
                // after a proper name; a clause after the cue is not an inverted speaker.
                (
                    "Jo Park — a nurse from Ridgeville — says she voted for the levy.",
                    &[(
                        Indirect,
                        "she voted for the levy",
                        Some("Jo Park"),
                        Some("Jo Park"),
                    )],
                ),
                (
                    "Ana Ruiz, dressed in yellow, said the vote could fail.",
                    &[(
                        Indirect,
                        "the vote could fail",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    )],
                ),
                // Inverted, with `one of those` in the speaker.
                (
                    "\"The deal is off,\" said one of those aides, who asked not to be \
                     named.",
                    &[(Direct, "The deal is off", Some("one of those aides"), None)],
                ),
                // A one-word whole quote (and the question put, which has no speaker).
                (
                    "Asked about it, Hale said, \"Probably.\"",
                    &[
                        (Indirect, "it", None, None),
                        (Direct, "Probably.", Some("Hale"), Some("Hale")),
                    ],
                ),
                // A headline or transcript line `Name: content`.
                (
                    "Mayor Lin: The Budget Is a 'Disaster' for Schools",
                    &[(
                        Indirect,
                        "The Budget Is a 'Disaster' for Schools",
                        Some("Mayor Lin"),
                        Some("Lin"),
                    )],
                ),
                // `Name to Audience: content`: the speaker comes before `to`.
                (
                    "Mayor Lin to Harbour Workers: We Will Not Raise the Tolls",
                    &[(
                        Indirect,
                        "We Will Not Raise the Tolls",
                        Some("Mayor Lin"),
                        Some("Lin"),
                    )],
                ),
                // A label is not a speaker.
                ("Update: The vote was moved to Friday.", &[]),
                // A reported question; after `Asked` it has no speaker.
                (
                    "Asked if she would run again, the mayor said no.",
                    &[(Indirect, "if she would run again", None, None)],
                ),
                // A question without a speaker comes with its answer's frame.
                (
                    "Asked whether he would run, Haddad said, \"Not this year.\"",
                    &[
                        (Indirect, "whether he would run", None, None),
                        (Direct, "Not this year.", Some("Haddad"), Some("Haddad")),
                    ],
                ),
                (
                    "Haddad asked the minister whether the port would reopen.",
                    &[(
                        Indirect,
                        "whether the port would reopen",
                        Some("Haddad"),
                        Some("Haddad"),
                    )],
                ),
                (
                    "Haddad said that exports would recover.",
                    &[(
                        Indirect,
                        "exports would recover",
                        Some("Haddad"),
                        Some("Haddad"),
                    )],
                ),
                (
                    "Haddad told reporters the harvest was poor.",
                    &[(
                        Indirect,
                        "the harvest was poor",
                        Some("Haddad"),
                        Some("Haddad"),
                    )],
                ),
                (
                    "According to the ministry, exports fell.",
                    &[(According, "exports fell", Some("the ministry"), None)],
                ),
                (
                    "Exports fell in May, according to the ministry.",
                    &[(According, "Exports fell in May", Some("the ministry"), None)],
                ),
            ],
        );
    }

    #[test]
    fn speakers_resolve_to_the_fullest_earlier_name() {
        let text = "Prime Minister Mohammed Shia al-Sudani spoke first.\n\n\
                    \"We are ready,\" al-Sudani said. He added that talks would resume.\n\n\
                    The ministry issued a statement. \"Talks resume Monday,\" the statement noted.\n\n\
                    \"Nothing is settled,\" the prime minister said.";
        check(
            "resolution",
            &[(
                text,
                &[
                    (
                        Direct,
                        "We are ready",
                        Some("al-Sudani"),
                        Some("Mohammed Shia al-Sudani"),
                    ),
                    (
                        Indirect,
                        "talks would resume",
                        Some("He"),
                        Some("Mohammed Shia al-Sudani"),
                    ),
                    (
                        Direct,
                        "Talks resume Monday",
                        Some("the statement"),
                        Some("The ministry"),
                    ),
                    (
                        Direct,
                        "Nothing is settled",
                        Some("the prime minister"),
                        Some("Mohammed Shia al-Sudani"),
                    ),
                ],
            )],
        );
    }

    #[test]
    fn an_organisation_role_resolves_only_to_the_same_head_noun() {
        check(
            "organisation roles",
            &[
                (
                    "Ten wells were closed, according to the county water board.\n\n\
                     Troops cleared the roads by noon, the interior ministry said.",
                    &[
                        (
                            According,
                            "Ten wells were closed",
                            Some("the county water board"),
                            None,
                        ),
                        (
                            Indirect,
                            "Troops cleared the roads by noon",
                            Some("the interior ministry"),
                            None,
                        ),
                    ],
                ),
                // A name after the head's preposition only modifies the head.
                (
                    "Nine bridges need repair, according to a study by the Southern League of Road Builders.",
                    &[(
                        According,
                        "Nine bridges need repair",
                        Some("a study by the Southern League of Road Builders"),
                        None,
                    )],
                ),
                (
                    "The Interior Ministry said the roads were open.\n\n\
                     Schools will reopen on Friday, the ministry said.",
                    &[
                        (
                            Indirect,
                            "the roads were open",
                            Some("The Interior Ministry"),
                            None,
                        ),
                        (
                            Indirect,
                            "Schools will reopen on Friday",
                            Some("the ministry"),
                            Some("The Interior Ministry"),
                        ),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn noun_objects_and_raised_subjects_are_not_speakers() {
        check(
            "noun objects and raised subjects",
            &[
                // A verb that often takes a plain noun object reports nothing then.
                (
                    "The bridge was closed in May after inspectors reported rust in its cables.",
                    &[],
                ),
                ("Residents reported damp patches in four flats.", &[]),
                // With a clause after it, the same verb reports speech.
                (
                    "Inspectors reported that the cables were rusting.",
                    &[(
                        Indirect,
                        "the cables were rusting",
                        Some("Inspectors"),
                        Some("Inspectors"),
                    )],
                ),
                (
                    "Inspectors reported the cables had rusted through.",
                    &[(
                        Indirect,
                        "the cables had rusted through",
                        Some("Inspectors"),
                        Some("Inspectors"),
                    )],
                ),
                // A passive cue before `to` raises its subject, which is not the source
                // but part of what is expected.
                (
                    "The panel is expected to deliver its verdict in June.",
                    &[(
                        Indirect,
                        "The panel … to deliver its verdict in June",
                        None,
                        None,
                    )],
                ),
                // An active cue before `to` keeps its subject.
                (
                    "The union is seeking to reopen the talks this week.",
                    &[(
                        Indirect,
                        "to reopen the talks this week",
                        Some("The union"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn a_wire_dateline_is_not_part_of_the_content() {
        check(
            "datelines",
            &[
                (
                    "TARVO, June 3 (Eastwire) - Ferries stopped running on Tuesday, the port authority said.",
                    &[(
                        Indirect,
                        "Ferries stopped running on Tuesday",
                        Some("the port authority"),
                        None,
                    )],
                ),
                (
                    "SAN MIRO (Coastal Desk) -- Two piers collapsed, harbour officials said.",
                    &[(
                        Indirect,
                        "Two piers collapsed",
                        Some("harbour officials"),
                        None,
                    )],
                ),
                (
                    "BRESK — Fares will rise in May, according to the transit board.",
                    &[(
                        According,
                        "Fares will rise in May",
                        Some("the transit board"),
                        None,
                    )],
                ),
                // Capitals that open an ordinary sentence are kept.
                (
                    "EU ministers will meet on Friday, diplomats said.",
                    &[(
                        Indirect,
                        "EU ministers will meet on Friday",
                        Some("diplomats"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn a_speaker_keeps_the_phrase_after_its_head_noun() {
        check(
            "post-modified speakers",
            &[
                (
                    "After the storm, farmers across the valley have asked when the levee will be rebuilt.",
                    &[(
                        Indirect,
                        "when the levee will be rebuilt",
                        Some("farmers across the valley"),
                        None,
                    )],
                ),
                (
                    "Nurses at the clinic said that 40 patients were moved overnight.",
                    &[(
                        Indirect,
                        "40 patients were moved overnight",
                        Some("Nurses at the clinic"),
                        None,
                    )],
                ),
                (
                    "A spokeswoman for the railway said that trains would run again on Sunday.",
                    &[(
                        Indirect,
                        "trains would run again on Sunday",
                        Some("A spokeswoman for the railway"),
                        None,
                    )],
                ),
                // A noun that is not a group of people does not take the phrase.
                (
                    "The bread in the shops got dearer, the bakers' guild said.",
                    &[(
                        Indirect,
                        "The bread in the shops got dearer",
                        Some("the bakers' guild"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn a_noun_phrase_object_is_not_taken_for_a_hearer() {
        check(
            "objects and hearers",
            &[
                (
                    "Mayor Ines Varga promised a full review of the tender.",
                    &[(
                        Indirect,
                        "a full review of the tender",
                        Some("Mayor Ines Varga"),
                        Some("Ines Varga"),
                    )],
                ),
                // A determiner and one noun before a clause is still the hearer.
                (
                    "Varga told the council the tender would be reopened.",
                    &[(
                        Indirect,
                        "the tender would be reopened",
                        Some("Varga"),
                        Some("Varga"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn the_source_is_the_outer_report_and_the_main_clause_subject() {
        check(
            "outer reports and main clauses",
            &[
                // A report that closes the sentence names the source of the quote; what
                // it reports is the speaker's saying it, so speaker and cue are content.
                (
                    "\"We were not given the costs,\" Lena Varga said, according to a \
                     transcript of the meeting.",
                    &[(
                        Partial,
                        "We were not given the costs … Lena Varga said",
                        Some("a transcript of the meeting"),
                        None,
                    )],
                ),
                (
                    "\"The plan is late,\" he said, the Harbour Gazette reported.",
                    &[(
                        Partial,
                        "The plan is late … he said",
                        Some("the Harbour Gazette"),
                        Some("Harbour Gazette"),
                    )],
                ),
                (
                    "\"The plan is late,\" Brandt said, reports the Harbour Gazette.",
                    &[(
                        Partial,
                        "The plan is late … Brandt said",
                        Some("the Harbour Gazette"),
                        Some("Harbour Gazette"),
                    )],
                ),
                // A participle's speaker is the main clause's subject, not a name before
                // the comma, nor the object of the main verb.
                (
                    "Here in Port Elms, Varga stepped up her attacks, saying, \"They have \
                     broken every promise.\"",
                    &[(
                        Direct,
                        "They have broken every promise.",
                        Some("Varga"),
                        Some("Varga"),
                    )],
                ),
                (
                    "The port authority issued a statement saying the plan was \"fully \
                     costed and on schedule.\"",
                    &[(
                        Partial,
                        "the plan was \"fully costed and on schedule.\"",
                        Some("The port authority"),
                        None,
                    )],
                ),
                (
                    "He has fought the council for years, at one point calling the mayor a \
                     \"reckless gambler.\"",
                    &[(
                        Partial,
                        "the mayor a \"reckless gambler.\"",
                        Some("He"),
                        None,
                    )],
                ),
                // The antecedent of a relative clause, a time phrase with `ago`, and a
                // verb of continuing stand between speaker and cue.
                (
                    "An engineer who spoke on condition of anonymity said, \"The seabed is \
                     softer than we thought.\"",
                    &[(
                        Direct,
                        "The seabed is softer than we thought.",
                        Some("An engineer"),
                        None,
                    )],
                ),
                (
                    "The authority less than two weeks ago said that the work would be \
                     \"finished by spring.\"",
                    &[(
                        Partial,
                        "the work would be \"finished by spring.\"",
                        Some("The authority"),
                        None,
                    )],
                ),
                (
                    "Sen. Ruth Dane (D-Ore.) kept asking why the state \"should pay for a \
                     mistake it did not make.\"",
                    &[(
                        Partial,
                        "why the state \"should pay for a mistake it did not make.\"",
                        Some("Sen. Ruth Dane"),
                        Some("Ruth Dane"),
                    )],
                ),
                // The main clause's cue beats one in an opening subordinate clause.
                (
                    "When she first described the plan, Varga said, \"This will double our \
                     trade.\"",
                    &[(
                        Direct,
                        "This will double our trade.",
                        Some("Varga"),
                        Some("Varga"),
                    )],
                ),
                // A document or advertisement is a speaker.
                (
                    "The new ad claims \"Port Elms deserves a working harbour.\"",
                    &[(
                        Direct,
                        "Port Elms deserves a working harbour.",
                        Some("The new ad"),
                        None,
                    )],
                ),
                // A role and name just before the colon that introduces a quote.
                (
                    "The figures do not surprise economist Nadia Okafor: \"Every project on \
                     this coast has run over budget.\"",
                    &[(
                        Direct,
                        "Every project on this coast has run over budget.",
                        Some("economist Nadia Okafor"),
                        Some("Nadia Okafor"),
                    )],
                ),
                // A comma after a name's parenthesis closes the name.
                (
                    "After the vote in Salem, Gov. Jim Fox (R-Ore.), said, \"The state will \
                     not pay.\"",
                    &[(
                        Direct,
                        "The state will not pay.",
                        Some("Gov. Jim Fox"),
                        Some("Jim Fox"),
                    )],
                ),
                // A place that ends the introduction is not the subject.
                (
                    "Speaking at a town hall in Salem, Oregon, Dale went after Moss, calling \
                     him \"a total stiff.\"",
                    &[
                        (Stance, "Moss", Some("Dale"), Some("Dale")),
                        (
                            Partial,
                            "him \"a total stiff.\"",
                            Some("Dale"),
                            Some("Dale"),
                        ),
                    ],
                ),
                // The asker after a passive `was asked by`.
                (
                    "Moss was asked by moderator Dan Cole whether the dredging would run \"up \
                     to $85 million a season.\"",
                    &[(
                        Partial,
                        "whether the dredging would run \"up to $85 million a season.\"",
                        Some("moderator Dan Cole"),
                        Some("Dan Cole"),
                    )],
                ),
                // A speaker and cue right after the quote name its source; the
                // infinitive of `seemed to` ends at the colon.
                (
                    "At the time, Moss seemed to suggest she had won: \"They signed the \
                     agreement,\" she told the Herald.",
                    &[
                        (
                            Indirect,
                            "to suggest she had won",
                            Some("Moss"),
                            Some("Moss"),
                        ),
                        (
                            Direct,
                            "They signed the agreement",
                            Some("she"),
                            Some("Moss"),
                        ),
                    ],
                ),
                // A quote sentence after `"A," X said, adding that …` goes on with the
                // main statement, the quote (PolNeAR's reading, which scores better on
                // exact extents than joining it to the `adding` clause).
                (
                    "\"We will win,\" Moss said, adding that the count was wrong. \"Every \
                     vote will be checked.\"",
                    &[
                        (
                            Direct,
                            "We will win … Every vote will be checked.",
                            Some("Moss"),
                            Some("Moss"),
                        ),
                        (Indirect, "the count was wrong", Some("Moss"), Some("Moss")),
                    ],
                ),
                // A quantifier that opens the clause before a verb of saying speaks.
                (
                    "Yet another said, \"The plan is a gamble.\"",
                    &[(Direct, "The plan is a gamble.", Some("another"), None)],
                ),
                // A number word opening the sentence is no name.
                (
                    "Eleven years before that, she had backed the plan out of \"a sense of \
                     duty to the port.\"",
                    &[(
                        Partial,
                        "the plan out of \"a sense of duty to the port.\"",
                        Some("she"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn a_pronoun_with_no_earlier_speaker_takes_the_nearest_full_name() {
        check(
            "resolution",
            &[(
                "Helen Marsh chaired the inquiry. In her report, she wrote:\n\n\"The failures were avoidable.\"",
                &[(
                    Direct,
                    "The failures were avoidable.",
                    Some("she"),
                    Some("Helen Marsh"),
                )],
            )],
        );
    }

    #[test]
    fn roles_resolve_only_to_a_name_the_article_gave_them() {
        check(
            "role resolution",
            &[
                // Another person spoke last: the role is not theirs, so it stays as
                // written.
                (
                    "\"We are ready,\" Tom Reed said.\n\n\"Not yet,\" the mayor said.",
                    &[
                        (Direct, "We are ready", Some("Tom Reed"), Some("Tom Reed")),
                        (Direct, "Not yet", Some("the mayor"), None),
                    ],
                ),
                // An appositive closed by a comma gives the role its name.
                (
                    "Vera Holm, the mayor, opened the dock.\n\n\"We are ready,\" \
                     Tom Reed said.\n\n\"Not yet,\" the mayor said.",
                    &[
                        (Direct, "We are ready", Some("Tom Reed"), Some("Tom Reed")),
                        (Direct, "Not yet", Some("the mayor"), Some("Vera Holm")),
                    ],
                ),
                // `the Elm senator` is no mention of `the Oak senator`.
                (
                    "\"It passed,\" the Oak senator said.\n\n\"It failed,\" the Elm senator said.",
                    &[
                        (Direct, "It passed", Some("the Oak senator"), None),
                        (Direct, "It failed", Some("the Elm senator"), None),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn openers_adverbs_and_parentheticals_near_the_speaker() {
        check(
            "openers",
            &[
                // A one-word opener before a noun is no subject of a quote without a
                // cue; the subject of the sentence before speaks.
                (
                    "Ann Lowe said the vote was close. Doing so \"was a bid to spoil the count in the north.\"",
                    &[
                        (
                            Indirect,
                            "the vote was close",
                            Some("Ann Lowe"),
                            Some("Ann Lowe"),
                        ),
                        (
                            Direct,
                            "was a bid to spoil the count in the north.",
                            Some("Ann Lowe"),
                            Some("Ann Lowe"),
                        ),
                    ],
                ),
                // A parenthetical attribution before the quote names its nearer source.
                (
                    "Ann Lowe said the count was fair, the fairest, she said, \"in many years.\"",
                    &[(Partial, "in many years.", Some("she"), Some("Ann Lowe"))],
                ),
                // A `he` / `she` subject of a clause nearer the quote is its source,
                // but not one inside a relative clause about the subject.
                (
                    "Reed, who has sided with Holm since he joined the board, called the \
                     lease a \"fair deal\" on Friday.",
                    &[
                        (
                            Stance,
                            "Holm since he joined the board",
                            Some("who"),
                            Some("Reed"),
                        ),
                        (
                            Partial,
                            "the lease a \"fair deal\" on Friday",
                            Some("Reed"),
                            Some("Reed"),
                        ),
                    ],
                ),
                // A speaker and cue that close the sentence after another's complete
                // frame are the outer source.
                (
                    "Reed said Holm \"had no chance at all,\" the aide recalled.",
                    &[(
                        Partial,
                        "Holm \"had no chance at all,\"",
                        Some("the aide"),
                        None,
                    )],
                ),
                // A noun phrase with a determiner or a quantifier before `who` names a
                // person, whatever its head noun.
                (
                    "One shopper, who lives near the pier, said the rule was \"a plain \
                     waste of time.\"",
                    &[(
                        Partial,
                        "the rule was \"a plain waste of time.\"",
                        Some("One shopper"),
                        None,
                    )],
                ),
                // `Ever since …` opens a subordinate clause like `since …`: the main
                // clause's cue frames the quote.
                (
                    "Ever since Lee announced her run, she has said the same thing: \"It is not about me.\"",
                    &[(Direct, "It is not about me.", Some("she"), None)],
                ),
                // `instead` between the comma and the participle is no speaker.
                (
                    "\"It was fine,\" Lee said, instead seeking to stress the \"deep rifts\" in the party.",
                    &[
                        (Direct, "It was fine", Some("Lee"), Some("Lee")),
                        (
                            Partial,
                            "to stress the \"deep rifts\" in the party",
                            Some("Lee"),
                            Some("Lee"),
                        ),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn stances_and_positions() {
        check(
            "stance",
            &[
                // A stance verb's object is the position of its subject.
                (
                    "The farmers' union endorsed the new water plan.",
                    &[(
                        Stance,
                        "the new water plan",
                        Some("The farmers' union"),
                        None,
                    )],
                ),
                (
                    "Mayor Ines Varga blamed the contractor for the delay.",
                    &[(
                        Stance,
                        "the contractor for the delay",
                        Some("Mayor Ines Varga"),
                        Some("Ines Varga"),
                    )],
                ),
                // `see … as` needs its `as`; without it, `see` is a plain verb.
                (
                    "Most voters see the tax as a burden on families.",
                    &[(
                        Stance,
                        "the tax as a burden on families",
                        Some("Most voters"),
                        None,
                    )],
                ),
                ("Most voters will see the new bridge next year.", &[]),
                // A stance verb that is also a noun is no cue after an adjective.
                (
                    "The biggest challenges remain the budget and the roads.",
                    &[],
                ),
                // A noun of stance after a possessive.
                (
                    "Ines Varga repeated her support for the harbour plan.",
                    &[(
                        Stance,
                        "her support for the harbour plan",
                        Some("Ines Varga"),
                        Some("Ines Varga"),
                    )],
                ),
                (
                    "The union's criticism of the contract was sharp.",
                    &[(Stance, "the contract", Some("The union"), None)],
                ),
                // A plural noun with a relative clause is not `states that …`.
                (
                    "The loss of jobs hit Rust Belt states that have lost factories.",
                    &[],
                ),
                // A possessive is no speaker (`Editor's note:`).
                ("Editor's note: The column below was written in May.", &[]),
                // A relative pronoun before the speaker: it and the verb phrase after
                // the cue are what was said.
                (
                    "The rules, which officials said will take effect in May, spare farms.",
                    &[(
                        Indirect,
                        "which … will take effect in May",
                        Some("officials"),
                        None,
                    )],
                ),
                // What is asked for or about.
                (
                    "A young voter asked the senator about the fuel tax.",
                    &[(Stance, "the fuel tax", Some("A young voter"), None)],
                ),
                // A verb of saying frames the sentence; the stance beside it is a claim
                // of its own.
                (
                    "Lee Dorn, who backed the plan, said the vote was fair.",
                    &[
                        (Stance, "the plan", Some("who"), Some("Lee Dorn")),
                        (
                            Indirect,
                            "the vote was fair",
                            Some("Lee Dorn"),
                            Some("Lee Dorn"),
                        ),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn plain_subjects_through_a_verb_group() {
        check(
            "plain frame",
            &[
                // A subject whose head is followed by an `of` phrase with a determiner.
                (
                    "The organizer of a counter-rally said the new route raised the risk of clashes.",
                    &[(
                        Indirect,
                        "the new route raised the risk of clashes",
                        Some("The organizer of a counter-rally"),
                        None,
                    )],
                ),
                // Poll shares, also with the figure restated.
                (
                    "About four in 10 said the county board should resign.",
                    &[(
                        Indirect,
                        "the county board should resign",
                        Some("About four in 10"),
                        None,
                    )],
                ),
                (
                    "Just over a quarter, 26 percent, say the ferry should close.",
                    &[(
                        Indirect,
                        "the ferry should close",
                        Some("Just over a quarter"),
                        None,
                    )],
                ),
                // An appositive that attaches to the subject: the subject, not the name
                // inside it, is the speaker.
                (
                    "Several council members, including Ana Ruiz, said the budget was too thin.",
                    &[(
                        Indirect,
                        "the budget was too thin",
                        Some("Several council members"),
                        None,
                    )],
                ),
                // Verb groups: a two-word adverb, a catenative with its `to`.
                (
                    "Harbour pilots have in fact argued that the channel is silting up.",
                    &[(
                        Indirect,
                        "the channel is silting up",
                        Some("Harbour pilots"),
                        None,
                    )],
                ),
                (
                    "The ferry union went on to endorse the harbour plan.",
                    &[(Stance, "the harbour plan", Some("The ferry union"), None)],
                ),
                (
                    "The ferry crews were quick to condemn the new timetable.",
                    &[(Stance, "the new timetable", Some("The ferry crews"), None)],
                ),
                // A quantifier alone is a subject.
                (
                    "Some have suggested that the vote was held too early.",
                    &[(Indirect, "the vote was held too early", Some("Some"), None)],
                ),
                // Cues that are nouns or parts of names give nothing.
                ("The plan leaves the United States exposed to delays.", &[]),
                ("Their hopes rose sharply in May.", &[]),
                ("The two river states sued over the dam.", &[]),
                // A pronoun object before a relative clause is no subject.
                ("The bill he said would pass failed on Monday.", &[]),
            ],
        );
    }

    #[test]
    fn an_intention_keeps_who_is_to_act() {
        check(
            "intention object",
            &[
                (
                    "The mayor urged the county board to close the ferry dock.",
                    &[(
                        Indirect,
                        "the county board to close the ferry dock",
                        Some("The mayor"),
                        None,
                    )],
                ),
                (
                    "Harbour pilots want the port authority to dredge the channel.",
                    &[(
                        Indirect,
                        "the port authority to dredge the channel",
                        Some("Harbour pilots"),
                        None,
                    )],
                ),
                // The hearer of `told`, a pronoun and an adjunct are not part of it.
                (
                    "The mayor told the crews to wait for the tide.",
                    &[(Indirect, "to wait for the tide", Some("The mayor"), None)],
                ),
                (
                    "The mayor urged them to wait for the tide.",
                    &[(Indirect, "to wait for the tide", Some("The mayor"), None)],
                ),
                (
                    "The port has declined for years to publish its accounts.",
                    &[(Indirect, "to publish its accounts", Some("The port"), None)],
                ),
            ],
        );
    }

    #[test]
    fn headlines_in_title_case() {
        check(
            "headline",
            &[
                (
                    "Mayor Lin Slams Ferry Plan",
                    &[(Stance, "Ferry Plan", Some("Mayor Lin"), Some("Lin"))],
                ),
                (
                    "Port Board Now Wants New Pilots For The Channel",
                    &[(
                        Indirect,
                        "New Pilots For The Channel",
                        Some("Port Board"),
                        None,
                    )],
                ),
                // The preposition after the verb is part of the cue.
                (
                    "How Pilots Think About The Harbour Plan",
                    &[(Indirect, "The Harbour Plan", Some("Pilots"), Some("Pilots"))],
                ),
                // The source closes the headline.
                (
                    "Ferry Plan Is 'A Disaster,' Pilots Say",
                    &[(
                        Indirect,
                        "Ferry Plan Is 'A Disaster",
                        Some("Pilots"),
                        Some("Pilots"),
                    )],
                ),
                // A name and a colon keep the line; a noun after a determiner and a
                // passive are no frame.
                (
                    "Mayor Lin: Pilots Want A New Channel",
                    &[(
                        Indirect,
                        "Pilots Want A New Channel",
                        Some("Mayor Lin"),
                        Some("Lin"),
                    )],
                ),
                ("The Daily Show Takes On The Ferry", &[]),
                ("Ferry Plan Skewered By Pilots", &[]),
            ],
        );
    }

    #[test]
    fn a_quote_signed_with_a_dash_on_its_own_line() {
        check(
            "dash signature",
            &[
                (
                    "Voters at the fair said what they wanted.\n\n\
                     “I want the ferry back before winter.” ― Ana Ruiz, 34, a nurse\n\n\
                     “Nobody listens to the pilots.” — Tom Reed (Elm Bay)",
                    &[
                        (
                            Direct,
                            "I want the ferry back before winter.",
                            Some("Ana Ruiz"),
                            Some("Ana Ruiz"),
                        ),
                        (
                            Direct,
                            "Nobody listens to the pilots.",
                            Some("Tom Reed"),
                            Some("Tom Reed"),
                        ),
                    ],
                ),
                // A verb after the dash makes it a frame of its own.
                (
                    "\"The tolls are too high.\" — the mayor said.",
                    &[(Direct, "The tolls are too high.", Some("the mayor"), None)],
                ),
            ],
        );
    }

    #[test]
    fn adjectives_of_attitude_report_a_stance() {
        check(
            "attitude",
            &[
                (
                    "The ferry union was sharply critical of the new timetable.",
                    &[(Stance, "the new timetable", Some("The ferry union"), None)],
                ),
                (
                    "Most pilots remain wary of the dredging plan.",
                    &[(Stance, "the dredging plan", Some("Most pilots"), None)],
                ),
                (
                    "Voters in both towns are unhappy with the tolls.",
                    &[(Stance, "the tolls", Some("Voters in both towns"), None)],
                ),
                // Not after a noun that is no subject of its own.
                ("The harbour remains open to ships from May.", &[]),
            ],
        );
    }

    #[test]
    fn a_passive_names_its_source_after_by() {
        check(
            "passive",
            &[
                (
                    "The toll plan was endorsed by the county board.",
                    &[(Stance, "The toll plan", Some("the county board"), None)],
                ),
                // Reduced relatives: after a comma, and right after the noun.
                (
                    "The dredging bill, opposed by the ferry union, failed in May.",
                    &[(Stance, "The dredging bill", Some("the ferry union"), None)],
                ),
                (
                    "Pilots doubt a claim first reported by the Courier.",
                    &[(Indirect, "a claim", Some("the Courier"), Some("Courier"))],
                ),
                // `As reported by X,` introduces the clause after it.
                (
                    "As reported by the Courier, the county will raise the tolls in June.",
                    &[(
                        Indirect,
                        "the county will raise the tolls in June",
                        Some("the Courier"),
                        Some("Courier"),
                    )],
                ),
                // `by` before a participle is a means, not a source.
                (
                    "The mayor responded by saying the tolls would stay.",
                    &[(Indirect, "the tolls would stay", Some("The mayor"), None)],
                ),
                ("Both bridges were built by the same firm.", &[]),
            ],
        );
    }

    #[test]
    fn relative_clauses_with_an_intention_or_a_stance() {
        check(
            "relative intention",
            &[
                (
                    "The recovery would help the pilots, who want to keep the ferry.",
                    &[(
                        Indirect,
                        "to keep the ferry",
                        Some("who"),
                        Some("the pilots"),
                    )],
                ),
                (
                    "The Courier, which declined to comment, returned the rights.",
                    &[(Indirect, "to comment", Some("which"), Some("The Courier"))],
                ),
                // A restrictive clause ends before the main clause's verb of saying,
                // whose frame is a claim of its own.
                (
                    "Pilots who want to ban the toll said the decision was a blow.",
                    &[
                        (Indirect, "to ban the toll", Some("who"), Some("Pilots")),
                        (
                            Indirect,
                            "the decision was a blow",
                            Some("Pilots"),
                            Some("Pilots"),
                        ),
                    ],
                ),
                // A stance's object ends before a second verb phrase.
                (
                    "The board heard from Ana Ruiz, who had opposed a similar plan and did not like the route.",
                    &[(Stance, "a similar plan", Some("who"), Some("Ana Ruiz"))],
                ),
            ],
        );
    }

    #[test]
    fn an_object_relative_reports_the_noun_it_is_about() {
        check(
            "object relative",
            &[
                (
                    "The county dropped the toll, an idea the pilots rejected in May.",
                    &[(Stance, "an idea", Some("the pilots"), None)],
                ),
                (
                    "The mayor dropped the old toll plan, which the board had endorsed.",
                    &[(Stance, "which", Some("the board"), None)],
                ),
                (
                    "Voters wanted the stances that she has since disavowed.",
                    &[(Stance, "the stances", Some("she"), None)],
                ),
                // A passive has no object to report.
                ("The day the deal was announced, the pilots left.", &[]),
            ],
        );
    }

    #[test]
    fn a_question_put_to_the_speaker_has_no_speaker_of_its_own() {
        check(
            "question put",
            &[
                (
                    "\"It is fine,\" Lee said when asked about the toll.",
                    &[
                        (Direct, "It is fine", Some("Lee"), Some("Lee")),
                        // The preposition of the topic goes with the verb.
                        (Indirect, "the toll", None, None),
                    ],
                ),
                (
                    "When asked why she chose him, Ms. Ruiz said she liked his plan.",
                    &[
                        (Indirect, "why she chose him", None, None),
                        (
                            Indirect,
                            "she liked his plan",
                            Some("Ms. Ruiz"),
                            Some("Ruiz"),
                        ),
                    ],
                ),
                (
                    "Lee was asked about the toll during an interview on Monday.",
                    &[(Indirect, "the toll", None, None)],
                ),
                (
                    "Asked about the toll, Lee said it would rise.",
                    &[
                        (Indirect, "the toll", None, None),
                        (Indirect, "it would rise", Some("Lee"), Some("Lee")),
                    ],
                ),
                // A question word stays: it is part of the reported question.
                (
                    "When asked whether the toll would rise, Lee said it would.",
                    &[
                        (Indirect, "whether the toll would rise", None, None),
                        (Indirect, "it would", Some("Lee"), Some("Lee")),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn more_verbs_of_stance_and_request() {
        check(
            "stance and request verbs",
            &[
                (
                    "The pilots cast the new toll as a tax on the poor.",
                    &[(
                        Stance,
                        "the new toll as a tax on the poor",
                        Some("The pilots"),
                        None,
                    )],
                ),
                (
                    "The mayor focused on the ferry schedule in her speech.",
                    &[(Stance, "the ferry schedule", Some("The mayor"), None)],
                ),
                (
                    "A judge had ordered the county to release the records by May.",
                    &[(
                        Indirect,
                        "the county to release the records by May",
                        Some("A judge"),
                        None,
                    )],
                ),
                // `cast` needs its `as`; a noun `focus` is no cue.
                ("The crews cast their nets at dawn.", &[]),
                ("Her focus on the ferry has cost her votes.", &[]),
            ],
        );
    }

    #[test]
    fn claim_span_covers_the_content_and_offsets_are_bytes() {
        let text = "“Über alles,” sagte er. “Ja,” Müller said, “wir gehen.”";
        let doc = Document::from_text("t", text);
        let claims = Quotes.extract(&doc).unwrap();
        assert_eq!(claims.len(), 1);
        let q = claims[0].payload.as_quote().unwrap();
        assert_eq!(q.pieces.len(), 2);
        assert_eq!(claims[0].span.start, q.pieces[0].start);
        assert_eq!(claims[0].span.end, q.pieces[1].end);
        for p in &q.pieces {
            assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        }
        assert_eq!(q.cue_span.map(|s| &text[s.start..s.end]), Some("said"));
    }

    /// One paragraph of many quotations, with no sentence end: every quotation is one
    /// claim of its own speaker and cue. (Such a paragraph was quadratic in the clause
    /// and quote scans; how long it takes is measured by the benchmarks, not here.)
    #[test]
    fn a_long_paragraph_of_quotations_gives_one_claim_per_quotation() {
        let n = 2_000;
        let unit = "He said \"it is over\" and ";
        let text = unit.repeat(n);
        let doc = Document::from_text("t", text.clone());
        let claims = Quotes.extract(&doc).unwrap();
        assert_eq!(claims.len(), n);
        for (i, c) in claims.iter().enumerate() {
            let q = c.payload.as_quote().unwrap();
            let at = i * unit.len();
            assert_eq!(q.speaker_span, Some(Span::new(at, at + 2)), "claim {i}");
            assert_eq!(q.cue_span, Some(Span::new(at + 3, at + 7)), "claim {i}");
            // The last quotation's content runs on to the final `and`, as a clause
            // that nothing after it cuts.
            let (kind, content) = if i + 1 < n {
                (Direct, "it is over")
            } else {
                (Partial, "\"it is over\" and")
            };
            assert_eq!((q.kind, q.content.as_str()), (kind, content), "claim {i}");
        }
    }

    #[test]
    fn a_phrasal_participle_after_a_statement_is_a_second_one() {
        check(
            "phrasal participle",
            &[
                (
                    "\"We need every vote,\" Lee said, referring to the delegates in the west.",
                    &[
                        (Direct, "We need every vote", Some("Lee"), Some("Lee")),
                        (
                            Stance,
                            "the delegates in the west",
                            Some("Lee"),
                            Some("Lee"),
                        ),
                    ],
                ),
                (
                    "Park said the toll was too high, pointing to the fares in other cities.",
                    &[
                        (
                            Indirect,
                            "the toll was too high",
                            Some("Park"),
                            Some("Park"),
                        ),
                        (
                            Stance,
                            "the fares in other cities",
                            Some("Park"),
                            Some("Park"),
                        ),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn a_coordinated_clause_with_a_verb_of_saying_is_a_statement_of_its_own() {
        check(
            "coordinated attribution",
            &[
                (
                    "Six in 10 voters said Lee is honest, and three-quarters said the economy is the top issue.",
                    &[
                        (Indirect, "Lee is honest", Some("Six in 10 voters"), None),
                        (
                            Indirect,
                            "the economy is the top issue",
                            Some("three-quarters"),
                            None,
                        ),
                    ],
                ),
                (
                    "Most riders said the fares were fair, while a third of them say the trains are late.",
                    &[
                        (Indirect, "the fares were fair", Some("Most riders"), None),
                        (
                            Indirect,
                            "the trains are late",
                            Some("a third of them"),
                            None,
                        ),
                    ],
                ),
                // A relative clause goes on with the content.
                (
                    "Lee said there are voters who want change, and who feel the race is rigged.",
                    &[(
                        Indirect,
                        "there are voters who want change, and who feel the race is rigged",
                        Some("Lee"),
                        Some("Lee"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn what_an_opening_subordinate_clause_reports_ends_with_it() {
        check(
            "opening subordinate clause",
            &[
                (
                    "While Ruiz said that reporters should stay neutral, he seems uneasy with the rule.",
                    &[(
                        Indirect,
                        "reporters should stay neutral",
                        Some("Ruiz"),
                        Some("Ruiz"),
                    )],
                ),
                // Beside a main clause's frame, it is a statement of its own.
                (
                    "Although the mayor argued the fund was empty, the council said it was full.",
                    &[
                        (Indirect, "the fund was empty", Some("the mayor"), None),
                        (Indirect, "it was full", Some("the council"), None),
                    ],
                ),
                // A comma inside a number does not end the clause.
                (
                    "When the clerk said that 12,000 ballots were late, the count stopped.",
                    &[(
                        Indirect,
                        "12,000 ballots were late, the count stopped",
                        Some("the clerk"),
                        None,
                    )],
                ),
            ],
        );
    }

    #[test]
    fn a_poll_named_in_an_opening_phrase_is_the_source() {
        check(
            "opening poll phrase",
            &[
                (
                    "In the latest survey of likely voters, Lee led Park by four points.",
                    &[(
                        According,
                        "Lee led Park by four points",
                        Some("the latest survey of likely voters"),
                        None,
                    )],
                ),
                // Any other opening phrase is no source.
                ("In the last week of May, Lee led Park by four points.", &[]),
            ],
        );
    }

    #[test]
    fn an_earlier_statement_before_a_closing_verb_of_saying() {
        check(
            "statement before a closing verb of saying",
            &[
                // The second clause is short, so its verb of saying closes the sentence;
                // the first clause is a statement of its own subject all the same.
                (
                    "Most riders said the fares were fair, and a third said the same of buses.",
                    &[
                        (Indirect, "the fares were fair", Some("Most riders"), None),
                        (Indirect, "the same of buses", Some("a third"), None),
                    ],
                ),
                // A closing verb of saying with no statement before it still reports all
                // that comes before it.
                (
                    "He's hoping the state will step in, Brandt told the Gazette.",
                    &[(
                        Indirect,
                        "He's hoping the state will step in",
                        Some("Brandt"),
                        Some("Brandt"),
                    )],
                ),
            ],
        );
    }

    #[test]
    fn participles_of_verbs_of_saying_and_thinking() {
        check(
            "participles of verbs of saying and thinking",
            &[
                (
                    "The union walked out on Monday, stating that the offer was an insult.",
                    &[(Indirect, "the offer was an insult", Some("The union"), None)],
                ),
                (
                    "Reed left the meeting early, alleging that the vote had been rigged.",
                    &[(
                        Indirect,
                        "the vote had been rigged",
                        Some("Reed"),
                        Some("Reed"),
                    )],
                ),
                (
                    "The council delayed the vote, fearing that the bridge would close.",
                    &[(
                        Indirect,
                        "the bridge would close",
                        Some("The council"),
                        None,
                    )],
                ),
                (
                    "The crowd marched to the hall, chanting \"no more cuts.\"",
                    &[(Direct, "no more cuts.", Some("The crowd"), None)],
                ),
            ],
        );
    }

    #[test]
    fn a_naming_verb_without_quotation_marks_reports_a_stance() {
        check(
            "naming verbs without quotes",
            &[
                (
                    "They called him a reckless showman.",
                    &[(Stance, "him a reckless showman", Some("They"), None)],
                ),
                (
                    "Lee calls Park careless.",
                    &[(Stance, "Park careless", Some("Lee"), Some("Lee"))],
                ),
                (
                    "Critics call it a tax on the poor.",
                    &[(
                        Stance,
                        "it a tax on the poor",
                        Some("Critics"),
                        Some("Critics"),
                    )],
                ),
                // Other senses of the verb, and a name given to a thing, are no stance.
                ("The board called a special meeting.", &[]),
                ("Lee called him back on Monday.", &[]),
                ("A band called Lark played at the fair.", &[]),
                // With a quote, the rules for quoted words read it as before.
                (
                    "The mayor called the plan \"a disaster.\"",
                    &[(Partial, "the plan \"a disaster.\"", Some("The mayor"), None)],
                ),
            ],
        );
    }

    #[test]
    fn a_past_verb_with_a_that_clause_reports_it() {
        check(
            "any past verb with a that-clause",
            &[
                // Verbs that no lexicon lists report the clause all the same.
                (
                    "The treasurer reasoned that the fund would last a year.",
                    &[(
                        Indirect,
                        "the fund would last a year",
                        Some("The treasurer"),
                        None,
                    )],
                ),
                (
                    "Two engineers theorized that the cable had snapped.",
                    &[(
                        Indirect,
                        "the cable had snapped",
                        Some("Two engineers"),
                        None,
                    )],
                ),
                // A purpose, a result clause and a demonstrative are no content.
                ("The mayor ensured that the crews were paid.", &[]),
                ("The crowd was so tired that it went home.", &[]),
                ("The plans changed that year.", &[]),
            ],
        );
    }

    #[test]
    fn config_must_be_empty() {
        assert!(Quotes::create(&serde_json::json!({})).is_ok());
        let err = Quotes::create(&serde_json::json!({"speakers": false})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid configuration: the quotes plugin takes no options, got speakers"
        );
    }
}
