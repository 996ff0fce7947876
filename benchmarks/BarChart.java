import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the benchmark ratios as a grouped horizontal bar chart (one group per program, one bar per
 * configuration) with a line at 1.0, the baseline. Runs as a single-file program, so the benchmark
 * scripts need nothing beyond the JDK: {@code java BarChart.java ratios.tsv chart.png "title"}, where
 * each line of the TSV is {@code program<TAB>configuration<TAB>ratio}.
 */
public final class BarChart {

    private static final Color[] PALETTE = {
        new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52), new Color(0x8172B3)
    };
    private static final int WIDTH = 900;
    private static final int BAR = 14;
    private static final int LEFT = 190;
    private static final int TOP = 60;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java BarChart.java RATIOS.tsv OUT.png TITLE");
            System.exit(2);
        }
        Map<String, Map<String, Double>> ratios = new LinkedHashMap<>();
        List<String> configs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            ratios.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2]));
            if (!configs.contains(f[1])) {
                configs.add(f[1]);
            }
        }
        double max = ratios.values().stream().flatMap(m -> m.values().stream()).mapToDouble(d -> d).max().orElse(1);
        double scaleMax = Math.max(1.2, Math.ceil(max * 5) / 5);
        int groupHeight = configs.size() * BAR + 12;
        int height = TOP + ratios.size() * groupHeight + 50;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(args[2], 20, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int plotWidth = WIDTH - LEFT - 60;
        for (int c = 0; c < configs.size(); c++) {  // legend
            g.setColor(PALETTE[c % PALETTE.length]);
            g.fillRect(LEFT + c * 140, 35, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(configs.get(c), LEFT + c * 140 + 16, 46);
        }
        int y = TOP;
        for (Map.Entry<String, Map<String, Double>> program : ratios.entrySet()) {
            g.setColor(Color.BLACK);
            g.drawString(program.getKey(), 10, y + groupHeight / 2);
            for (int c = 0; c < configs.size(); c++) {
                Double ratio = program.getValue().get(configs.get(c));
                if (ratio == null) {
                    continue;
                }
                int w = (int) Math.round(ratio / scaleMax * plotWidth);
                g.setColor(PALETTE[c % PALETTE.length]);
                g.fillRect(LEFT, y + c * BAR, w, BAR - 2);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format("%.2f", ratio), LEFT + w + 4, y + c * BAR + BAR - 3);
            }
            y += groupHeight;
        }
        int one = LEFT + (int) Math.round(1.0 / scaleMax * plotWidth);
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        g.drawLine(one, TOP - 4, one, y);
        g.drawString("1.0", one - 8, y + 15);
        g.dispose();
        ImageIO.write(image, "png", Path.of(args[1]).toFile());
    }
}
