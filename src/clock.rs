//! The reader's clock: seconds since 1970 and dates in their own time zone (chrono on
//! desktop, JavaScript's Date in the browser).

/// Seconds since 1970, from the system's clock (the browser's in a browser).
pub fn now() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Date::now() / 1000.0) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
}

/// How far the reader's clock was ahead of UTC at `seconds` since 1970, in seconds.
fn utc_offset(seconds: u64) -> i32 {
    #[cfg(target_arch = "wasm32")]
    return {
        let at = js_sys::Date::new(&(seconds as f64 * 1000.0).into());
        // JavaScript counts minutes the other way: UTC minus local.
        (-at.get_timezone_offset() * 60.0) as i32
    };
    #[cfg(not(target_arch = "wasm32"))]
    return {
        use chrono::{Local, Offset, TimeZone};
        i64::try_from(seconds)
            .ok()
            .and_then(|s| Local.timestamp_opt(s, 0).single())
            .map_or(0, |at| at.offset().fix().local_minus_utc())
    };
}

/// A moment as the reader's clock showed it: "YYYY-MM-DD HH:MM".
pub fn local_date(seconds: u64) -> String {
    crate::save::date(seconds, utc_offset(seconds))
}
