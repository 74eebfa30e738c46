//! What the benches share: the synthetic news corpus of `bench/gen_corpus.py`.

/// The output of `bench/gen_corpus.py` with `args` (deterministic synthetic news; the same
/// text `bench/peers.sh` gives the peers).
pub fn gen_corpus(args: &[&str]) -> Vec<u8> {
    let out = std::process::Command::new("python3")
        .arg("bench/gen_corpus.py")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs bench/gen_corpus.py");
    assert!(out.status.success(), "gen_corpus.py {args:?} failed");
    out.stdout
}
