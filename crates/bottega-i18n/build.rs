// The catalogs are embedded with `include_dir!`, which cargo cannot see into: tell it to rebuild
// this crate whenever anything under `locales/` changes, including new files.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
