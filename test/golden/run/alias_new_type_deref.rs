// The newtypes deref to the aliased type, mutably too, and keep its layout.
fn main() {
    let mut trip = trip {
        distance: meters(1.5),
        stops: counter_t(2),
        id: 7,
    };
    *trip.stops += 1;
    *trip.distance *= 2.0;
    assert_eq!(*trip.stops, 3);
    assert_eq!(trip.stops.0, 3);
    assert_eq!(*trip.distance, 3.0);
    let total: f64 = *trip.distance + f64::from(*trip.stops);
    assert_eq!(total, 6.0);
    let plain: plain_t = trip.id;
    assert_eq!(plain, 7u32);
    assert_eq!(std::mem::size_of::<meters>(), std::mem::size_of::<f64>());
    assert_eq!(std::mem::align_of::<counter_t>(), std::mem::align_of::<u32>());
}
