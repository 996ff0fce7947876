# Summarizes "program config microseconds" samples: min/median/max per program and configuration,
# and each configuration's median as a ratio of the baseline's. With -v tsv=1, prints
# "program<TAB>config<TAB>ratio" lines for the chart instead of the markdown table. The table ends
# with the geometric mean of each configuration's ratios over the programs (issue 17's measure).
{ key = $1 SUBSEP $2; n[key]++; t[key, n[key]] = $3; if (!($1 in seen)) { seen[$1] = 1; programs[++np] = $1 } }
# The median of one program's samples under one configuration; sets lo and hi to their min and max.
function median(key,    i, m, a, med) {
    m = n[key]
    for (i = 1; i <= m; i++) a[i] = t[key, i]
    med = median_of(a, m)
    lo = a[1]; hi = a[m]
    return med
}
END {
    nc = split(order, configs, " ")
    if (!tsv) {
        header = "| program |"; rule = "|---|"
        for (c = 1; c <= nc; c++) { header = header " " configs[c] " min / median / max |"; rule = rule "---:|" }
        for (c = 2; c <= nc; c++) { header = header " " configs[c] " / " baseline " |"; rule = rule "---:|" }
        print header; print rule
    }
    for (p = 1; p <= np; p++) {
        row = "| " programs[p] " |"
        base = median(programs[p] SUBSEP baseline)
        for (c = 1; c <= nc; c++) {
            med = median(programs[p] SUBSEP configs[c])
            row = row sprintf(" %.0f / %.0f / %.0f |", lo / 1000, med / 1000, hi / 1000)
            ratio[c] = med / base
        }
        for (c = 2; c <= nc; c++) { row = row sprintf(" %.2f |", ratio[c]); logs[c] += log(ratio[c]) }
        if (tsv) { for (c = 1; c <= nc; c++) printf "%s\t%s\t%.4f\n", programs[p], configs[c], ratio[c] }
        else print row
    }
    if (!tsv && np > 1) {
        row = "| geometric mean of the ratios |"
        for (c = 1; c <= nc; c++) row = row " |"
        for (c = 2; c <= nc; c++) row = row sprintf(" %.2f |", exp(logs[c] / np))
        print row
    }
}
