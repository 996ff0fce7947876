# The benchmarks' one min/median/max. Other awk programs include it (awk -f benchmarks/stats.awk
# -f PROGRAM.awk) for median_of; run alone with -v summary=1 it reads one number per line and
# prints the markdown cells "min | median | max", each divided by -v scale (default 1), two decimals.

# Sorts a[1..n] ascending in place (insertion sort: the sample counts are small).
function sort_numbers(a, n,    i, j, t) {
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
}

# The median of a[1..n], which it leaves sorted (so a[1] and a[n] are then the min and max).
function median_of(a, n) {
    sort_numbers(a, n)
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}

summary { samples[++count] = $1 }
END {
    if (summary && count > 0) {
        s = scale ? scale : 1
        med = median_of(samples, count)
        printf "%.2f | %.2f | %.2f\n", samples[1] / s, med / s, samples[count] / s
    }
}
