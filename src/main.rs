use clap::Parser;

#[derive(Parser)]
enum Cmd {
    TrainEvents(chronicler::cli::train_events::TrainEventsArgs),
}

fn main() {
    let r = match Cmd::parse() {
        Cmd::TrainEvents(a) => chronicler::cli::train_events::run(&a),
    };
    if let Err(e) = r {
        eprintln!("chronicler: {e}");
        std::process::exit(e.exit_code());
    }
}
