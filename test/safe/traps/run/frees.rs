// trap: trap_frees.rs. tr_db_finish frees the database: it takes the handle
// by value, so Drop does not free it again.
pub fn run() {
    // `mut`: the wrong rules file makes it a `&mut self` method.
    let mut db = TrDb::tr_db_open(c"x").expect("open");
    assert_eq!(db.tr_db_finish(), 0);
    println!("finished once");
}
