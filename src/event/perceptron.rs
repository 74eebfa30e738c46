//! A multi-class averaged perceptron over hashed features, trained one token at a time.
//!
//! Weights are kept dense (one row of [`LABELS`] weights per feature bucket) and exact:
//! integer weights plus an integer sum of `step × update`, so the averaged weights
//! `w - sum / steps` come out the same on every machine and in every build profile.

use super::features::BUCKETS;

/// Number of labels: 0 is "no event", 1..=7 the [`super::EventClass`]es.
pub const LABELS: usize = 8;

/// An averaged perceptron under training.
pub struct Perceptron {
    weights: Vec<[i32; LABELS]>,
    sums: Vec<[i64; LABELS]>,
    steps: i64,
}

impl Default for Perceptron {
    fn default() -> Self {
        Perceptron::new()
    }
}

/// The label with the highest score; ties go to the lower label.
pub fn argmax(scores: &[i64; LABELS]) -> usize {
    argmax_in(scores, 0..LABELS)
}

/// The label in `labels` with the highest score; ties go to the lower label.
pub fn argmax_in(scores: &[i64; LABELS], labels: std::ops::Range<usize>) -> usize {
    let first = labels.start.min(LABELS - 1);
    let mut best = first;
    for l in first..labels.end.min(LABELS) {
        if scores[l] > scores[best] {
            best = l;
        }
    }
    best
}

impl Perceptron {
    /// A perceptron with all weights zero.
    pub fn new() -> Perceptron {
        Perceptron {
            weights: vec![[0; LABELS]; BUCKETS],
            sums: vec![[0; LABELS]; BUCKETS],
            steps: 1,
        }
    }

    /// The current (not averaged) score of every label.
    pub fn scores(&self, features: &[u32]) -> [i64; LABELS] {
        let mut s = [0i64; LABELS];
        for &f in features {
            if let Some(row) = self.weights.get(f as usize) {
                for (acc, &w) in s.iter_mut().zip(row) {
                    *acc += i64::from(w);
                }
            }
        }
        s
    }

    /// Learns from one example: predicts, and when the prediction is wrong moves the
    /// weights of `features` by `cost` toward `gold` and away from the prediction.
    /// Returns the prediction.
    pub fn learn(&mut self, features: &[u32], gold: usize, cost: i32) -> usize {
        self.learn_among(features, gold, cost, 0..LABELS)
    }

    /// Like [`Perceptron::learn`], choosing only among `labels` (the class model, which
    /// never says "no event", uses `1..LABELS`).
    pub fn learn_among(
        &mut self,
        features: &[u32],
        gold: usize,
        cost: i32,
        labels: std::ops::Range<usize>,
    ) -> usize {
        let predicted = argmax_in(&self.scores(features), labels);
        if predicted != gold && gold < LABELS {
            let step = self.steps;
            for &f in features {
                let f = f as usize;
                if f >= BUCKETS {
                    continue;
                }
                self.weights[f][gold] += cost;
                self.weights[f][predicted] -= cost;
                self.sums[f][gold] += step * i64::from(cost);
                self.sums[f][predicted] -= step * i64::from(cost);
            }
        }
        self.steps += 1;
        predicted
    }

    /// The averaged weights: for each bucket, `w - sum / steps`.
    pub fn averaged(&self) -> Vec<[f32; LABELS]> {
        let steps = self.steps as f64;
        self.weights
            .iter()
            .zip(&self.sums)
            .map(|(w, s)| {
                let mut row = [0f32; LABELS];
                for l in 0..LABELS {
                    row[l] = (f64::from(w[l]) - s[l] as f64 / steps) as f32;
                }
                row
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_averages() {
        let mut p = Perceptron::new();
        let data = [(vec![1u32, 10], 1usize), (vec![2, 10], 2), (vec![3, 10], 0)];
        for _ in 0..5 {
            for (f, y) in &data {
                p.learn(f, *y, 1);
            }
        }
        for (f, y) in &data {
            assert_eq!(argmax(&p.scores(f)), *y);
        }
        let avg = p.averaged();
        assert!(avg[1][1] > avg[1][0]);
        assert!(avg[2][2] > avg[2][1]);
        assert_eq!(argmax(&[0, 0, 0, 0, 0, 0, 0, 0]), 0);
    }
}
