//! Reads the make rule kbindgen's `--depfile` writes: `OUTPUT: FILE...`, with
//! make's escapes (`\ `, `\#`, `\<tab>`, `$$`) and `\`-newline continuations.

/// The files the rule names after its target, unescaped, in order.
pub(crate) fn dependencies(rule: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut chars = rule.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some(&next @ (' ' | '\t' | '#' | '\\')) => {
                    word.push(next);
                    chars.next();
                }
                Some('\n') => {
                    chars.next();
                    end_word(&mut words, &mut word);
                }
                _ => word.push('\\'),
            },
            '$' if chars.peek() == Some(&'$') => {
                word.push('$');
                chars.next();
            }
            ' ' | '\t' | '\n' | '\r' => end_word(&mut words, &mut word),
            _ => word.push(c),
        }
    }
    end_word(&mut words, &mut word);

    // The target ends at the first word ending in ':' (or a lone ':').
    match words.iter().position(|w| w.ends_with(':')) {
        Some(colon) => words.split_off(colon + 1),
        None => Vec::new(),
    }
}

fn end_word(words: &mut Vec<String>, word: &mut String) {
    if !word.is_empty() {
        words.push(std::mem::take(word));
    }
}

#[cfg(test)]
mod tests {
    use super::dependencies;

    #[test]
    fn reads_files_after_the_target() {
        assert_eq!(
            dependencies("out.rs: wrapper.h /usr/include/zlib.h\n"),
            vec!["wrapper.h", "/usr/include/zlib.h"]
        );
    }

    #[test]
    fn undoes_make_escapes_and_continuations() {
        assert_eq!(
            dependencies("/tmp/o\\ ut.rs: a\\ b.h \\\n  c\\#1.h d$$e.h\n"),
            vec!["a b.h", "c#1.h", "d$e.h"]
        );
    }

    #[test]
    fn a_rule_without_files_has_none() {
        assert!(dependencies("out.rs:\n").is_empty());
        assert!(dependencies("").is_empty());
    }
}
