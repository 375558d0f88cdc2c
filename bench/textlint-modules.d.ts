/** textlint rules that ship no type declarations; used only by bench/throughput.bench.ts, through `moduleInterop`. */
declare module 'textlint-rule-common-misspellings'
declare module 'textlint-rule-no-todo'
declare module 'textlint-rule-sentence-length'
declare module 'textlint-rule-stop-words'
declare module 'textlint-rule-terminology'
declare module 'textlint-rule-write-good'
declare module '@textlint-rule/textlint-rule-no-invalid-control-character'
declare module '@textlint-rule/textlint-rule-no-unmatched-pair'
