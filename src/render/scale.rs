//! The time scale: days → x pixels, piecewise linear over segments.
//!
//! A chronology that spans decades but clusters in a few recent weeks gets a segmented
//! axis, so that neither end is squashed:
//! - an empty stretch that takes a large share of the span is **cut** out (drawn as a break
//!   in the axis), e.g. 2001 → 2020;
//! - a stretch whose events are much denser than the rest of its segment gets a
//!   **scale change**: the axis runs on, but at a different number of pixels per day, e.g.
//!   September 2020 – August 2021 in months, then the last weeks of August in days.
//!
//! Pixels are shared between segments by the square root of how many event ends each
//! holds, with a floor so a lone old event stays readable.

/// How a segment joins the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// An empty stretch of time was left out between the two segments.
    Cut,
    /// Time runs on, at a different scale.
    ScaleChange,
}

/// A stretch of time drawn at one scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// First day shown (days since 0001-01-01, fractional).
    pub d0: f64,
    /// End of the last day shown.
    pub d1: f64,
    /// Left pixel.
    pub x0: f64,
    /// Right pixel.
    pub x1: f64,
    /// How it joins the previous segment (`None` for the first).
    pub join: Option<Join>,
    /// Event ends it holds (weighted count).
    pub weight: f64,
}

impl Segment {
    /// Pixels per day.
    pub fn px_per_day(&self) -> f64 {
        (self.x1 - self.x0) / (self.d1 - self.d0).max(1e-9)
    }
}

/// Days → pixels over one or more segments, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeScale {
    /// The segments, in time order, with gutters between cut segments.
    pub segments: Vec<Segment>,
}

/// Periods longer than this many days weigh less when sharing out pixels.
const LONG_DAYS: f64 = 400.0;
/// Entries at least this share of the whole span may run across a cut.
const LONG_SHARE: f64 = 0.4;
/// Most segments a scale is split into (a zoom may add one more).
const MAX_SEGMENTS: usize = 8;
/// Most cuts: past them, old stretches share a segment rather than each taking one.
const MAX_CUTS: usize = 3;
/// A zoom must hold at least this share of its segment's weight...
const ZOOM_MIN_SHARE: f64 = 0.2;
/// ...and of the whole chart's (no zooming into a year's end where many years end).
const ZOOM_MIN_OF_ALL: f64 = 0.05;
/// An empty stretch is cut when it is at least this share of its segment's span...
const CUT_SHARE: f64 = 0.45;
/// ...and at least this many days long.
const CUT_MIN_DAYS: f64 = 45.0;
/// A scale change needs one side to be this many times denser than the other...
const DENSITY_RATIO: f64 = 6.0;
/// The dense side of a scale change spans at most this share of its segment.
const ZOOM_SHARE: f64 = 0.2;
/// Density ratios above this count as equal when choosing where to change scale.
const RATIO_CAP: f64 = 100.0;
/// ...a segment at least this long...
const SPLIT_MIN_DAYS: f64 = 120.0;
/// ...and at least this much weight on the dense side.
const SPLIT_MIN_WEIGHT: f64 = 8.0;
/// Adjacent scale-change segments whose scales differ by less than this are merged back.
const MERGE_RATIO: f64 = 2.0;
/// Smallest share of the width a segment gets...
const MIN_SHARE: f64 = 0.12;
/// ...unless that is more than this many gutters: a segment holding one old event needs
/// room for its mark and two ticks, not an eighth of the chart.
const MIN_GUTTERS: f64 = 3.0;
/// Segments share the width by their weight to this power: denser stretches need more
/// room than their share of time (their labels pile up), but not in proportion.
const WEIGHT_POWER: f64 = 0.75;

/// A segment under construction: a range of the distinct points, and where it starts and
/// ends in time when a neighbour shares a boundary.
#[derive(Debug, Clone, Copy)]
struct Piece {
    a: usize,
    b: usize,
    join: Option<Join>,
    /// Boundary day shared with the previous piece (scale change).
    left: Option<f64>,
    /// Boundary day shared with the next piece (scale change).
    right: Option<f64>,
}

impl TimeScale {
    /// Fits a scale to event intervals (`[start, end)` in days) and extra days that must be
    /// shown (article dates), across pixels `x0..x1`, with `gutter` pixels at each cut.
    pub fn fit(spans: &[(f64, f64)], extra: &[f64], x0: f64, x1: f64, gutter: f64) -> TimeScale {
        // The ends of long periods (decades, multi-year ranges) must be shown but need little
        // room: they weigh less than the ends of days, weeks and months.
        let mut raw: Vec<(f64, f64)> = spans
            .iter()
            .flat_map(|&(s, e)| {
                let w = if e - s > LONG_DAYS { 0.2 } else { 1.0 };
                [(s, w), (e.max(s), w)]
            })
            .chain(extra.iter().flat_map(|&d| [(d, 1.0), (d + 1.0, 1.0)]))
            .filter(|(d, _)| d.is_finite())
            .collect();
        raw.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut pts: Vec<f64> = Vec::new();
        let mut wts: Vec<f64> = Vec::new();
        for (d, w) in raw {
            match pts.last() {
                Some(&p) if d - p < 1e-9 => {
                    if let Some(last) = wts.last_mut() {
                        *last += w;
                    }
                }
                _ => {
                    pts.push(d);
                    wts.push(w);
                }
            }
        }
        if pts.is_empty() {
            pts.push(0.0);
            wts.push(0.0);
        }
        let n = pts.len();
        // Gaps inside a short entry (a season, a year) are never cut; only long ranges
        // (a 20-year war) may run across a cut.
        let total = pts[n - 1] - pts[0];
        let mut diff = vec![0i64; n + 1];
        for &(s, e) in spans {
            if !(s.is_finite() && e.is_finite()) || e - s >= LONG_SHARE * total {
                continue;
            }
            let a = pts.partition_point(|&p| p < s - 1e-9);
            let b = pts.partition_point(|&p| p < e - 1e-9);
            if a < b {
                diff[a] += 1;
                diff[b] -= 1;
            }
        }
        let mut active = 0;
        let covered: Vec<bool> = (0..n)
            .map(|i| {
                active += diff[i];
                active > 0
            })
            .collect();
        let mut pieces = vec![Piece {
            a: 0,
            b: n - 1,
            join: None,
            left: None,
            right: None,
        }];
        while pieces.len() < MAX_SEGMENTS {
            let cuts = pieces.iter().filter(|p| p.join == Some(Join::Cut)).count();
            let cut = if cuts < MAX_CUTS {
                best_cut(&pieces, &pts, &covered)
            } else {
                None
            };
            if let Some((k, i)) = cut {
                let p = pieces[k];
                pieces[k] = Piece {
                    b: i,
                    right: None,
                    ..p
                };
                pieces.insert(
                    k + 1,
                    Piece {
                        a: i + 1,
                        b: p.b,
                        join: Some(Join::Cut),
                        left: None,
                        right: p.right,
                    },
                );
            } else if let Some(zoom) = best_zoom(&pieces, &pts, &wts) {
                let (k, i, j, t1, t2) = widen(zoom, &pieces, &pts, spans);
                let p = pieces[k];
                let mut parts = Vec::new();
                if let Some(t1) = t1 {
                    parts.push(Piece {
                        a: p.a,
                        b: i - 1,
                        join: p.join,
                        left: p.left,
                        right: Some(t1),
                    });
                }
                parts.push(Piece {
                    a: i,
                    b: j,
                    join: if t1.is_some() {
                        Some(Join::ScaleChange)
                    } else {
                        p.join
                    },
                    left: t1.or(p.left),
                    right: t2.or(p.right),
                });
                if let Some(t2) = t2 {
                    parts.push(Piece {
                        a: j + 1,
                        b: p.b,
                        join: Some(Join::ScaleChange),
                        left: Some(t2),
                        right: p.right,
                    });
                }
                if pieces.len() + parts.len() - 1 > MAX_SEGMENTS + 1 {
                    break;
                }
                pieces.splice(k..=k, parts);
            } else {
                break;
            }
        }
        let mut scale = place(&pieces, &pts, &wts, x0, x1, gutter);
        // Merge scale changes that ended up with nearly the same scale.
        loop {
            let merge = (1..scale.segments.len()).find(|&i| {
                let (a, b) = (&scale.segments[i - 1], &scale.segments[i]);
                let r = a.px_per_day() / b.px_per_day();
                b.join == Some(Join::ScaleChange) && r < MERGE_RATIO && r > 1.0 / MERGE_RATIO
            });
            let Some(i) = merge else { break };
            let right = pieces[i].right;
            pieces[i - 1].b = pieces[i].b;
            pieces[i - 1].right = right;
            pieces.remove(i);
            scale = place(&pieces, &pts, &wts, x0, x1, gutter);
        }
        scale
    }

    /// The pixel of a day (fractional days since 0001-01-01). Days in a cut stretch fall
    /// inside the gutter; days outside the domain are clamped to its edges.
    pub fn x(&self, day: f64) -> f64 {
        let segs = &self.segments;
        let Some(first) = segs.first() else {
            return 0.0;
        };
        if day.is_nan() || day <= first.d0 {
            return first.x0;
        }
        for (i, s) in segs.iter().enumerate() {
            if day <= s.d1 {
                if day >= s.d0 {
                    return s.x0 + (day - s.d0) * s.px_per_day();
                }
                let p = &segs[i - 1];
                let t = (day - p.d1) / (s.d0 - p.d1).max(1e-9);
                return p.x1 + t * (s.x0 - p.x1);
            }
        }
        segs.last().map(|s| s.x1).unwrap_or(0.0)
    }

    /// The index of the segment showing `day`, if any does.
    pub fn segment_of(&self, day: f64) -> Option<usize> {
        self.segments
            .iter()
            .position(|s| day >= s.d0 && day <= s.d1)
    }

    /// First and last day shown.
    pub fn domain(&self) -> (f64, f64) {
        match (self.segments.first(), self.segments.last()) {
            (Some(a), Some(b)) => (a.d0, b.d1),
            _ => (0.0, 1.0),
        }
    }
}

/// The largest empty stretch worth cutting: (piece, index of the point before it).
fn best_cut(pieces: &[Piece], pts: &[f64], covered: &[bool]) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    for (k, p) in pieces.iter().enumerate() {
        let span = pts[p.b] - pts[p.a];
        if span <= 0.0 {
            continue;
        }
        for i in p.a..p.b {
            if covered[i] {
                continue;
            }
            let gap = pts[i + 1] - pts[i];
            let share = gap / span;
            if share >= CUT_SHARE && gap >= CUT_MIN_DAYS && best.is_none_or(|b| share > b.0) {
                best = Some((share, k, i));
            }
        }
    }
    best.map(|(_, k, i)| (k, i))
}

/// The densest stretch worth zooming into: (piece, first and last point index inside,
/// boundary days before and after it; `None` where the stretch reaches the piece's end).
type Zoom = (usize, usize, usize, Option<f64>, Option<f64>);

/// Where a zoom into points `i..=j` of a piece starts and ends: half-way to the
/// neighbouring points, but no further out than a small margin (`None` at the piece's ends).
fn zoom_bounds(p: &Piece, pts: &[f64], i: usize, j: usize) -> (Option<f64>, Option<f64>) {
    let margin = 0.08 * (pts[j] - pts[i]) + 1.0;
    let t1 = (i > p.a).then(|| pts[i] - ((pts[i] - pts[i - 1]) * 0.5).min(margin));
    let t2 = (j < p.b).then(|| pts[j] + ((pts[j + 1] - pts[j]) * 0.5).min(margin));
    (t1, t2)
}

/// Moves the edges of a zoom out so that they cut through no short entry (a zoom that
/// starts in the middle of "mid-August" would draw half of it at each scale), as long as
/// the zoomed stretch grows to at most twice its length.
fn widen(zoom: Zoom, pieces: &[Piece], pts: &[f64], spans: &[(f64, f64)]) -> Zoom {
    let (k, mut i, mut j, _, _) = zoom;
    let p = &pieces[k];
    let inner = (pts[j] - pts[i]).max(1.0);
    let (lo, hi) = (pts[j] - 2.0 * inner, pts[i] + 2.0 * inner);
    loop {
        let (t1, t2) = zoom_bounds(p, pts, i, j);
        let straddles = |t: Option<f64>| {
            let t = t?;
            spans
                .iter()
                .filter(|&&(s, e)| s < t - 1e-9 && e > t + 1e-9 && s >= lo && e <= hi)
                .map(|&(s, e)| (s, e))
                .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
        };
        let (mut ni, mut nj) = (i, j);
        if let Some((s, _)) = straddles(t1) {
            ni = pts.partition_point(|&x| x < s - 1e-9).max(p.a);
        }
        if let Some((_, e)) = straddles(t2) {
            nj = (pts.partition_point(|&x| x <= e + 1e-9).saturating_sub(1)).min(p.b);
        }
        if (ni, nj) == (i, j) {
            return (k, i, j, t1, t2);
        }
        (i, j) = (ni.min(i), nj.max(j));
    }
}

fn best_zoom(pieces: &[Piece], pts: &[f64], wts: &[f64]) -> Option<Zoom> {
    let mut best: Option<(f64, Zoom)> = None;
    let grand: f64 = wts.iter().sum();
    for (k, p) in pieces.iter().enumerate() {
        let lo = p.left.unwrap_or(pts[p.a]);
        let hi = p.right.unwrap_or(pts[p.b]);
        let span = hi - lo;
        if span < SPLIT_MIN_DAYS {
            continue;
        }
        let mut prefix = Vec::with_capacity(p.b - p.a + 2);
        prefix.push(0.0);
        for w in &wts[p.a..=p.b] {
            prefix.push(prefix.last().copied().unwrap_or(0.0) + w);
        }
        let total = prefix[prefix.len() - 1];
        let mut jmax = p.a;
        for i in p.a..=p.b {
            jmax = jmax.max(i);
            while jmax < p.b && pts[jmax + 1] - pts[i] <= ZOOM_SHARE * span {
                jmax += 1;
            }
            for j in i..=jmax {
                let (t1, t2) = zoom_bounds(p, pts, i, j);
                if t1.is_none() && t2.is_none() {
                    continue;
                }
                let (a, b) = (t1.unwrap_or(lo), t2.unwrap_or(hi));
                let inside = prefix[j - p.a + 1] - prefix[i - p.a];
                let outside = total - inside;
                let (d_in, d_out) = ((b - a).max(1.0), (span - (b - a)).max(1.0));
                let ratio = (inside / d_in) / (outside / d_out).max(1e-12);
                if ratio < DENSITY_RATIO
                    || inside < SPLIT_MIN_WEIGHT
                    || inside < ZOOM_MIN_SHARE * total
                    || inside < ZOOM_MIN_OF_ALL * grand
                {
                    continue;
                }
                // Favour stretches that hold many events over ones that merely isolate
                // the densest day.
                let score = ratio.min(RATIO_CAP) * inside / total;
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, (k, i, j, t1, t2)));
                }
            }
        }
    }
    best.map(|b| b.1)
}

/// Turns pieces into segments: domains with padding, pixels shared by weight.
fn place(pieces: &[Piece], pts: &[f64], wts: &[f64], x0: f64, x1: f64, gutter: f64) -> TimeScale {
    let cuts = pieces.iter().filter(|p| p.join == Some(Join::Cut)).count();
    let width = (x1 - x0).max(1.0);
    let gutter = gutter.min(width * 0.1);
    let avail = (width - gutter * cuts as f64).max(1.0);
    let weights: Vec<f64> = pieces
        .iter()
        .map(|p| {
            wts[p.a..=p.b]
                .iter()
                .sum::<f64>()
                .max(1.0)
                .powf(WEIGHT_POWER)
        })
        .collect();
    let shares = shares(&weights, MIN_SHARE.min(MIN_GUTTERS * gutter / avail));
    let mut segments = Vec::with_capacity(pieces.len());
    let mut x = x0;
    for (p, share) in pieces.iter().zip(shares) {
        let (a, b) = (pts[p.a], pts[p.b]);
        let span = b - a;
        let pad = (span * 0.05).max(1.5);
        let d0 = p.left.unwrap_or(a - pad);
        let d1 = p.right.unwrap_or(b + pad);
        if p.join == Some(Join::Cut) {
            x += gutter;
        }
        let w = avail * share;
        segments.push(Segment {
            d0,
            d1: d1.max(d0 + 1.0),
            x0: x,
            x1: x + w,
            join: p.join,
            weight: wts[p.a..=p.b].iter().sum(),
        });
        x += w;
    }
    TimeScale { segments }
}

/// Normalized shares with a floor (or an equal split when that is more than the floors
/// allow).
fn shares(weights: &[f64], floor: f64) -> Vec<f64> {
    let n = weights.len();
    if n == 0 {
        return Vec::new();
    }
    let floor = floor.min(1.0 / n as f64);
    let mut fixed = vec![false; n];
    loop {
        let free_total: f64 = (0..n).filter(|&i| !fixed[i]).map(|i| weights[i]).sum();
        let free_share = 1.0 - floor * fixed.iter().filter(|f| **f).count() as f64;
        let mut changed = false;
        let out: Vec<f64> = (0..n)
            .map(|i| {
                if fixed[i] {
                    floor
                } else {
                    weights[i] / free_total.max(1e-12) * free_share
                }
            })
            .collect();
        for i in 0..n {
            if !fixed[i] && out[i] < floor {
                fixed[i] = true;
                changed = true;
            }
        }
        if !changed {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    fn d(s: &str) -> f64 {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .unwrap()
            .num_days_from_ce() as f64
    }

    fn day(s: &str) -> (f64, f64) {
        (d(s), d(s) + 1.0)
    }

    #[test]
    fn decades_with_dense_recent_weeks_get_a_cut_and_a_scale_change() {
        let mut spans = vec![(d("2001-09-01"), d("2001-12-01")), day("2020-09-20")];
        spans.push((d("2020-12-01"), d("2021-01-01")));
        spans.push(day("2021-05-01"));
        spans.push((d("2021-08-11"), d("2021-08-21")));
        spans.push((d("2021-08-23"), d("2021-08-30")));
        for s in [
            "2021-08-26",
            "2021-08-28",
            "2021-08-30",
            "2021-08-31",
            "2021-08-31",
        ] {
            spans.push(day(s));
        }
        for _ in 0..4 {
            spans.push(day("2021-09-01"));
        }
        // A 20-year duration anchored at the DCT crosses the cut.
        spans.push((d("2001-09-01"), d("2021-09-02")));
        let s = TimeScale::fit(&spans, &[d("2021-09-01")], 0.0, 1000.0, 20.0);
        let joins: Vec<_> = s.segments.iter().map(|g| g.join).collect();
        assert_eq!(
            joins,
            [None, Some(Join::Cut), Some(Join::ScaleChange)],
            "{s:#?}"
        );
        // The recent weeks get far more pixels per day than the year before them.
        let (old, year, weeks) = (&s.segments[0], &s.segments[1], &s.segments[2]);
        assert!(weeks.px_per_day() > 5.0 * year.px_per_day());
        assert!(old.x1 - old.x0 >= 0.1 * 1000.0);
        // Monotone, and inside the range.
        let mut last = -1.0;
        for day in (d("2001-01-01") as i64..d("2021-12-31") as i64).step_by(7) {
            let x = s.x(day as f64);
            assert!(x >= last && (0.0..=1000.0).contains(&x));
            last = x;
        }
    }

    #[test]
    fn an_even_spread_stays_one_segment() {
        let spans: Vec<_> = (0..50)
            .map(|i| {
                (
                    d("2020-01-01") + i as f64 * 7.0,
                    d("2020-01-01") + i as f64 * 7.0 + 1.0,
                )
            })
            .collect();
        let s = TimeScale::fit(&spans, &[], 0.0, 800.0, 20.0);
        assert_eq!(s.segments.len(), 1);
        assert!((s.x(d("2020-01-01")) - 0.0).abs() < 40.0);
    }

    #[test]
    fn odd_inputs_give_a_usable_scale() {
        for spans in [
            vec![],
            vec![day("2021-09-01")],
            vec![day("2021-09-01"); 30],
            vec![(d("0100-01-01"), d("0101-01-01")), day("2021-09-01")],
            vec![(d("1000-01-01"), d("3000-01-01"))],
        ] {
            let s = TimeScale::fit(&spans, &[], 10.0, 500.0, 20.0);
            assert!(!s.segments.is_empty());
            for g in &s.segments {
                assert!(g.d1 > g.d0 && g.x1 >= g.x0, "{g:?}");
                assert!(g.x0 >= 10.0 && g.x1 <= 500.0 + 1e-6, "{g:?}");
            }
            for &(a, b) in &spans {
                assert!(s.x(a).is_finite() && s.x(b) >= s.x(a));
            }
        }
    }
}
