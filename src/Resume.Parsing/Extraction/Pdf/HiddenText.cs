using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Letters filled in white on the white of the page: a reader sees nothing there, yet the text layer holds them (a
/// word processor's hidden spacers and markers, "a\" runs after each heading; keywords typed in white for a screening
/// robot). Glued to a heading they make it unreadable ("EXHIBITIONSa\a\"). White letters over something drawn in a
/// colour or over a picture are seen (a name in white on a dark banner) and stay.
/// </summary>
internal static class HiddenText
{
    /// <summary>Whether the letter is white with no coloured fill or picture under it. Null when the page has no
    /// white letters, so a page pays for its drawings only when it needs them.</summary>
    public static Func<Letter, bool>? Finder(Page page)
    {
        var white = page.Letters.Count(IsWhite);
        if (white == 0)
        {
            return null;
        }
        var grounds = Grounds(page);
        // Each white letter is held against each ground. A page built to make that product huge (thousands of white
        // letters over thousands of shapes) keeps its white letters, as every page did before they were judged, rather
        // than spend the parse's time budget on the judging.
        if ((long)white * grounds.Count > MaxChecks)
        {
            return null;
        }
        return letter => IsWhite(letter) && !grounds.Any(g => Covers(g, letter));
    }

    /// <summary>A designed page has a few hundred shapes and a banner's worth of white letters: well under this.</summary>
    internal const long MaxChecks = 2_000_000;

    private static bool IsWhite(Letter letter)
    {
        if (letter.RenderingMode is not (TextRenderingMode.Fill or TextRenderingMode.FillClip) || letter.FillColor is not { } color)
        {
            return false;
        }
        var (r, g, b) = Rgb(color);
        return r >= 0.97 && g >= 0.97 && b >= 0.97;
    }

    /// <summary>Fills drawn in a colour and pictures: what may lie under white letters and show them.</summary>
    private static List<PdfRectangle> Grounds(Page page)
    {
        var grounds = new List<PdfRectangle>();
        foreach (var path in page.Paths)
        {
            if (path.IsFilled && !path.IsClipping && (path.FillColor is not { } fill || Rgb(fill) is not (>= 0.97, >= 0.97, >= 0.97))
                && path.GetBoundingRectangle() is { } box)
            {
                grounds.Add(box);
            }
        }
        grounds.AddRange(page.GetImages().Select(i => i.BoundingBox));
        return grounds;
    }

    /// <summary>A colour read as red, green and blue; one that cannot be (a pattern, a separation) counts as dark, so
    /// letters over it stay.</summary>
    private static (double R, double G, double B) Rgb(IColor color)
    {
        try
        {
            var (r, g, b) = color.ToRGBValues();
            return ((double)r, (double)g, (double)b);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or NotImplementedException or ArgumentException)
        {
            return (0, 0, 0);
        }
    }

    private static bool Covers(PdfRectangle ground, Letter letter)
    {
        var x = (letter.StartBaseLine.X + letter.EndBaseLine.X) / 2;
        var y = letter.StartBaseLine.Y + letter.PointSize / 3;
        return x >= ground.Left - 1 && x <= ground.Right + 1 && y >= ground.Bottom - 1 && y <= ground.Top + 1;
    }
}
