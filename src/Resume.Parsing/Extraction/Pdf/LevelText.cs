using UglyToad.PdfPig.Content;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Letters set along the line of reading. A design tool may leave a hair of rotation in a text's matrix (a heading
/// placed with a matrix a few thousandths off square): the page shows it level, so it is read as level, where a strict
/// test of orientation would lose the heading and with it the section it opens. Text turned by more than about half a
/// degree (a label running up a sidebar, a stamp set at an angle) stays outside the reading flow.
/// </summary>
internal static class LevelText
{
    /// <summary>Rise over run of the baseline: 0.01 drifts a point and a half over a line of 150 points, well inside
    /// the tolerance that gathers letters into rows.</summary>
    private const double MaxSlope = 0.01;

    public static bool Is(Letter letter)
    {
        if (letter.TextOrientation == TextOrientation.Horizontal)
        {
            return true;
        }
        if (letter.TextOrientation != TextOrientation.Other)
        {
            return false;
        }
        var run = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var rise = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        return run > 0 && Math.Abs(rise) <= MaxSlope * run;
    }
}
