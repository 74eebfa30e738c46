//! Labels: the text of each label, wrapped into a block, and where the blocks go.
//!
//! Events on the same dates form one **cluster** with one label: the date once, in bold,
//! then each event on its own bulleted line(s), in the chronology's order (stable for
//! events of the same date). The same event reported twice on a date is written once.
//! A lone event's label is the date in bold followed by the event, wrapped.
//!
//! Blocks stack in a grid of thin rows above the marks (three rows per line of text plus
//! one row of air), each on a stem that rises from its marks. A block goes in the lowest
//! rows where it touches no other block and no other stem, and where its own stem crosses
//! no block below it; it goes to the right of its stem when there is room, else to the
//! left. Right-hand blocks are placed from the latest cluster back and left-hand ones from
//! the earliest forward, so stems never run through the text of a label placed earlier
//! (a staircase). Several label shapes (width, lines) are tried; the one that labels the
//! most events, then cuts the fewest short, then stacks lowest, wins. When not every
//! cluster fits, the surest, most precise events get the labels.

use super::font::Metrics;
use super::layout::{Item, Rgba, Sizes};

/// Rows of the label grid per line of text.
pub const ROWS_PER_LINE: usize = 3;
/// Rows of air between stacked labels.
const AIR_ROWS: usize = 1;
/// The label area may take up to this share of the chart's width in height (a chart of
/// 1600 pixels: about 44 lines of labels); beyond it, the surest events keep their labels
/// and the rest stay marks. A tower of labels would be taller than any page shows.
const MAX_HEIGHT_SHARE: f64 = 0.5;
/// ...but never fewer lines than this.
const MIN_LINES: usize = 20;
/// The same for charts with thousands of events (one line per label, to stay fast).
const MAX_LINES_BIG: usize = 34;
/// Charts with more clusters than this try one label shape only.
const BIG: usize = 2000;

/// Entries on the same dates, drawn with one label.
#[derive(Debug, Clone)]
pub(crate) struct Cluster {
    /// The entries, in chronology order.
    pub members: Vec<usize>,
    /// The members grouped by event text (first mention first): one line each.
    pub distinct: Vec<Vec<usize>>,
    /// The date, as the label writes it.
    pub date: String,
    /// Whether the marks are dots (days) rather than bars.
    pub point: bool,
    /// Horizontal extent of the marks.
    pub extent: (f64, f64),
    /// Colour of the stem: the source's, or neutral when sources differ.
    pub color: Rgba,
    /// Sort key for who gets a label when not all fit: lower is surer.
    pub priority: (i64, u8),
    /// A group of neighbouring dates rather than one date: each event's line then starts
    /// with its own date.
    pub mixed: bool,
}

/// One line of a label block.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Offset of the text from the block's left edge.
    pub dx: f64,
    /// The date, in bold, before the text (the first line of a lone event's label, or a
    /// cluster's heading).
    pub date: Option<String>,
    /// The text (after the date, if any).
    pub text: String,
    /// A bullet in the source's colour before the line (the first line of an event in a
    /// cluster).
    pub bullet: Option<Rgba>,
    /// Which distinct event of the cluster the line belongs to.
    pub owner: usize,
    /// Whether this is the "+ n more" line that stands for the events not written out.
    pub more: bool,
}

impl Line {
    /// A line holding only a date in bold: a cluster's heading, or an event's date when
    /// its text does not fit beside it.
    fn heading(date: &str) -> Line {
        Line {
            dx: 0.0,
            date: Some(date.to_string()),
            text: String::new(),
            bullet: None,
            owner: 0,
            more: false,
        }
    }
}

/// The text of one cluster's label, fitted to a shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// Width of the widest line.
    pub width: f64,
    /// Per distinct event: whether its text was cut short.
    pub shortened: Vec<bool>,
    /// How many distinct events are written (the rest are summed up in a "+ n more" line).
    pub shown: usize,
}

impl Block {
    /// Height in grid rows, air included.
    pub fn rows(&self) -> usize {
        if self.lines.is_empty() {
            0
        } else {
            self.lines.len() * ROWS_PER_LINE + AIR_ROWS
        }
    }
}

/// A label shape: how wide, how many lines.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Shape {
    /// Share of the widest label width.
    width: f64,
    /// Lines for a lone event's label.
    lines: usize,
    /// Lines per event in a cluster.
    each: usize,
    /// Most events written out in a cluster.
    events: usize,
}

const fn shape(width: f64, lines: usize, each: usize, events: usize) -> Shape {
    Shape {
        width,
        lines,
        each,
        events,
    }
}

/// Shapes to try, the most generous first.
const SHAPES: [Shape; 6] = [
    shape(1.0, 2, 2, 8),
    shape(0.8, 3, 2, 8),
    shape(0.66, 3, 3, 8),
    shape(0.55, 3, 2, 10),
    shape(0.45, 2, 1, 12),
    shape(0.4, 1, 1, 12),
];
/// What charts with thousands of events try.
const SHAPES_BIG: [Shape; 1] = [shape(0.42, 1, 1, 6)];

/// Where a block went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    /// Lowest grid row it occupies (0 is next to the marks).
    pub row: usize,
    /// Rows it occupies.
    pub rows: usize,
    /// Stem x.
    pub stem: f64,
    /// Left edge of the block.
    pub x0: f64,
    /// Right edge of the block.
    pub x1: f64,
}

/// Wraps `text` at spaces into at most `max_lines` lines, the first `first` pixels wide
/// and the rest `avail`; the last line is cut with an ellipsis if text remains. Returns the
/// lines and whether the text was cut. An empty first line means not even one word fitted
/// beside what precedes it.
pub fn wrap(
    m: &Metrics,
    size: f64,
    text: &str,
    first: f64,
    avail: f64,
    max_lines: usize,
) -> (Vec<String>, bool) {
    let mut lines: Vec<String> = Vec::new();
    let mut rest = text.trim();
    let max_lines = max_lines.max(1);
    while !rest.is_empty() && lines.len() < max_lines {
        let li = lines.len();
        let room = if li == 0 { first } else { avail }.max(0.0);
        if li + 1 == max_lines {
            let (t, cut) = m.fit(rest, size, false, room);
            lines.push(t);
            return (lines, cut);
        }
        // The longest run of whole words that fits.
        let mut end = 0;
        let mut width = 0.0;
        let mut last = 0;
        for idx in rest
            .match_indices(' ')
            .map(|(i, _)| i)
            .chain(std::iter::once(rest.len()))
        {
            width += m.width(&rest[last..idx], size, false);
            if width > room {
                break;
            }
            end = idx;
            last = idx;
        }
        if end == 0 {
            if li == 0 && first < avail {
                // Not one word fits beside the date: start on the next line.
                lines.push(String::new());
                continue;
            }
            let (t, cut) = m.fit(rest, size, false, room);
            lines.push(t);
            return (lines, cut);
        }
        lines.push(rest[..end].trim_end().to_string());
        rest = rest[end..].trim_start();
    }
    (lines, !rest.is_empty())
}

/// The width of a line of a label, from the block's left edge.
pub(crate) fn line_width(m: &Metrics, s: &Sizes, l: &Line) -> f64 {
    let date = l.date.as_ref().map_or(0.0, |d| {
        m.width(d, s.label, true)
            + if l.text.is_empty() {
                0.0
            } else {
                m.width(" ", s.label, false)
            }
    });
    l.dx + date + m.width(&l.text, s.label, false)
}

/// The label block of a cluster in a shape.
fn block(m: &Metrics, s: &Sizes, c: &Cluster, items: &[Item], max: f64, sh: Shape) -> Block {
    let size = s.label;
    let bold_w = m.width(&c.date, size, true);
    let space = m.width(" ", size, false);
    let mut lines = Vec::new();
    let mut shortened = vec![false; c.distinct.len()];
    let width_of = |l: &Line| line_width(m, s, l);
    let shown;
    if c.distinct.len() == 1 {
        let it = &items[c.distinct[0][0]];
        let (ls, cut) = wrap(m, size, &it.event, max - bold_w - space, max, sh.lines);
        shortened[0] = cut;
        for (j, t) in ls.into_iter().enumerate() {
            lines.push(Line {
                dx: 0.0,
                date: (j == 0).then(|| c.date.clone()),
                text: t,
                bullet: None,
                owner: 0,
                more: false,
            });
        }
        if lines.is_empty() {
            lines.push(Line::heading(&c.date));
        }
        shown = 1;
    } else {
        lines.push(Line::heading(&c.date));
        let n = c.distinct.len();
        shown = if n <= sh.events {
            n
        } else {
            sh.events.saturating_sub(1).max(1)
        };
        let indent = s.bullet_indent;
        for (k, group) in c.distinct.iter().enumerate().take(shown) {
            let it = &items[group[0]];
            let room = max - indent;
            // In a group of dates, each event leads with its own date, less what the
            // heading already says ("28 Aug" over "28 Aug, 19:49" leaves "19:49").
            let own = (c.mixed && it.date != c.date).then(|| {
                it.date
                    .strip_prefix(c.date.as_str())
                    .and_then(|r| r.strip_prefix(", "))
                    .unwrap_or(&it.date)
                    .to_string()
            });
            let first = own
                .as_ref()
                .map_or(room, |d| room - m.width(d, size, true) - space);
            let (ls, cut) = wrap(m, size, &it.event, first, room, sh.each);
            shortened[k] = cut;
            for (j, t) in ls.into_iter().enumerate() {
                lines.push(Line {
                    dx: indent,
                    date: if j == 0 { own.clone() } else { None },
                    text: t,
                    bullet: (j == 0).then_some(it.color),
                    owner: k,
                    more: false,
                });
            }
        }
        if shown < n {
            let more: usize = c.distinct[shown..].iter().map(Vec::len).sum();
            lines.push(Line {
                dx: indent,
                date: None,
                text: format!("+ {more} more (marks only)"),
                bullet: None,
                owner: shown - 1,
                more: true,
            });
        }
    }
    let width = lines.iter().map(width_of).fold(0.0, f64::max);
    Block {
        lines,
        width,
        shortened,
        shown,
    }
}

/// Occupied intervals of one grid row, sorted by start.
#[derive(Default, Clone)]
pub(crate) struct Row(Vec<(f64, f64)>);

impl Row {
    /// Whether `[a, b)` touches nothing in the row.
    pub fn free(&self, a: f64, b: f64) -> bool {
        let i = self.0.partition_point(|&(_, e)| e <= a);
        self.0.get(i).is_none_or(|&(s, _)| s >= b)
    }
    /// Marks `[a, b)` as taken.
    pub fn take(&mut self, a: f64, b: f64) {
        let i = self.0.partition_point(|&(s, _)| s < a);
        self.0.insert(i, (a, b));
    }
}

/// A position to try: stem x and the block's horizontal extent.
type Candidate = (f64, f64, f64);

/// Which side of its stem a cluster's label would rather go on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    /// Right, unless it would leave the chart.
    Right,
    /// Left, unless it would leave the chart.
    Left,
    /// The side with fewer stems within a label's width, so a label does not wall off its
    /// neighbours.
    Open,
}

/// How the sides are chosen for a whole chart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sides {
    /// Every label decides for itself ([`Side::Open`]).
    Open,
    /// Every label to the right.
    Right,
    /// Every label to the left.
    Left,
    /// Clusters close together form a run whose labels share a side, and neighbouring runs
    /// turn their labels away from each other where that lets them share rows (a small
    /// dynamic programme over the runs).
    Runs,
}

/// One way of placing the labels: how sides are chosen, and whether a label may take the
/// other side of its stem when that puts it lower.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Policy {
    sides: Sides,
    either: bool,
}

/// The policies tried, in order of preference.
const POLICIES: [Policy; 4] = [
    Policy {
        sides: Sides::Runs,
        either: false,
    },
    Policy {
        sides: Sides::Open,
        either: false,
    },
    Policy {
        sides: Sides::Right,
        either: false,
    },
    Policy {
        sides: Sides::Left,
        either: false,
    },
];
/// What charts with thousands of events try.
const POLICIES_BIG: [Policy; 1] = [Policy {
    sides: Sides::Open,
    either: false,
}];

/// A tried arrangement and its score.
struct Arrangement {
    labelled: usize,
    cut: usize,
    rows: usize,
    /// Sum over labels of the row they start in: how far labels sit from their marks.
    lift: usize,
    blocks: Vec<Block>,
    spots: Vec<Option<Spot>>,
    prefs: Vec<Side>,
    either: bool,
}

impl Arrangement {
    /// More events labelled, a label cut short counting half; then fewer cut short; then
    /// a lower chart; then labels nearer their marks.
    fn beats(&self, o: &Arrangement) -> bool {
        use std::cmp::Reverse;
        let key = |a: &Arrangement| {
            (
                2 * a.labelled - a.cut,
                Reverse(a.cut),
                Reverse(a.rows),
                Reverse(a.lift),
            )
        };
        key(self) > key(o)
    }
}

/// Everything the placement needs to know about the chart.
pub(crate) struct Frame<'a> {
    /// Measures text.
    pub metrics: &'a Metrics,
    /// Sizes.
    pub sizes: &'a Sizes,
    /// Left edge of the plot.
    pub x0: f64,
    /// Right edge of the plot.
    pub x1: f64,
    /// Width of the chart.
    pub width: f64,
}

/// The label blocks and spots of every cluster (`None`: no label).
pub(crate) fn place(
    clusters: &[Cluster],
    items: &[Item],
    f: &Frame,
) -> (Vec<Block>, Vec<Option<Spot>>) {
    let s = f.sizes;
    let big = clusters.len() > BIG;
    let shapes: &[Shape] = if big { &SHAPES_BIG } else { &SHAPES };
    let policies: &[Policy] = if big { &POLICIES_BIG } else { &POLICIES };
    let lines = ((f.width * MAX_HEIGHT_SHARE / s.line_h) as usize).max(MIN_LINES);
    let max_rows = ROWS_PER_LINE * if big { MAX_LINES_BIG.min(lines) } else { lines };
    let stems: Vec<f64> = {
        let mut v: Vec<f64> = clusters
            .iter()
            .map(|c| (c.extent.0 + c.extent.1) / 2.0)
            .collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let everything: Vec<usize> = (0..clusters.len()).collect();
    let mut best: Option<Arrangement> = None;
    for &sh in shapes {
        let blocks: Vec<Block> = clusters
            .iter()
            .map(|c| block(f.metrics, s, c, items, s.label_max * sh.width, sh))
            .collect();
        for &policy in policies {
            let prefs = preferences(policy.sides, clusters, &blocks, f);
            let spots = place_subset(
                &everything,
                clusters,
                &blocks,
                &stems,
                &prefs,
                policy.either,
                max_rows,
                f,
            );
            let a = score(clusters, blocks.clone(), spots, prefs, policy.either);
            if best.as_ref().is_none_or(|b| a.beats(b)) {
                best = Some(a);
            }
        }
    }
    let Some(best) = best else {
        return (Vec::new(), Vec::new());
    };
    if best.spots.iter().all(Option::is_some) {
        return (best.blocks, best.spots);
    }
    // Not every cluster fits: let the surest, most precise events claim rows first, then
    // lay out the ones that got a label again in the staircase order.
    let mut by_priority: Vec<usize> = (0..clusters.len()).collect();
    by_priority.sort_by_key(|&i| (clusters[i].priority, i));
    let cands: Vec<Vec<Candidate>> = (0..clusters.len())
        .map(|i| candidates(&clusters[i], &best.blocks[i], &stems, best.prefs[i], f))
        .collect();
    let heights: Vec<usize> = best.blocks.iter().map(Block::rows).collect();
    let chosen = place_in_order(&by_priority, &cands, &heights, best.either, max_rows, s);
    let count = |spots: &[Option<Spot>]| {
        spots
            .iter()
            .zip(&best.blocks)
            .filter(|(sp, _)| sp.is_some())
            .map(|(_, b)| b.shown)
            .sum::<usize>()
    };
    if count(&chosen) <= count(&best.spots) {
        return (best.blocks, best.spots);
    }
    let keep: Vec<usize> = (0..clusters.len())
        .filter(|&i| chosen[i].is_some())
        .collect();
    let again = place_subset(
        &keep,
        clusters,
        &best.blocks,
        &stems,
        &best.prefs,
        best.either,
        max_rows,
        f,
    );
    if count(&again) >= count(&chosen) {
        (best.blocks, again)
    } else {
        (best.blocks, chosen)
    }
}

fn score(
    clusters: &[Cluster],
    blocks: Vec<Block>,
    spots: Vec<Option<Spot>>,
    prefs: Vec<Side>,
    either: bool,
) -> Arrangement {
    let mut labelled = 0;
    let mut cut = 0;
    let mut rows = 0;
    let mut lift = 0;
    for ((c, b), sp) in clusters.iter().zip(&blocks).zip(&spots) {
        if let Some(sp) = sp {
            labelled += c.distinct[..b.shown].iter().map(Vec::len).sum::<usize>();
            cut += c.distinct[..b.shown]
                .iter()
                .zip(&b.shortened)
                .filter(|(_, s)| **s)
                .map(|(g, _)| g.len())
                .sum::<usize>();
            rows = rows.max(sp.row + sp.rows);
            lift += sp.row;
        }
    }
    Arrangement {
        labelled,
        cut,
        rows,
        lift,
        blocks,
        spots,
        prefs,
        either,
    }
}

/// The side each cluster's label would rather take under a policy.
fn preferences(sides: Sides, clusters: &[Cluster], blocks: &[Block], f: &Frame) -> Vec<Side> {
    match sides {
        Sides::Open => vec![Side::Open; clusters.len()],
        Sides::Right => vec![Side::Right; clusters.len()],
        Sides::Left => vec![Side::Left; clusters.len()],
        Sides::Runs => run_sides(clusters, blocks, f),
    }
}

/// Sides by runs: clusters whose marks lie within a third of a label's width of each other
/// form a run; each run takes one side, chosen so that neighbouring runs' labels overlap
/// as little as possible (weighted by how tall the smaller stack is), and so that labels
/// stay on the chart.
fn run_sides(clusters: &[Cluster], blocks: &[Block], f: &Frame) -> Vec<Side> {
    let n = clusters.len();
    if n == 0 {
        return Vec::new();
    }
    let s = f.sizes;
    // Runs, in the clusters' (time) order.
    let mut runs: Vec<(usize, usize, f64, f64, f64, f64)> = Vec::new(); // first, last, a, b, width, rows
    for (i, (c, b)) in clusters.iter().zip(blocks).enumerate() {
        let w = b.width;
        let h = b.rows() as f64;
        match runs.last_mut() {
            Some(r) if c.extent.0 - r.3 < (r.4.max(w)) / 3.0 => {
                r.1 = i;
                r.3 = r.3.max(c.extent.1);
                r.4 = r.4.max(w);
                r.5 += h;
            }
            _ => runs.push((i, i, c.extent.0, c.extent.1, w, h)),
        }
    }
    let gap = 5.0 * s.k;
    let (lo, hi) = (f.x0 - s.margin * 0.5, f.x1 + s.margin * 0.5);
    // The x extent of a run's labels on a side, and whether it stays on the chart.
    let span = |r: &(usize, usize, f64, f64, f64, f64), left: bool| {
        if left {
            (r.2 - gap - r.4, r.3)
        } else {
            (r.2, r.3 + gap + r.4)
        }
    };
    let off = |r: &(usize, usize, f64, f64, f64, f64), left: bool| {
        let (a, b) = span(r, left);
        if a < lo || b > hi { 1e6 } else { 0.0 }
    };
    // Cost between consecutive runs: when their labels would overlap, the shorter stack
    // ends up above the other.
    let clash = |p: &(usize, usize, f64, f64, f64, f64),
                 pl: bool,
                 q: &(usize, usize, f64, f64, f64, f64),
                 ql: bool| {
        let (a0, a1) = span(p, pl);
        let (b0, b1) = span(q, ql);
        if a0 < b1 && b0 < a1 {
            p.5.min(q.5)
        } else {
            0.0
        }
    };
    let m = runs.len();
    // cost[k][side]: best total cost of runs 0..=k with run k on that side (0 right, 1 left).
    let mut cost = vec![[0.0f64; 2]; m];
    let mut from = vec![[0usize; 2]; m];
    for (side, c) in cost[0].iter_mut().enumerate() {
        // A slight preference for the right, where text reads forward in time.
        *c = off(&runs[0], side == 1) + side as f64 * 0.1;
    }
    for k in 1..m {
        for side in 0..2 {
            let here = off(&runs[k], side == 1) + side as f64 * 0.1;
            let (best_prev, c) = (0..2)
                .map(|p| {
                    (
                        p,
                        cost[k - 1][p] + clash(&runs[k - 1], p == 1, &runs[k], side == 1),
                    )
                })
                .fold(
                    (0, f64::INFINITY),
                    |acc, x| if x.1 < acc.1 { x } else { acc },
                );
            cost[k][side] = c + here;
            from[k][side] = best_prev;
        }
    }
    let mut side = if cost[m - 1][1] < cost[m - 1][0] {
        1
    } else {
        0
    };
    let mut out = vec![Side::Right; n];
    for k in (0..m).rev() {
        let pick = if side == 1 { Side::Left } else { Side::Right };
        for o in &mut out[runs[k].0..=runs[k].1] {
            *o = pick;
        }
        side = from[k][side];
    }
    out
}

/// The positions to try for a cluster, preferred side first. A dot has one stem; a bar
/// may carry its stem at several points along its length.
fn candidates(c: &Cluster, b: &Block, stems: &[f64], side: Side, f: &Frame) -> Vec<Candidate> {
    let s = f.sizes;
    let gap = 5.0 * s.k;
    let width = b.width;
    let (ma, mb) = c.extent;
    let inset = ((mb - ma) / 2.0).min(4.0 * s.k);
    let positions: Vec<f64> = if c.point {
        vec![(ma + mb) / 2.0]
    } else {
        let (a, b) = (ma + inset, mb - inset);
        let n = (((b - a) / (40.0 * s.k)) as usize).min(6);
        (0..=n)
            .map(|k| {
                if n == 0 {
                    a
                } else {
                    a + (b - a) * k as f64 / n as f64
                }
            })
            .collect()
    };
    let fits = |c: &Candidate| c.1 >= f.x0 - s.margin * 0.5 && c.2 <= f.x1 + s.margin * 0.5;
    // A label to the right hangs off the bar's end first, one to the left off its start:
    // that way it covers only stems placed before it in the staircase order.
    let right: Vec<Candidate> = positions
        .iter()
        .rev()
        .map(|&x| (x, x + gap, x + gap + width))
        .filter(fits)
        .collect();
    let left: Vec<Candidate> = positions
        .iter()
        .map(|&x| (x, x - gap - width, x - gap))
        .filter(fits)
        .collect();
    let count =
        |a: f64, b: f64| stems.partition_point(|&x| x <= b) - stems.partition_point(|&x| x < a);
    let left_first = match (right.first(), left.first()) {
        (Some(_), None) | (None, None) => false,
        (None, Some(_)) => true,
        (Some(r), Some(l)) => match side {
            Side::Right => false,
            Side::Left => true,
            Side::Open => count(r.1, r.2) > count(l.1, l.2),
        },
    };
    if left_first {
        left.into_iter().chain(right).collect()
    } else {
        right.into_iter().chain(left).collect()
    }
}

/// Places the labels of `subset`: left-side labels from the earliest cluster forward, then
/// right-side labels from the latest back.
#[allow(clippy::too_many_arguments)]
fn place_subset(
    subset: &[usize],
    clusters: &[Cluster],
    blocks: &[Block],
    stems: &[f64],
    prefs: &[Side],
    either: bool,
    max_rows: usize,
    f: &Frame,
) -> Vec<Option<Spot>> {
    let cands: Vec<Vec<Candidate>> = (0..clusters.len())
        .map(|i| candidates(&clusters[i], &blocks[i], stems, prefs[i], f))
        .collect();
    let is_left = |i: usize| cands[i].first().is_some_and(|c| c.1 < c.0);
    let mut order: Vec<usize> = subset.iter().copied().filter(|&i| is_left(i)).collect();
    order.extend(subset.iter().rev().copied().filter(|&i| !is_left(i)));
    let heights: Vec<usize> = blocks.iter().map(Block::rows).collect();
    place_in_order(&order, &cands, &heights, either, max_rows, f.sizes)
}

/// The grid: per row, the label boxes in it and the x of every stem passing through it.
/// Stems may share an x; labels may touch neither.
struct Grid {
    boxes: Vec<Row>,
    stems: Vec<Vec<f64>>,
    half_stem: f64,
    pad: f64,
}

impl Grid {
    /// The lowest row where one of `group` fits a block `h` rows tall, and which candidate.
    fn lowest(&self, group: &[Candidate], h: usize) -> Option<(usize, Candidate)> {
        let max_rows = self.boxes.len();
        let stems_clear = |xs: &Vec<f64>, a: f64, b: f64| {
            xs.partition_point(|&x| x < a - self.half_stem)
                == xs.partition_point(|&x| x <= b + self.half_stem)
        };
        // How high each candidate's stem can rise before a label blocks it.
        let reach: Vec<usize> = group
            .iter()
            .map(|&(x, _, _)| {
                self.boxes
                    .iter()
                    .position(|r| !r.free(x - self.half_stem, x + self.half_stem))
                    .unwrap_or(max_rows)
            })
            .collect();
        let mut row = 0;
        while row + h <= max_rows {
            let mut next = max_rows;
            for (c, &(stem, a, b)) in group.iter().enumerate() {
                if reach[c] < row + h {
                    continue;
                }
                let (pa, pb) = (a - self.pad / 2.0, b + self.pad / 2.0);
                // The highest row in the way, if any: the block must go above it.
                let blocked = (row..row + h).rev().find(|&u| {
                    !(self.boxes[u].free(pa, pb) && stems_clear(&self.stems[u], pa, pb))
                });
                match blocked {
                    None => return Some((row, (stem, a, b))),
                    Some(u) => next = next.min(u + 1),
                }
            }
            // Every stem is blocked below the next try: no higher row can be reached.
            if next == max_rows || next <= row {
                return None;
            }
            row = next;
        }
        None
    }

    /// Takes rows `row..row + h` for a block, and its stem's way up to them.
    fn take(&mut self, row: usize, h: usize, (stem, a, b): Candidate) {
        let (pa, pb) = (a - self.pad / 2.0, b + self.pad / 2.0);
        for r in &mut self.boxes[row..row + h] {
            r.take(pa, pb);
        }
        for xs in &mut self.stems[..row + h] {
            let at = xs.partition_point(|&x| x < stem);
            xs.insert(at, stem);
        }
    }
}

/// Places blocks one by one in `order`, each in the lowest rows that work on its preferred
/// side (or, with `either`, on whichever side is lower).
fn place_in_order(
    order: &[usize],
    cands: &[Vec<Candidate>],
    heights: &[usize],
    either: bool,
    max_rows: usize,
    s: &Sizes,
) -> Vec<Option<Spot>> {
    let mut grid = Grid {
        boxes: vec![Row::default(); max_rows],
        stems: vec![Vec::new(); max_rows],
        half_stem: 1.0 * s.k,
        pad: 6.0 * s.k,
    };
    let mut out = vec![None; cands.len()];
    for &i in order {
        let h = heights[i];
        let cs = &cands[i];
        if cs.is_empty() || h == 0 || h > max_rows {
            continue;
        }
        // The preferred side first; the other side only when the preferred one has no
        // room (switching sides low down would wall off the stems of the clusters placed
        // after this one), or, with `either`, when it is lower.
        let split = cs
            .iter()
            .position(|c| (c.1 < c.0) != (cs[0].1 < cs[0].0))
            .unwrap_or(cs.len());
        let first = grid.lowest(&cs[..split], h);
        let found = match first {
            Some(f) if !either => Some(f),
            _ => {
                let second = grid.lowest(&cs[split..], h);
                match (first, second) {
                    (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
                    (a, b) => a.or(b),
                }
            }
        };
        if let Some((row, c)) = found {
            grid.take(row, h, c);
            out[i] = Some(Spot {
                row,
                rows: h,
                stem: c.0,
                x0: c.1,
                x1: c.2,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::font::metrics;

    #[test]
    fn wrapping_keeps_words_whole_and_cuts_only_the_last_line() {
        let m = metrics();
        let text = "US military carried out a drone strike against a suspected IS-K planner";
        let (lines, cut) = wrap(m, 15.0, text, 120.0, 200.0, 5);
        assert!(!cut);
        assert_eq!(lines.join(" "), text);
        assert!(m.width(&lines[0], 15.0, false) <= 120.0);
        assert!(lines[1..].iter().all(|l| m.width(l, 15.0, false) <= 200.0));
        let (lines, cut) = wrap(m, 15.0, text, 200.0, 200.0, 2);
        assert!(cut && lines.len() == 2 && lines[1].ends_with('…'));
        assert!(text.starts_with(&lines[0]));
        // Nothing fits beside the date: the text starts on the next line.
        let (lines, cut) = wrap(m, 15.0, "Kabul", 5.0, 200.0, 2);
        assert_eq!((lines, cut), (vec![String::new(), "Kabul".into()], false));
    }

    #[test]
    fn rows_know_what_is_free() {
        let mut r = Row::default();
        r.take(10.0, 20.0);
        r.take(30.0, 40.0);
        assert!(r.free(0.0, 10.0) && r.free(20.0, 30.0) && r.free(40.0, 90.0));
        assert!(!r.free(15.0, 16.0) && !r.free(19.0, 31.0) && !r.free(0.0, 100.0));
    }
}
