// expect: E0133
// Making a handle rests on the ownership guesses: no safe constructor.
pub fn trap() {
    let _ = TrDb::tr_db_open(c"x");
}
