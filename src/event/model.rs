//! The event model: quantized weights for the feature buckets that matter, its file format,
//! and the copy shipped inside the binary.
//!
//! # File format (`models/events.model`)
//!
//! All integers little-endian; `varint` is LEB128, `zigzag` maps signed to unsigned.
//!
//! ```text
//! magic       b"chronicler-events\n"
//! u32         format version (2)
//! u32         feature version (features::FEATURE_VERSION)
//! u8          bucket bits (features::BUCKET_BITS)
//! u8          labels (perceptron::LABELS)
//! f32         bias: added to the margin of the best event label over "no event"
//! table       the trigger model
//! table       the class model (no rows: none)
//! ```
//!
//! A table is:
//!
//! ```text
//! f32         scale: a stored weight q means q × scale
//! u32         number of rows
//! rows        sorted by bucket: varint(bucket - previous bucket), u8 mask of the labels
//!             stored, then zigzag varint(q) for each of them
//! ```

use std::path::Path;
use std::sync::OnceLock;

use super::features::{BUCKET_BITS, BUCKETS, FEATURE_VERSION};
use super::perceptron::LABELS;
use crate::error::{Error, Result};

const MAGIC: &[u8] = b"chronicler-events\n";
const FORMAT_VERSION: u32 = 2;

/// The bytes of the shipped model.
static SHIPPED: &[u8] = include_bytes!("../../models/events.model");

/// Trained event-trigger weights, ready to score tokens: a trigger model that says whether
/// a token is an event (and of which class), and optionally a class model, trained on the
/// gold events only, that re-decides the class of each event found with what the trigger
/// model found around it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventModel {
    /// The trigger model.
    trigger: Table,
    /// The class model (no rows: the trigger model's classes stand).
    class: Table,
    /// Added to every event label's margin over "no event", in perceptron units: above 0
    /// trades precision for recall.
    bias: f32,
}

/// Quantized weights of the buckets that matter, and a hash table to find them.
#[derive(Debug, Clone, PartialEq)]
struct Table {
    /// Open-addressing table of the rows, for scoring: slot `bucket & mask` or the next
    /// ones (linear probing) hold `(bucket + 1, weights)`; key 0 marks an empty slot. One
    /// cache line per feature instead of an index and a row.
    slots: Vec<Slot>,
    mask: usize,
    /// (bucket, quantized weights) for every bucket with a weight, sorted by bucket.
    rows: Vec<(u32, [i8; LABELS])>,
    /// A stored weight `q` stands for `q × scale`.
    scale: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Slot {
    key: u32,
    weights: [i8; LABELS],
}

impl Table {
    /// Prunes and quantizes averaged weights (see [`EventModel::from_weights`]).
    fn from_weights(weights: &[[f32; LABELS]], prune: f32) -> Table {
        let max = weights
            .iter()
            .flat_map(|r| r.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let mut rows = Vec::new();
        for (bucket, row) in weights.iter().enumerate().take(BUCKETS) {
            let mut q = [0i8; LABELS];
            let mut any = false;
            for (l, &w) in row.iter().enumerate() {
                if w.abs() >= prune {
                    q[l] = (w / scale).round().clamp(-127.0, 127.0) as i8;
                    any |= q[l] != 0;
                }
            }
            if any {
                rows.push((bucket as u32, q));
            }
        }
        Table::from_rows(rows, scale)
    }

    fn from_rows(rows: Vec<(u32, [i8; LABELS])>, scale: f32) -> Table {
        // At most 70% full, so that probes for absent features end quickly.
        let capacity = (rows.len() * 10 / 7 + 1).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![Slot::default(); capacity];
        for &(bucket, weights) in &rows {
            let mut i = bucket as usize & mask;
            while slots[i].key != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = Slot {
                key: bucket + 1,
                weights,
            };
        }
        Table {
            slots,
            mask,
            rows,
            scale,
        }
    }

    /// The weights of feature `f`, if it has any.
    #[inline]
    fn row(&self, f: u32) -> Option<&[i8; LABELS]> {
        if f as usize >= BUCKETS {
            return None;
        }
        let key = f + 1;
        let mut i = f as usize & self.mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.key == key {
                return Some(&slot.weights);
            }
            if slot.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    fn scores(&self, features: &[u32]) -> [i32; LABELS] {
        let mut s = [0i32; LABELS];
        // Touch every feature's home slot first: these loads do not depend on each other,
        // so the CPU fetches their cache lines in parallel instead of one miss at a time
        // behind the probing branches below.
        let mut touched = 0u32;
        for &f in features {
            if let Some(slot) = self.slots.get(f as usize & self.mask) {
                touched ^= slot.key;
            }
        }
        std::hint::black_box(touched);
        for &f in features {
            if let Some(row) = self.row(f) {
                for (acc, &w) in s.iter_mut().zip(row) {
                    *acc += i32::from(w);
                }
            }
        }
        s
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.rows.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (bucket, q) in &self.rows {
            write_varint(out, u64::from(bucket - prev));
            prev = *bucket;
            let mask = q
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0)
                .fold(0u8, |m, (l, _)| m | 1 << l);
            out.push(mask);
            for &w in q.iter().filter(|w| **w != 0) {
                write_varint(out, zigzag(i64::from(w)));
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> std::result::Result<Table, String> {
        let scale = f32::from_le_bytes(
            r.take(4)?
                .try_into()
                .map_err(|_| "truncated scale".to_string())?,
        );
        if !scale.is_finite() || scale <= 0.0 {
            return Err(format!("bad weight scale {scale}"));
        }
        let n = r.u32()? as usize;
        if n > BUCKETS {
            return Err(format!("{n} rows for {BUCKETS} buckets"));
        }
        let mut rows = Vec::with_capacity(n);
        let mut bucket = 0u64;
        for i in 0..n {
            let delta = r.varint()?;
            if i > 0 && delta == 0 {
                return Err("rows out of order".into());
            }
            bucket += delta;
            if bucket >= BUCKETS as u64 {
                return Err(format!("bucket {bucket} out of range"));
            }
            let mask = r.u8()?;
            let mut q = [0i8; LABELS];
            for (l, w) in q.iter_mut().enumerate() {
                if mask & (1 << l) != 0 {
                    let v = unzigzag(r.varint()?);
                    *w = i8::try_from(v).map_err(|_| format!("weight {v} out of range"))?;
                }
            }
            rows.push((bucket as u32, q));
        }
        Ok(Table::from_rows(rows, scale))
    }
}

impl EventModel {
    /// The model shipped with chronicler (`models/events.model`, embedded in the binary),
    /// parsed on first use.
    pub fn shipped() -> &'static EventModel {
        static MODEL: OnceLock<EventModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            EventModel::from_bytes(SHIPPED)
                .expect("the embedded models/events.model is valid (checked by its tests)")
        })
    }

    /// Builds a compact model from the trigger model's averaged weights: weights below
    /// `prune` in magnitude are dropped, the rest quantized to 8 bits (which costs nothing
    /// measurable in cross-validation and keeps the scoring table small enough for the CPU
    /// caches). `bias` is added to the margin of event labels over "no event" when
    /// detecting. The model has no class model until [`EventModel::with_classes`].
    pub fn from_weights(weights: &[[f32; LABELS]], prune: f32, bias: f32) -> EventModel {
        EventModel {
            trigger: Table::from_weights(weights, prune),
            class: Table::from_rows(Vec::new(), 1.0),
            bias,
        }
    }

    /// Adds a class model built from averaged weights (pruned and quantized like the
    /// trigger model's).
    pub fn with_classes(mut self, weights: &[[f32; LABELS]], prune: f32) -> EventModel {
        self.class = Table::from_weights(weights, prune);
        self
    }

    /// Number of feature buckets that carry weights (trigger and class models).
    pub fn rows(&self) -> usize {
        self.trigger.rows.len() + self.class.rows.len()
    }

    /// Whether the model has a class model.
    pub fn has_classes(&self) -> bool {
        !self.class.rows.is_empty()
    }

    /// The trigger model's score of every label for a token with `features`, in quantized
    /// units (multiply by [`EventModel::scale`] for the perceptron's scale).
    pub fn scores(&self, features: &[u32]) -> [i32; LABELS] {
        self.trigger.scores(features)
    }

    /// The class model's score of every label (1..=7; 0 is unused) for an event with
    /// `features` (see [`super::features::class_features`]).
    pub fn class_scores(&self, features: &[u32]) -> [i32; LABELS] {
        self.class.scores(features)
    }

    /// What one quantized unit of [`EventModel::scores`] is worth.
    pub fn scale(&self) -> f32 {
        self.trigger.scale
    }

    /// The bias added to event labels' margin over "no event", in quantized units.
    pub fn bias_units(&self) -> i32 {
        (self.bias / self.trigger.scale).round() as i32
    }

    /// The model in its file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.rows() * 6 + 64);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.push(BUCKET_BITS as u8);
        out.push(LABELS as u8);
        out.extend_from_slice(&self.bias.to_le_bytes());
        self.trigger.write(&mut out);
        self.class.write(&mut out);
        out
    }

    /// Reads a model from its file format; the message says what is wrong.
    pub fn from_bytes(bytes: &[u8]) -> std::result::Result<EventModel, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a chronicler event model (bad magic)".into());
        }
        let format = r.u32()?;
        if format != FORMAT_VERSION {
            return Err(format!("model format {format}, expected {FORMAT_VERSION}"));
        }
        let features = r.u32()?;
        if features != FEATURE_VERSION {
            return Err(format!(
                "model built for feature version {features}, this chronicler uses \
                 {FEATURE_VERSION}: retrain it with `chronicler train-events`"
            ));
        }
        let bits = r.u8()?;
        let labels = r.u8()?;
        if u32::from(bits) != BUCKET_BITS || usize::from(labels) != LABELS {
            return Err(format!(
                "model has {bits} bucket bits and {labels} labels, expected {BUCKET_BITS} \
                 and {LABELS}"
            ));
        }
        let bias = f32::from_le_bytes(
            r.take(4)?
                .try_into()
                .map_err(|_| "truncated bias".to_string())?,
        );
        let trigger = Table::read(&mut r)?;
        if !bias.is_finite() || (bias / trigger.scale).abs() > 1e9 {
            return Err(format!("bad bias {bias}"));
        }
        let class = Table::read(&mut r)?;
        if r.at != bytes.len() {
            return Err(format!("{} trailing bytes", bytes.len() - r.at));
        }
        Ok(EventModel {
            trigger,
            class,
            bias,
        })
    }

    /// Reads a model file.
    pub fn read(path: &Path) -> Result<EventModel> {
        let bytes = std::fs::read(path).map_err(|e| Error::input(path, e.to_string()))?;
        EventModel::from_bytes(&bytes).map_err(|m| Error::input(path, m))
    }
}

fn write_varint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

fn zigzag(x: i64) -> u64 {
    ((x << 1) ^ (x >> 63)) as u64
}

fn unzigzag(x: u64) -> i64 {
    ((x >> 1) as i64) ^ -((x & 1) as i64)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> std::result::Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| format!("truncated at byte {}", self.at))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn u8(&mut self) -> std::result::Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> std::result::Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> std::result::Result<u64, String> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            x |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        Err(format!("varint too long at byte {}", self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> EventModel {
        let mut w = vec![[0f32; LABELS]; BUCKETS];
        w[3] = [1.0, -2.5, 0.0, 0.001, 0.0, 0.0, 0.0, 4.0];
        w[BUCKETS - 1] = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -3.0, 0.0];
        EventModel::from_weights(&w, 0.01, 0.5)
    }

    #[test]
    fn round_trips_through_bytes_and_prunes() {
        let m = toy();
        assert_eq!(m.rows(), 2);
        let bytes = m.to_bytes();
        let back = EventModel::from_bytes(&bytes).unwrap();
        assert_eq!(back, m);
        assert_eq!(back.to_bytes(), bytes);
        let s = m.scores(&[3, 3, 5, u32::MAX]);
        assert_eq!(s[7], 2 * 127);
        assert_eq!(s[3], 0, "pruned");
        assert!((s[1] as f32 * m.scale() + 5.0).abs() < 0.05);
    }

    #[test]
    fn damaged_models_are_refused_not_panicked_on() {
        let bytes = toy().to_bytes();
        for n in 0..bytes.len() {
            assert!(
                EventModel::from_bytes(&bytes[..n]).is_err(),
                "truncated at {n}"
            );
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(EventModel::from_bytes(&extra).is_err());
        let mut wrong = bytes.clone();
        wrong[MAGIC.len() + 4] ^= 1;
        assert!(
            EventModel::from_bytes(&wrong)
                .unwrap_err()
                .contains("feature version")
        );
        assert!(EventModel::from_bytes(b"").is_err());
    }

    #[test]
    fn the_shipped_model_parses_and_is_compact() {
        assert!(SHIPPED.len() < 3 * 1024 * 1024, "{} bytes", SHIPPED.len());
        let m = EventModel::from_bytes(SHIPPED).unwrap();
        assert!(m.rows() > 1000, "{} rows", m.rows());
    }
}
