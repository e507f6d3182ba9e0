//! Write the `abi_output` and `abi_packed` seeds into the folders given as the
//! arguments (the second is optional).
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: seeds DIR [PACKED_DIR]");
    for (i, seed) in dateline_fuzz::abi_seeds().into_iter().enumerate() {
        std::fs::write(format!("{dir}/claim-{i}"), seed).expect("the seed is written");
    }
    if let Some(dir) = args.next() {
        for (i, seed) in dateline_fuzz::abi_packed_seeds().into_iter().enumerate() {
            std::fs::write(format!("{dir}/claim-{i}"), seed).expect("the seed is written");
        }
    }
}
