#!/usr/bin/zsh -f
# zsh-complete.zsh DIR LINE: prints the candidates zsh's completion offers
# for LINE<TAB>, one a line, with DIR first in $fpath (where _zhaocai-cli is).
# An interactive zsh without start-up files runs in a pseudo-terminal
# (zsh/zpty) with compinit; a wrapper around compadd prints each candidate
# that matches what is typed, then the line is dropped and a marker ends it.
zmodload zsh/zpty || exit 2
dir=$1 line=$2
zpty zc zsh -f -i
zpty -w zc "PS1='' PS2='' RPS1='' LISTMAX=100000; fpath=(${(q)dir} \$fpath)"
zpty -w zc 'autoload -Uz compinit && compinit -u -D'
zpty -w zc 'compadd() { if [[ " $* " == *" -"[OAD]* ]]; then builtin compadd "$@"; return; fi
    local -a zc_m; builtin compadd -O zc_m "$@"; local w
    for w in $zc_m; do print -r -- "zc-cand""idate:$w"; done; builtin compadd "$@"; }'
zpty -w zc "bindkey '^I' complete-word; print zc-rea''dy"
out=''
while zpty -r -t zc chunk || sleep 0.05; do
    out+=$chunk; chunk=''
    [[ $out == *zc-ready* ]] && break
    (( SECONDS < 20 )) || { print -u2 'zsh did not start'; exit 2; }
done
zpty -w -n zc "$line"$'\t'$'\C-u'
zpty -w zc 'print zc-do''ne'
out=''
while zpty -r -t zc chunk || sleep 0.05; do
    out+=$chunk; chunk=''
    [[ $out == *zc-done* ]] && break
    (( SECONDS < 40 )) || { print -u2 'no answer from zsh'; exit 2; }
done
zpty -d zc
# Each candidate once: on a loaded machine zsh may run the completion twice
# before the line is dropped, and a candidate comes out twice (seen in CI).
print -r -- ${(F)${(u)${(M)${(f)${out//$'\r'/}}:#*zc-candidate:*}#*zc-candidate:}}
