//! Write the `abi_output` seeds into the folder given as the only argument.
fn main() {
    let dir = std::env::args().nth(1).expect("usage: seeds DIR");
    for (i, seed) in dateline_fuzz::abi_seeds().into_iter().enumerate() {
        std::fs::write(format!("{dir}/claim-{i}"), seed).expect("the seed is written");
    }
}
