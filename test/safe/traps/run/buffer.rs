// trap: trap_buffer.rs. The same call: C fills size * nitems bytes.
pub fn run() {
    let mut db = TrDb::tr_db_open(c"x").expect("open");
    let mut v = vec![0u8; 64];
    let items = db.tr_db_read(&mut v[..16], 16);
    assert_eq!(items, 1);
    assert!(v[..16].iter().all(|&b| b == b'r') && v[16..].iter().all(|&b| b == 0));
    let items = db.tr_db_read(&mut v[..], 5);
    assert_eq!(items, 12);
    assert!(v[..60].iter().all(|&b| b == b'r') && v[60..].iter().all(|&b| b == 0));
    println!("read {} items of 5 bytes into 64", items);
}
