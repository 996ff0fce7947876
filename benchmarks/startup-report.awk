# The start-up report of benchmarks/startup.sh (run with benchmarks/stats.awk before it) from
# "name config wall_ms cpu_ms" samples: medians per program and configuration, ratios to CPython.

# The median of the samples of one name, configuration and clock.
function median(key,    n, v) {
    n = split(list[key], v, " ")
    return median_of(v, n)
}
{ list[$1 SUBSEP $2 SUBSEP "wall"] = list[$1 SUBSEP $2 SUBSEP "wall"] " " $3
  list[$1 SUBSEP $2 SUBSEP "cpu"] = list[$1 SUBSEP $2 SUBSEP "cpu"] " " $4
  if (!($1 in seen) && $1 !~ /^\(/) { seen[$1] = 1; order[++count] = $1 } }
END {
    for (i = 1; i <= count; i++) {
        p = order[i]
        vw[p] = median(p SUBSEP "pyvm" SUBSEP "wall"); vc[p] = median(p SUBSEP "pyvm" SUBSEP "cpu")
        cw[p] = median(p SUBSEP "cpython" SUBSEP "wall"); cc[p] = median(p SUBSEP "cpython" SUBSEP "cpu")
        tvw += vw[p]; tvc += vc[p]; tcw += cw[p]; tcc += cc[p]
        rw[i] = vw[p] / cw[p]; rc[i] = vc[p] / cc[p]
        lw += log(rw[i]); lc += log(rc[i])
    }
    # medians of the per-program ratios (sorts rw and rc, which are not used after this)
    mw = count ? median_of(rw, count) : 0
    mc = count ? median_of(rc, count) : 0
    e = "(empty-program)"
    ew = median(e SUBSEP "pyvm" SUBSEP "wall"); ec = median(e SUBSEP "pyvm" SUBSEP "cpu")
    pw = median(e SUBSEP "cpython" SUBSEP "wall"); pc = median(e SUBSEP "cpython" SUBSEP "cpu")
    gw = median("(casegen-check)" SUBSEP "casegen" SUBSEP "wall"); gc = median("(casegen-check)" SUBSEP "casegen" SUBSEP "cpu")
    nw = median(e SUBSEP "pyvm-noaot" SUBSEP "wall"); nc = median(e SUBSEP "pyvm-noaot" SUBSEP "cpu")
    hw = median("(casegen-check)" SUBSEP "casegen-full" SUBSEP "wall"); hc = median("(casegen-check)" SUBSEP "casegen-full" SUBSEP "cpu")
    print "| measurement | ./pyvm wall | CPython wall | ratio (wall) | ./pyvm CPU | CPython CPU | ratio (CPU) | goal |"
    print "|---|---:|---:|---:|---:|---:|---:|---|"
    printf "| empty program | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | ./pyvm 100 ms wall |\n", ew, pw, ew / pw, ec, pc, ec / pc
    printf "| empty program, without the AOT cache (`-XX:AOTMode=off`) | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | |\n", nw, pw, nw / pw, nc, pc, nc / pc
    if (count > 0) {
        printf "| %d corpus programs, total of the per-program medians | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | within 4x of CPython |\n", count, tvw, tcw, tvw / tcw, tvc, tcc, tvc / tcc
        printf "| corpus: median of the per-program ratios | | | %.2f | | | %.2f | |\n", mw, mc
        printf "| corpus: geometric mean of the per-program ratios | | | %.2f | | | %.2f | |\n", exp(lw / count), exp(lc / count)
    }
    printf "| `./casegen check` (nothing changed since the last full run: inputs and outputs hashed) | %.0f | | | %.0f | | | 500 ms wall |\n", gw, gc
    printf "| `./casegen check --full` (everything generated again in memory; stencil cache filled) | %.0f | | | %.0f | | | |\n", hw, hc
    if (count == 0) exit
    print ""
    print "<details><summary>Per program (medians in ms)</summary>"
    print ""
    print "| program | ./pyvm wall | CPython wall | ratio (wall) | ./pyvm CPU | CPython CPU | ratio (CPU) |"
    print "|---|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= count; i++) {
        p = order[i]
        printf "| %s | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |\n", p, vw[p], cw[p], vw[p] / cw[p], vc[p], cc[p], vc[p] / cc[p]
    }
    print ""
    print "</details>"
}
