// Acceptance test 2 of the safe wrapper skeletons: SQLite, a library nobody
// here wrote. kbindgen generates the raw bindings of /usr/include/sqlite3.h
// and the std-style skeleton with rules.json; the program below uses only
// the skeleton (its module forbids unsafe code): it opens an in-memory
// database, creates a table, inserts rows with bound parameters, reads them
// back, sees errors as Err and closes the database by dropping it.

mod sys {
    #![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
    include!("sys.rs");
}

#[allow(dead_code, non_snake_case)]
mod safe {
    include!("safe.rs");
}

mod program {
    #![forbid(unsafe_code)]

    use crate::safe::*;

    const SQLITE_ERROR: i64 = 1;
    const SQLITE_CONSTRAINT: i64 = 19;
    const SQLITE_ROW: i32 = 100;
    const SQLITE_DONE: i32 = 101;

    include!("checks.rs");

    /// Runs one statement without results.
    fn execute(db: &mut Sqlite3, sql: &str) -> Result<i32> {
        let mut stmt = db.sqlite3_prepare_v2(sql.as_bytes())?;
        stmt.sqlite3_step()
    }

    pub fn run() -> Checks {
        let mut c = Checks { passed: 0, failed: 0 };
        let mut db = Sqlite3::sqlite3_open(c":memory:").expect("open :memory:");
        c.check(
            "create_table",
            execute(&mut db, "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT)")
                == Ok(SQLITE_DONE),
        );

        let people = [(1, "ada"), (2, "grace"), (3, "barbara")];
        {
            let mut insert = db
                .sqlite3_prepare_v2(b"INSERT INTO people(id, name) VALUES (?1, ?2)")
                .expect("prepare insert");
            for (id, name) in people {
                c.check("bind_int", insert.sqlite3_bind_int(1, id).is_ok());
                c.check("bind_text", insert.sqlite3_bind_text(2, name.as_bytes()).is_ok());
                c.check("insert_step", insert.sqlite3_step() == Ok(SQLITE_DONE));
                c.check("reset", insert.sqlite3_reset().is_ok());
            }
            // Binding past the last parameter is SQLITE_RANGE (25).
            c.check("bind_range_err", insert.sqlite3_bind_int(3, 0) == Err(Error(25)));
        }

        let mut rows = Vec::new();
        {
            let mut select = db
                .sqlite3_prepare_v2(b"SELECT id, name FROM people ORDER BY id")
                .expect("prepare select");
            loop {
                match select.sqlite3_step() {
                    Ok(SQLITE_ROW) => {
                        let id = select.sqlite3_column_int(0);
                        let name = select
                            .sqlite3_column_text(1)
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        rows.push((id, name));
                    }
                    other => {
                        c.check("select_done", other == Ok(SQLITE_DONE));
                        break;
                    }
                }
            }
        }
        let expected: Vec<(i32, String)> =
            people.iter().map(|&(id, name)| (id, name.to_string())).collect();
        c.check("rows_read_back", rows == expected);

        // Errors come back as Err with SQLite's code.
        c.check(
            "syntax_error",
            db.sqlite3_prepare_v2(b"SELEKT 1").err() == Some(Error(SQLITE_ERROR)),
        );
        let message = db.sqlite3_errmsg().map(|m| m.to_string_lossy().into_owned());
        c.check("errmsg", message.is_some_and(|m| m.contains("syntax error")));
        c.check(
            "constraint_error",
            execute(&mut db, "INSERT INTO people(id, name) VALUES (1, 'again')")
                == Err(Error(SQLITE_CONSTRAINT)),
        );
        c.check("changes", db.sqlite3_changes() == 0);
        drop(db); // sqlite3_close
        c
    }
}

fn main() {
    let checks = program::run();
    println!("{} passed, {} failed", checks.passed, checks.failed);
    std::process::exit(if checks.failed == 0 { 0 } else { 1 });
}
