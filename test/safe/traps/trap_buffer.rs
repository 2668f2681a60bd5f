// expect: E0133
// Reads 16 * 16 bytes into 16.
pub fn trap(db: &mut TrDb) {
    let mut v = [0u8; 64];
    db.tr_db_read(&mut v[..16], 16);
}
