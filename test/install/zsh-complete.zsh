# Prints the candidates zsh's completion system offers for a command line,
# without a terminal: an interactive zsh runs in a pseudo-terminal (zpty),
# loads the completion functions in DIR, and a compadd wrapper appends every
# candidate to OUT. Usage: zsh -f zsh-complete.zsh DIR OUT 'kbindgen lay'
zmodload zsh/zpty || exit 1
zpty shell zsh -f -i
zpty -w shell "PROMPT='>'; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w shell "compadd() { builtin compadd \"\$@\"; local -a hits; builtin compadd -O hits \"\$@\"; print -r -l -- \$hits >> ${(q)2} }"
zpty -w -n shell "$3"$'\t'
# Drain the terminal until the completion has run (3 s at most).
local line
for i in {1..30}; do
  zpty -r -t shell line 2>/dev/null
  sleep 0.1
done
zpty -d shell
