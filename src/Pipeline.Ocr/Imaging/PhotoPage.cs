namespace Pipeline.Ocr.Imaging;

/// <summary>What <see cref="PhotoPage.Analyse"/> measured on a gray page image.</summary>
/// <param name="Paper">Paper gray under the best light: the 90th percentile of the page tiles' background.</param>
/// <param name="Evenness">10th over 90th percentile of the page tiles' background: 1 for an evenly lit page.</param>
/// <param name="BorderOutside">Share of the image's edge tiles that are not page (a table or a hand around the sheet).</param>
/// <param name="OutsideTiles">Share of all tiles that are not page.</param>
public sealed record PhotoMeasure(double Paper, double Evenness, double BorderOutside, double OutsideTiles)
{
    /// <summary>
    /// A photographed page: the picture shows something dark around the sheet, or the sheet's background varies by more
    /// than a fifth between its best and worst lit parts (10th and 90th percentile of its tiles). A scanner or a screenshot gives neither.
    /// </summary>
    public bool IsPhoto => BorderOutside >= PhotoPage.MinBorderOutside || Evenness < PhotoPage.MaxEvenness;

    public override string ToString() =>
        FormattableString.Invariant($"paper {Paper:0}, evenness {Evenness:0.00}, edge outside {BorderOutside:0.00}, outside {OutsideTiles:0.00}{(IsPhoto ? ", photo" : "")}");
}

/// <summary>
/// Phone photos of a sheet (a page held in a hand or laid on a table, under a lamp): the paper is gray and lit unevenly,
/// and a dark table shows around the sheet. Tesseract binarises a page with one global (Otsu) threshold, which on such a
/// picture turns the darker half of the paper black or the lighter half's print white, and reads the table's edge as
/// letters. A photographed page is told by its background (<see cref="Analyse"/>): each tile's background is the 90th
/// percentile of its pixels (paper between the letters), smoothed by a 3 × 3 median over the tiles (a seal, a logo);
/// tiles much darker than the paper and connected to the image's edge are not page. The page is then levelled
/// (<see cref="Level"/>): every pixel divided by its background (interpolated between tile centres), so paper becomes
/// white everywhere and print keeps its contrast, and what lies outside the sheet becomes white. The page keeps its size,
/// so every later step (second readings, the red channel) sees the same coordinates.
/// </summary>
public static class PhotoPage
{
    /// <summary>Tiles across the shorter side of the image: a tile holds a few text lines and the paper between them.</summary>
    public const int TilesAcross = 30;

    /// <summary>A tile whose background is below this share of the paper's is not page (a table, a hand, a shadow beyond the sheet).</summary>
    public const double OutsideBelowPaper = 0.5;

    /// <summary>Share of the image's edge tiles outside the page from which a picture counts as a photo of a sheet.</summary>
    public const double MinBorderOutside = 0.4;

    /// <summary>Background evenness (10th over 90th percentile) under which a page counts as unevenly lit.</summary>
    public const double MaxEvenness = 0.8;

    /// <summary>Measures the page's background; <paramref name="gray"/> is row by row, <paramref name="width"/> wide.</summary>
    public static PhotoMeasure Analyse(byte[] gray, int width, int height) => new Background(gray, width, height).Measure;

    /// <summary>
    /// The page levelled: each pixel divided by its background, paper white; pixels outside the sheet white. Returns the
    /// input unchanged when the page is not a photo.
    /// </summary>
    public static byte[] Level(byte[] gray, int width, int height) => LevelIfPhoto(gray, width, height).Levelled ?? gray;

    /// <summary>The measure, and the levelled page when the measure says photo (else null).</summary>
    public static (PhotoMeasure Measure, byte[]? Levelled) LevelIfPhoto(byte[] gray, int width, int height)
    {
        var background = new Background(gray, width, height);
        return (background.Measure, background.Measure.IsPhoto ? background.Levelled() : null);
    }

    private sealed class Background
    {
        private readonly byte[] gray;
        private readonly int width, height, tile, cols, rows;
        private readonly double[] level; // per tile, smoothed
        private readonly bool[] outside; // per tile
        public PhotoMeasure Measure { get; }

        public Background(byte[] gray, int width, int height)
        {
            this.gray = gray;
            this.width = width;
            this.height = height;
            tile = Math.Max(8, Math.Min(width, height) / TilesAcross);
            cols = (width + tile - 1) / tile;
            rows = (height + tile - 1) / tile;
            level = Smoothed(TileBackgrounds());
            var paper = Percentile([.. level], 0.9);
            outside = Outside(paper);
            var page = level.Where((_, i) => !outside[i]).ToArray();
            var pagePaper = page.Length == 0 ? paper : Percentile(page, 0.9);
            var evenness = page.Length == 0 ? 1 : Percentile(page, 0.1) / Math.Max(1, pagePaper);
            var edge = EdgeTiles().ToList();
            Measure = new PhotoMeasure(pagePaper, evenness, edge.Count(i => outside[i]) / (double)edge.Count,
                outside.Count(o => o) / (double)outside.Length);
        }

        /// <summary>The 90th percentile of each tile's pixels: the paper between the letters.</summary>
        private double[] TileBackgrounds()
        {
            var result = new double[cols * rows];
            var histogram = new int[256];
            for (var ty = 0; ty < rows; ty++)
            for (var tx = 0; tx < cols; tx++)
            {
                Array.Clear(histogram);
                int x0 = tx * tile, y0 = ty * tile, x1 = Math.Min(width, x0 + tile), y1 = Math.Min(height, y0 + tile);
                for (var y = y0; y < y1; y++)
                for (var x = x0; x < x1; x++)
                    histogram[gray[y * width + x]]++;
                var rank = (int)(0.9 * (x1 - x0) * (y1 - y0));
                int value = 0, seen = 0;
                while (value < 255 && (seen += histogram[value]) <= rank) value++;
                result[ty * cols + tx] = value;
            }
            return result;
        }

        /// <summary>3 × 3 median over the tiles: a tile covered by a seal, a logo or a bold title takes its neighbours' paper.</summary>
        private double[] Smoothed(double[] tiles)
        {
            var result = new double[tiles.Length];
            var window = new List<double>(9);
            for (var ty = 0; ty < rows; ty++)
            for (var tx = 0; tx < cols; tx++)
            {
                window.Clear();
                for (var dy = -1; dy <= 1; dy++)
                for (var dx = -1; dx <= 1; dx++)
                {
                    int x = tx + dx, y = ty + dy;
                    if (x >= 0 && y >= 0 && x < cols && y < rows) window.Add(tiles[y * cols + x]);
                }
                window.Sort();
                result[ty * cols + tx] = window[window.Count / 2];
            }
            return result;
        }

        /// <summary>Tiles much darker than the paper, reached from the image's edge through such tiles.</summary>
        private bool[] Outside(double paper)
        {
            var dark = level.Select(v => v < OutsideBelowPaper * paper).ToArray();
            var result = new bool[level.Length];
            var queue = new Queue<int>(EdgeTiles().Where(i => dark[i]));
            foreach (var i in queue) result[i] = true;
            while (queue.Count > 0)
            {
                var i = queue.Dequeue();
                int tx = i % cols, ty = i / cols;
                foreach (var (x, y) in new[] { (tx - 1, ty), (tx + 1, ty), (tx, ty - 1), (tx, ty + 1) })
                {
                    if (x < 0 || y < 0 || x >= cols || y >= rows) continue;
                    var j = y * cols + x;
                    if (dark[j] && !result[j]) { result[j] = true; queue.Enqueue(j); }
                }
            }
            return result;
        }

        private IEnumerable<int> EdgeTiles()
        {
            for (var tx = 0; tx < cols; tx++)
            {
                yield return tx;
                if (rows > 1) yield return (rows - 1) * cols + tx;
            }
            for (var ty = 1; ty < rows - 1; ty++)
            {
                yield return ty * cols;
                if (cols > 1) yield return ty * cols + cols - 1;
            }
        }

        public byte[] Levelled()
        {
            // Outside tiles take the background of the nearest page tiles, so the sheet's edge is divided by paper.
            var filled = (double[])level.Clone();
            var known = outside.Select(o => !o).ToArray();
            if (known.Any(k => k))
            {
                while (known.Any(k => !k))
                {
                    var next = (bool[])known.Clone();
                    for (var i = 0; i < filled.Length; i++)
                    {
                        if (known[i]) continue;
                        int tx = i % cols, ty = i / cols;
                        double sum = 0;
                        var count = 0;
                        foreach (var (x, y) in new[] { (tx - 1, ty), (tx + 1, ty), (tx, ty - 1), (tx, ty + 1) })
                        {
                            if (x < 0 || y < 0 || x >= cols || y >= rows || !known[y * cols + x]) continue;
                            sum += filled[y * cols + x];
                            count++;
                        }
                        if (count > 0) { filled[i] = sum / count; next[i] = true; }
                    }
                    known = next;
                }
            }
            var result = new byte[gray.Length];
            for (var y = 0; y < height; y++)
            {
                // Bilinear interpolation between tile centres.
                var fy = Math.Clamp((y + 0.5) / tile - 0.5, 0, rows - 1);
                int ty0 = (int)fy, ty1 = Math.Min(rows - 1, ty0 + 1);
                var wy = fy - ty0;
                for (var x = 0; x < width; x++)
                {
                    var fx = Math.Clamp((x + 0.5) / tile - 0.5, 0, cols - 1);
                    int tx0 = (int)fx, tx1 = Math.Min(cols - 1, tx0 + 1);
                    var wx = fx - tx0;
                    var bg = (filled[ty0 * cols + tx0] * (1 - wx) + filled[ty0 * cols + tx1] * wx) * (1 - wy)
                             + (filled[ty1 * cols + tx0] * (1 - wx) + filled[ty1 * cols + tx1] * wx) * wy;
                    result[y * width + x] = (byte)Math.Min(255, Math.Round(255.0 * gray[y * width + x] / Math.Max(1, bg)));
                }
            }
            WhitenOutside(result);
            return result;
        }

        /// <summary>
        /// Pixels outside the sheet become white: every pixel of an outside tile, and from there the dark pixels next to them
        /// (the table in the tiles the sheet's edge crosses), but not the print, which paper separates from the table.
        /// </summary>
        private void WhitenOutside(byte[] levelled)
        {
            if (!outside.Any(o => o)) return;
            var tableLevel = level.Where((_, i) => outside[i]).Average();
            var pageLow = Percentile([.. level.Where((_, i) => !outside[i])], 0.1);
            var dark = (tableLevel + pageLow) / 2;
            var seen = new bool[gray.Length];
            var queue = new Queue<int>();
            for (var i = 0; i < gray.Length; i++)
            {
                int x = i % width, y = i / width;
                if (outside[(y / tile) * cols + x / tile]) { seen[i] = true; queue.Enqueue(i); }
            }
            while (queue.Count > 0)
            {
                var i = queue.Dequeue();
                levelled[i] = 255;
                int x = i % width, y = i / width;
                Visit(x - 1, y); Visit(x + 1, y); Visit(x, y - 1); Visit(x, y + 1);
            }

            void Visit(int x, int y)
            {
                if (x < 0 || y < 0 || x >= width || y >= height) return;
                var j = y * width + x;
                if (seen[j] || gray[j] >= dark) return;
                seen[j] = true;
                queue.Enqueue(j);
            }
        }
    }

    private static double Percentile(double[] values, double share)
    {
        if (values.Length == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)(share * (sorted.Length - 1)), 0, sorted.Length - 1)];
    }
}
