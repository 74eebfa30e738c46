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
//! those of its first two noun senses`. Then `=form TAB lemma TAB v|n` for the irregular
//! verb and noun forms. The output is sorted, so rebuilding gives the same bytes.

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
}

fn simple(w: &str) -> bool {
    !w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
}

fn lexfiles(dir: &Path, part: &str) -> HashMap<String, u32> {
    let data = std::fs::read_to_string(dir.join(format!("data.{part}"))).expect("data file");
    data.lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let mut f = l.split(' ');
            let offset = f.next()?.to_string();
            let file = f.next()?.parse().ok()?;
            Some((offset, file))
        })
        .collect()
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
    for (part, tag) in [("noun", 'n'), ("verb", 'v'), ("adj", 'a')] {
        let files = lexfiles(dir, part);
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
            let first: Vec<u32> = offsets
                .iter()
                .take(2)
                .filter_map(|o| files.get(*o).copied())
                .collect();
            let w = words.entry(f[0].to_string()).or_default();
            w.pos.insert(tag);
            match tag {
                'v' => w.verb = first,
                'n' => w.noun = first,
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
        text.push_str(&format!(
            "{w}\t{pos}\t{}\t{}\n",
            join(&info.verb),
            join(&info.noun)
        ));
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
