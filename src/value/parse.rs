//! Reading TIMEX3 value strings into [`Value`]s (the inverse of their `Display`).

use super::{
    Amount, Date, DatePart, DayPart, Duration, Field, RefKind, Season, TimeOfDay, Unit, Value, Year,
};

/// Parses a whole TIMEX3 value string, or `None`.
pub(super) fn value(s: &str) -> Option<Value> {
    match s {
        "PRESENT_REF" => return Some(Value::Ref(RefKind::Present)),
        "PAST_REF" => return Some(Value::Ref(RefKind::Past)),
        "FUTURE_REF" => return Some(Value::Ref(RefKind::Future)),
        _ => {}
    }
    if let Some(rest) = s.strip_prefix('P') {
        return duration(rest).map(Value::Duration);
    }
    if let Some(rest) = s.strip_prefix('T') {
        return time_of_day(rest).map(Value::TimeOnly);
    }
    let (date_str, time_str) = match s.find('T') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let date = date(date_str)?;
    match time_str {
        None => Some(Value::Date(date)),
        Some(t) => Some(Value::Time(date, time_of_day(t)?)),
    }
}

/// A run of digits or `X`s of exactly `width` characters: `Some(Some(n))`, `Some(None)`.
fn field(s: &str, width: usize, min: u8, max: u8) -> Option<Field> {
    if s.len() != width {
        return None;
    }
    if s.bytes().all(|b| b == b'X') {
        return Some(None);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u8 = s.parse().ok()?;
    (min..=max).contains(&n).then_some(Some(n))
}

fn year(s: &str) -> Option<Year> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let known = digits.bytes().take_while(|b| b.is_ascii_digit()).count();
    let xs = &digits[known..];
    if !xs.bytes().all(|b| b == b'X') || known > 4 {
        return None;
    }
    let padded = !xs.is_empty();
    if padded && known + xs.len() != 4 {
        return None;
    }
    if !padded && !(2..=4).contains(&known) {
        return None;
    }
    let mut prefix: i32 = if known == 0 {
        0
    } else {
        digits[..known].parse().ok()?
    };
    if neg {
        if known == 0 {
            return None;
        }
        prefix = -prefix;
    }
    Some(Year {
        prefix,
        known: known as u8,
        padded,
    })
}

fn date(s: &str) -> Option<Date> {
    // A negative (astronomical) year is written with a minus sign ("-0044-03-15"), not a
    // field separator.
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut pieces = body.splitn(2, '-');
    let first = pieces.next()?;
    let y = if negative {
        year(&format!("-{first}"))?
    } else {
        year(first)?
    };
    let Some(rest) = pieces.next() else {
        return Some(Date {
            year: y,
            part: DatePart::Year,
        });
    };
    let part = if let Some(season) = Season::from_code(rest) {
        DatePart::Season(season)
    } else if let Some(w) = rest.strip_prefix('W') {
        let (week, tail) = match w.find('-') {
            Some(i) => (&w[..i], Some(&w[i + 1..])),
            None => (w, None),
        };
        // TimeBank writes some weeks unpadded ("2000-W7"); read them, write them padded.
        let week = if week.len() == 1 {
            field(&format!("0{week}"), 2, 1, 53)?
        } else {
            field(week, 2, 1, 53)?
        };
        match tail {
            None => DatePart::Week(week),
            Some("WE") => DatePart::Weekend(week),
            Some(d) => {
                let d: u8 = (d.len() == 1).then(|| d.parse().ok()).flatten()?;
                if !(1..=7).contains(&d) {
                    return None;
                }
                DatePart::WeekDay(week, d)
            }
        }
    } else if let Some(q) = rest.strip_prefix('Q') {
        DatePart::Quarter(field(q, 1, 1, 4)?)
    } else if let Some(h) = rest.strip_prefix('H') {
        DatePart::Half(field(h, 1, 1, 2)?)
    } else {
        let mut md = rest.splitn(2, '-');
        let month = field(md.next()?, 2, 1, 12)?;
        match md.next() {
            None => DatePart::Month(month),
            Some(d) => {
                let day = field(d, 2, 1, 31)?;
                if let (Some(yr), Some(m), Some(dd)) = (y.get(), month, day) {
                    chrono::NaiveDate::from_ymd_opt(yr, m as u32, dd as u32)?;
                }
                DatePart::Day(month, day)
            }
        }
    };
    Some(Date { year: y, part })
}

fn time_of_day(s: &str) -> Option<TimeOfDay> {
    if let Some(p) = DayPart::from_code(s) {
        return Some(TimeOfDay::Part(p));
    }
    // Split off a zone: Z, +hh:mm, -hh:mm, +hh, -hh.
    let (clock, offset) = if let Some(c) = s.strip_suffix('Z') {
        (c, Some(0i16))
    } else if let Some(i) = s.find(['+', '-']) {
        let sign: i16 = if s.as_bytes()[i] == b'-' { -1 } else { 1 };
        let z = &s[i + 1..];
        let (h, m) = match z.split_once(':') {
            Some((h, m)) => (h, m),
            None => (z, "00"),
        };
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let h: i16 = h.parse().ok()?;
        let m: i16 = m.parse().ok()?;
        if h > 14 || m > 59 {
            return None;
        }
        (&s[..i], Some(sign * (h * 60 + m)))
    } else {
        (s, None)
    };
    let mut it = clock.split(':');
    let hour = field(it.next()?, 2, 0, 24)??;
    let minute = match it.next() {
        Some(m) => Some(field(m, 2, 0, 59)??),
        None => None,
    };
    let second = match it.next() {
        Some(sec) => Some(field(sec, 2, 0, 60)??),
        None => None,
    };
    if it.next().is_some() {
        return None;
    }
    Some(TimeOfDay::Clock {
        hour,
        minute,
        second,
        offset,
    })
}

fn duration(s: &str) -> Option<Duration> {
    let (date_part, time_part) = match s.find('T') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut parts = Vec::new();
    components(date_part, false, &mut parts)?;
    if let Some(t) = time_part {
        if t.is_empty() {
            return None;
        }
        components(t, true, &mut parts)?;
    }
    if parts.is_empty() {
        return None;
    }
    Some(Duration { parts })
}

fn components(mut s: &str, time: bool, out: &mut Vec<(Amount, Unit)>) -> Option<()> {
    while !s.is_empty() {
        let n = s
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b'X')
            .count();
        if n == 0 {
            return None;
        }
        let amount = amount(&s[..n])?;
        s = &s[n..];
        let (unit, len) = unit(s, time)?;
        out.push((amount, unit));
        s = &s[len..];
    }
    Some(())
}

fn amount(s: &str) -> Option<Amount> {
    if s == "X" {
        return Some(Amount::Unknown);
    }
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, f),
        None => (s, ""),
    };
    if whole.is_empty() || frac.len() > 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) || (s.contains('.') && frac.is_empty()) {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let frac_thousandths: u64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<3}").parse().ok()?
    };
    Some(Amount::Thousandths(
        whole.checked_mul(1000)?.checked_add(frac_thousandths)?,
    ))
}

fn unit(s: &str, time: bool) -> Option<(Unit, usize)> {
    if time {
        return match s.as_bytes().first()? {
            b'H' => Some((Unit::Hour, 1)),
            b'M' => Some((Unit::Minute, 1)),
            b'S' => Some((Unit::Second, 1)),
            _ => None,
        };
    }
    for (code, unit) in [
        ("ML", Unit::Millennium),
        ("CE", Unit::Century),
        ("DE", Unit::Decade),
        ("WE", Unit::Weekend),
    ] {
        if s.starts_with(code) {
            return Some((unit, 2));
        }
    }
    match s.as_bytes().first()? {
        b'Y' => Some((Unit::Year, 1)),
        b'Q' => Some((Unit::Quarter, 1)),
        b'M' => Some((Unit::Month, 1)),
        b'W' => Some((Unit::Week, 1)),
        b'D' => Some((Unit::Day, 1)),
        // Older TimeBank spellings: E decade, C century, L millennium.
        b'E' => Some((Unit::Decade, 1)),
        b'C' => Some((Unit::Century, 1)),
        b'L' => Some((Unit::Millennium, 1)),
        _ => None,
    }
}
