//! Builds `models/wordnet.lex`, the word classes the event features read, from a WordNet
//! 3.0 database directory (Debian: `apt-get install wordnet-base`, `/usr/share/wordnet`).
//!
//! ```text
//! cargo run --example wordnet_lexicon -- /usr/share/wordnet models/wordnet.lex
//! ```
//!
//! For every single, lower-case word with a verb or adjective sense, or whose first two noun
//! senses include an eventive lexicographer file (act, event, process, state, ...), one line:
//! `word TAB parts of speech (n v a) TAB lexicographer files of its first two verb senses TAB
//! those of its first two noun senses TAB verb frames TAB derived verb`. Then
//! `=form TAB lemma TAB v|n` for the irregular verb and noun forms. The output is sorted, so
//! rebuilding gives the same bytes.
//!
//! Verb frames are WordNet's sentence frames ("Somebody ----s to INFINITIVE") of the word's
//! first two verb senses, grouped into the bits of [`frame_bits`], in hex. The derived verb
//! is, for a noun, the verb its first two senses are derivationally related to
//! ("agreement" → "agree"): that verb's lexicographer file and frame bits, as `file:bits`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// Noun lexicographer files that hold events and states: act, attribute, cognition,
/// communication, event, feeling, phenomenon, possession, process, state.
const EVENTIVE_NOUN_FILES: &[u32] = &[4, 7, 9, 10, 11, 12, 19, 21, 22, 26];

#[derive(Default)]
struct Word {
    pos: BTreeSet<char>,
    verb: Vec<u32>,
    noun: Vec<u32>,
    frames: u8,
    derived: Option<(u32, u8)>,
}

/// Groups WordNet's 35 verb frames into eight bits: 1 a to-infinitive (24, 28, 29, 35), 2 a
/// bare infinitive (25, 32), 4 a that-clause (26, 34), 8 a gerund (30, 33), 16 an adjective
/// or noun complement (5, 6, 7), 32 a person as object (9, 14, 17, 18, 20, 24, 25, 30), 64
/// a thing as object (8, 10, 11, 15, 16, 19, 21, 31), 128 intransitive (1, 2, 3, 4, 22,
/// 23).
fn frame_bits(frame: u32) -> u8 {
    match frame {
        24 | 28 | 29 | 35 => 1,
        25 | 32 => 2,
        26 | 34 => 4,
        30 | 33 => 8,
        5..=7 => 16,
        9 | 14 | 17 | 18 | 20 => 32,
        8 | 10 | 11 | 15 | 16 | 19 | 21 | 31 => 64,
        1..=4 | 22 | 23 => 128,
        _ => 0,
    }
}

/// One synset of a data file: lexicographer file, words, pointers (symbol, target offset,
/// target part of speech, source word, target word) and verb frames (frame, word; word 0
/// for all).
struct Synset {
    file: u32,
    words: Vec<String>,
    pointers: Vec<(String, String, char, usize, usize)>,
    frames: Vec<(u32, usize)>,
}

impl Synset {
    /// The 1-based number of `word` in this synset, or 0.
    fn number(&self, word: &str) -> usize {
        self.words
            .iter()
            .position(|w| w.eq_ignore_ascii_case(word))
            .map_or(0, |i| i + 1)
    }

    /// The frame bits that apply to word number `n`.
    fn frame_bits(&self, n: usize) -> u8 {
        self.frames
            .iter()
            .filter(|&&(_, w)| w == 0 || w == n)
            .fold(0, |b, &(f, _)| b | frame_bits(f))
    }
}

fn synsets(dir: &Path, part: &str) -> HashMap<String, Synset> {
    let data = std::fs::read_to_string(dir.join(format!("data.{part}"))).expect("data file");
    data.lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let l = l.split(" | ").next()?;
            let f: Vec<&str> = l.split(' ').filter(|s| !s.is_empty()).collect();
            let offset = f.first()?.to_string();
            let file = f.get(1)?.parse().ok()?;
            let w_cnt = usize::from_str_radix(f.get(3)?, 16).ok()?;
            let words = (0..w_cnt)
                .filter_map(|i| f.get(4 + 2 * i))
                .map(|w| w.split('(').next().unwrap_or(w).to_string())
                .collect();
            let mut at = 4 + 2 * w_cnt;
            let p_cnt: usize = f.get(at)?.parse().ok()?;
            at += 1;
            let mut pointers = Vec::new();
            for _ in 0..p_cnt {
                let st = f.get(at + 3)?;
                pointers.push((
                    f.get(at)?.to_string(),
                    f.get(at + 1)?.to_string(),
                    f.get(at + 2)?.chars().next()?,
                    usize::from_str_radix(st.get(..2)?, 16).ok()?,
                    usize::from_str_radix(st.get(2..)?, 16).ok()?,
                ));
                at += 4;
            }
            let mut frames = Vec::new();
            if part == "verb"
                && let Some(n) = f.get(at).and_then(|x| x.parse::<usize>().ok())
            {
                for k in 0..n {
                    let fr = f.get(at + 2 + 3 * k)?.parse().ok()?;
                    let w = usize::from_str_radix(f.get(at + 3 + 3 * k)?, 16).ok()?;
                    frames.push((fr, w));
                }
            }
            Some((
                offset,
                Synset {
                    file,
                    words,
                    pointers,
                    frames,
                },
            ))
        })
        .collect()
}

fn simple(w: &str) -> bool {
    !w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (dir, out) = match args.as_slice() {
        [_, d, o] => (Path::new(d), Path::new(o)),
        _ => {
            eprintln!("usage: wordnet_lexicon WORDNET_DICT_DIR OUTPUT");
            std::process::exit(2);
        }
    };
    let mut words: BTreeMap<String, Word> = BTreeMap::new();
    let verbs = synsets(dir, "verb");
    for (part, tag) in [("noun", 'n'), ("verb", 'v'), ("adj", 'a')] {
        let own;
        let files = if part == "verb" {
            &verbs
        } else {
            own = synsets(dir, part);
            &own
        };
        let index = std::fs::read_to_string(dir.join(format!("index.{part}"))).expect("index");
        for line in index.lines().filter(|l| !l.starts_with(' ')) {
            let f: Vec<&str> = line.split(' ').filter(|s| !s.is_empty()).collect();
            if f.len() < 4 || !simple(f[0]) {
                continue;
            }
            let Ok(senses) = f[2].parse::<usize>() else {
                continue;
            };
            let offsets = &f[f.len().saturating_sub(senses)..];
            let first: Vec<&Synset> = offsets
                .iter()
                .take(2)
                .filter_map(|o| files.get(*o))
                .collect();
            let lexfiles = first.iter().map(|s| s.file).collect();
            let w = words.entry(f[0].to_string()).or_default();
            w.pos.insert(tag);
            match tag {
                'v' => {
                    w.verb = lexfiles;
                    w.frames = first
                        .iter()
                        .fold(0, |b, s| b | s.frame_bits(s.number(f[0])));
                }
                'n' => {
                    w.noun = lexfiles;
                    w.derived = first.iter().find_map(|s| {
                        let n = s.number(f[0]);
                        s.pointers
                            .iter()
                            .filter(|p| p.0 == "+" && p.2 == 'v' && (p.3 == 0 || p.3 == n))
                            .find_map(|p| verbs.get(&p.1).map(|v| (v.file, v.frame_bits(p.4))))
                    });
                }
                _ => {}
            }
        }
    }
    words.retain(|_, w| {
        w.pos.contains(&'v')
            || w.pos.contains(&'a')
            || w.noun.iter().any(|f| EVENTIVE_NOUN_FILES.contains(f))
    });
    let mut text = String::from(
        "# Word classes from WordNet 3.0, built by examples/wordnet_lexicon.rs.\n\
         # WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n\
         # THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n\
         # REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED (see NOTICE-WORDNET.txt).\n",
    );
    let join = |v: &[u32]| {
        v.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    for (w, info) in &words {
        let pos: String = info.pos.iter().collect();
        let frames = if info.verb.is_empty() {
            String::new()
        } else {
            format!("{:x}", info.frames)
        };
        let derived = info
            .derived
            .map_or(String::new(), |(f, b)| format!("{f}:{b:x}"));
        text.push_str(
            format!(
                "{w}\t{pos}\t{}\t{}\t{frames}\t{derived}",
                join(&info.verb),
                join(&info.noun)
            )
            .trim_end_matches('\t'),
        );
        text.push('\n');
    }
    let mut exceptions = BTreeMap::new();
    for part in ["verb", "noun"] {
        let exc = std::fs::read_to_string(dir.join(format!("{part}.exc"))).expect("exc file");
        for line in exc.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            if f.len() >= 2 && simple(f[0]) && words.contains_key(f[1]) {
                exceptions.insert((f[0].to_string(), &part[..1]), f[1].to_string());
            }
        }
    }
    for ((form, tag), lemma) in &exceptions {
        text.push_str(&format!("={form}\t{lemma}\t{tag}\n"));
    }
    std::fs::write(out, text).expect("write output");
    eprintln!(
        "{} words, {} irregular forms",
        words.len(),
        exceptions.len()
    );
}
