# Sourced by benchmarks/runtime.sh and benchmarks/steady-state.sh: turns "program config
# microseconds" samples (all from one run) into the markdown table of min/median/max per program and
# configuration plus median ratios to the first configuration, and the same ratios as a PNG chart.
#
# ratio_report SAMPLES CHART.png TITLE CONFIG...   prints the table and a link to the chart
ratio_report() {
    local samples="$1" chart="$2" title="$3"
    shift 3
    local order="$*"
    awk -v baseline="$1" -v order="$order" -f benchmarks/stats.awk -f benchmarks/runtime-report.awk "$samples"
    awk -v baseline="$1" -v order="$order" -v tsv=1 -f benchmarks/stats.awk -f benchmarks/runtime-report.awk "$samples" >"$samples.tsv"
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" benchmarks/BarChart.java "$samples.tsv" "$chart" "$title"
    rm -f "$samples.tsv"
    echo
    echo "![$title]($(basename "$chart"))"
}
