namespace Resume.Parsing.Isolation.Ocr;

/// <summary>
/// How far a page's lines lean, from its ink alone, for a picture tesseract found no lines in (past 6–8° it may read an
/// askew page as empty): projected across the page at the right angle, text lines stack their dark pixels into a few
/// tall bins with white between; at any other angle the bins blur into each other. Works on a greyscale PGM such as
/// <c>pdftoppm -gray</c> writes, looked at no finer than about a thousand pixels a side.
/// </summary>
internal static class PixelSkew
{
    /// <summary>The longer side a picture is looked at, in pixels.</summary>
    public const int Side = 1000;
    private const double Widest = 20;
    private const int MaxPoints = 200_000;

    /// <summary>Degrees (positive: lines fall to the right), or null for a picture with too little ink to say.</summary>
    public static double? Degrees(ReadOnlySpan<byte> pgm)
    {
        if (Pgm.Header(pgm) is not var (width, height, offset))
        {
            return null;
        }
        var pixels = pgm[offset..];
        var step = Math.Max(1, (Math.Max(width, height) + Side - 1) / Side);
        long sum = 0;
        var count = 0;
        for (var y = 0; y < height; y += step)
        {
            for (var x = 0; x < width; x += step)
            {
                sum += pixels[y * width + x];
                count++;
            }
        }
        // Ink is what is clearly darker than the paper, however grey a photo's paper is.
        var threshold = sum / Math.Max(1, count) * 6 / 10;
        var points = new List<(int X, int Y)>();
        for (var y = 0; y < height && points.Count < MaxPoints; y += step)
        {
            for (var x = 0; x < width && points.Count < MaxPoints; x += step)
            {
                if (pixels[y * width + x] < threshold)
                {
                    points.Add((x / step, y / step));
                }
            }
        }
        if (points.Count < 200)
        {
            return null;
        }
        var best = Sharpest(points, -Widest, Widest, 0.5);
        return Sharpest(points, best - 0.5, best + 0.5, 0.1);
    }

    private static double Sharpest(List<(int X, int Y)> points, double from, double to, double by)
    {
        var (best, bestScore) = (0.0, -1.0);
        var offset = 2 * Side;
        var bins = new int[4 * Side + 1];
        for (var degrees = from; degrees <= to + 1e-9; degrees += by)
        {
            Array.Clear(bins);
            var radians = degrees * Math.PI / 180;
            var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
            foreach (var (x, y) in points)
            {
                var row = (int)Math.Round(y * cos - x * sin) + offset;
                if ((uint)row < (uint)bins.Length)
                {
                    bins[row]++;
                }
            }
            var score = 0.0;
            foreach (var n in bins)
            {
                score += (double)n * n;
            }
            if (score > bestScore)
            {
                (best, bestScore) = (degrees, score);
            }
        }
        return best;
    }
}
