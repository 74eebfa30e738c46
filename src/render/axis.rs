//! Tick marks for a time scale: per segment, the finest calendar step (days, months,
//! years, decades...) whose labels fit without touching, with a second line of context
//! (the month and year under days, the year under months) where it changes.

use chrono::{Datelike, NaiveDate};

use super::font::Metrics;
use super::scale::{Segment, TimeScale};
use super::when::{Style, month_name};

/// One tick of the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Pixel position.
    pub x: f64,
    /// The tick's own label: "28", "Sep", "2021".
    pub label: String,
    /// Context below it where it changes: "Aug 2021" under days, "2021" under months.
    pub context: Option<String>,
    /// Whether this tick starts a new context period (drawn a little stronger).
    pub major: bool,
}

/// A calendar step between ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Days of the month: every n-th day from the 1st (7 → 1, 8, 15, 22; 5 → 5, 10, ..., 25).
    Days(u32),
    /// Every n-th month from January.
    Months(u32),
    /// Every n-th year (multiples of n).
    Years(i64),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Months(n) => n as f64 * 30.44,
            Step::Years(n) => n as f64 * 365.25,
        }
    }
}

fn steps() -> impl Iterator<Item = Step> {
    let days = [1, 2, 5, 7, 14].map(Step::Days);
    let months = [1, 3, 6].map(Step::Months);
    let years = (0..6).flat_map(|e| {
        let p = 10i64.pow(e);
        [p, 2 * p, 5 * p].map(Step::Years)
    });
    days.into_iter().chain(months).chain(years)
}

fn date_of(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

fn day_of(d: NaiveDate) -> f64 {
    d.num_days_from_ce() as f64
}

/// Tick dates of a step inside `[d0, d1]`, at most `limit` of them (None if more).
fn tick_dates(step: Step, d0: f64, d1: f64, limit: usize) -> Option<Vec<NaiveDate>> {
    let (first, last) = (date_of(d0.ceil() as i64)?, date_of(d1.floor() as i64)?);
    let mut out = Vec::new();
    let mut push = |d: NaiveDate| {
        if d >= first && d <= last {
            out.push(d);
        }
        out.len() <= limit
    };
    match step {
        Step::Days(n) => {
            let mut d = first;
            while d <= last {
                let ok = match n {
                    1 => true,
                    2 => d.day() % 2 == 1 && d.day() < 31,
                    5 => d.day() % 5 == 0 && d.day() < 30,
                    7 => matches!(d.day(), 1 | 8 | 15 | 22),
                    _ => matches!(d.day(), 1 | 15),
                };
                if ok && !push(d) {
                    return None;
                }
                d = d.succ_opt()?;
            }
        }
        Step::Months(n) => {
            let (mut y, mut m) = (first.year(), first.month());
            loop {
                let d = NaiveDate::from_ymd_opt(y, m, 1)?;
                if d > last {
                    break;
                }
                if (m - 1) % n == 0 && !push(d) {
                    return None;
                }
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
        }
        Step::Years(n) => {
            let mut y = (first.year() as i64).div_euclid(n) * n;
            while y <= last.year() as i64 {
                let d = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, 1, 1)?;
                if !push(d) {
                    return None;
                }
                y += n;
            }
        }
    }
    Some(out)
}

fn labels(step: Step, dates: &[NaiveDate]) -> Vec<(String, Option<String>, bool)> {
    let mut prev: Option<NaiveDate> = None;
    dates
        .iter()
        .map(|&d| {
            let out = match step {
                Step::Days(_) => {
                    let changed =
                        prev.is_none_or(|p| (p.year(), p.month()) != (d.year(), d.month()));
                    let ctx = changed
                        .then(|| format!("{} {}", month_name(d.month(), Style::Short), d.year()));
                    (d.day().to_string(), ctx, changed && prev.is_some())
                }
                Step::Months(_) => {
                    let changed = prev.is_none_or(|p| p.year() != d.year());
                    let ctx = changed.then(|| d.year().to_string());
                    (
                        month_name(d.month(), Style::Short).to_string(),
                        ctx,
                        changed && prev.is_some(),
                    )
                }
                Step::Years(n) => {
                    let major = (d.year() as i64).rem_euclid(n * 5) == 0;
                    (d.year().to_string(), None, major)
                }
            };
            prev = Some(d);
            out
        })
        .collect()
}

/// Ticks for every segment of `scale`, labels set at `size` with `metrics`, at least
/// `gap` pixels apart, ticks at least four sizes apart.
pub fn ticks(scale: &TimeScale, metrics: &Metrics, size: f64, gap: f64) -> Vec<Vec<Tick>> {
    let n = scale.segments.len();
    (0..n)
        .map(|i| {
            let seg = &scale.segments[i];
            // Labels may reach into half of a neighbouring gutter, not past it.
            let lo = if i == 0 {
                seg.x0 - gap
            } else {
                (scale.segments[i - 1].x1 + seg.x0) / 2.0
            };
            let hi = if i + 1 == n {
                seg.x1 + gap
            } else {
                (seg.x1 + scale.segments[i + 1].x0) / 2.0
            };
            segment_ticks(seg, lo, hi, metrics, size, gap)
        })
        .collect()
}

fn segment_ticks(
    seg: &Segment,
    lo: f64,
    hi: f64,
    metrics: &Metrics,
    size: f64,
    gap: f64,
) -> Vec<Tick> {
    let ppd = seg.px_per_day();
    let min_spacing = 4.0 * size;
    let span_px = seg.x1 - seg.x0;
    for step in steps() {
        // Cheap rejections before generating anything.
        if step.approx_days() * ppd < gap.max(min_spacing) || span_px <= 0.0 {
            continue;
        }
        let limit = (span_px / gap) as usize + 2;
        let Some(dates) = tick_dates(step, seg.d0, seg.d1, limit) else {
            continue;
        };
        let x_of = |d: NaiveDate| {
            let c = day_of(d);
            // Day ticks sit in the middle of their day; month and year ticks at their start.
            let c = if matches!(step, Step::Days(_)) {
                c + 0.5
            } else {
                c
            };
            seg.x0 + (c - seg.d0) * ppd
        };
        let texts = labels(step, &dates);
        let mut ok = true;
        let mut last_end = f64::NEG_INFINITY;
        let mut last_ctx_end = f64::NEG_INFINITY;
        let mut ticks = Vec::with_capacity(dates.len());
        for (d, (label, ctx, major)) in dates.iter().zip(texts) {
            let x = x_of(*d);
            let w = metrics.width(&label, size, false);
            let (a, b) = (x - w / 2.0, x + w / 2.0);
            if a < lo || b > hi {
                // A label that would leave the segment is dropped, not squeezed.
                continue;
            }
            if a < last_end + gap {
                ok = false;
                break;
            }
            last_end = b;
            if let Some(c) = &ctx {
                let cw = metrics.width(c, size, true);
                let (ca, cb) = (x - w / 2.0, x - w / 2.0 + cw);
                if ca < last_ctx_end + gap / 2.0 || cb > hi {
                    // The context would run into the previous one: leave it off this tick.
                    ticks.push(Tick {
                        x,
                        label,
                        context: None,
                        major,
                    });
                    continue;
                }
                last_ctx_end = cb;
            }
            ticks.push(Tick {
                x,
                label,
                context: ctx,
                major,
            });
        }
        if ok && !ticks.is_empty() {
            return ticks;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::font::metrics;

    fn d(s: &str) -> f64 {
        day_of(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    fn one(d0: f64, d1: f64, width: f64) -> TimeScale {
        TimeScale {
            segments: vec![Segment {
                d0,
                d1,
                x0: 0.0,
                x1: width,
                join: None,
                weight: 1.0,
            }],
        }
    }

    #[test]
    fn the_step_fits_the_span() {
        let m = metrics();
        let t = ticks(&one(d("2021-08-11"), d("2021-09-04"), 800.0), m, 12.0, 12.0);
        assert_eq!(t[0][0].label, "11");
        assert_eq!(t[0][0].context.as_deref(), Some("Aug 2021"));
        assert!(
            t[0].iter()
                .any(|t| t.context.as_deref() == Some("Sep 2021"))
        );

        let t = ticks(&one(d("2020-09-01"), d("2021-08-11"), 600.0), m, 12.0, 12.0);
        assert_eq!(t[0][0].label, "Sep");
        assert!(
            t[0].iter()
                .any(|t| t.label == "Jan" && t.context.as_deref() == Some("2021"))
        );

        let t = ticks(&one(d("1990-01-01"), d("2021-08-11"), 600.0), m, 12.0, 12.0);
        assert!(t[0].iter().all(|t| t.label.parse::<i32>().is_ok()));
        assert!(t[0].len() >= 4);

        let t = ticks(&one(d("0100-01-01"), d("2900-01-01"), 600.0), m, 12.0, 12.0);
        assert!(t[0].iter().any(|t| t.label == "1000"));
    }

    #[test]
    fn labels_never_touch() {
        let m = metrics();
        for (a, b, w) in [
            ("2021-08-01", "2021-08-03", 30.0),
            ("2021-01-01", "2021-12-31", 250.0),
            ("1900-01-01", "2021-12-31", 90.0),
        ] {
            let t = &ticks(&one(d(a), d(b), w), m, 12.0, 12.0)[0];
            for p in t.windows(2) {
                let wa = m.width(&p[0].label, 12.0, false);
                let wb = m.width(&p[1].label, 12.0, false);
                assert!(p[1].x - wb / 2.0 >= p[0].x + wa / 2.0 + 12.0, "{t:?}");
            }
        }
    }
}
