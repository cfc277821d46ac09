namespace Resume.Parsing.Layout;

/// <summary>
/// Whether the margin broke a line: the first word of the line below needs more room than the line above left free
/// before its column's edge, so the writer's text went on below rather than a new item starting there. The lines are
/// measured, not read, so the test holds in any language. Each caller keeps its own conditions around it.
/// </summary>
internal static class LineWrap
{
    /// <summary>Slack for kerning and the rounding of glyph boxes, in points.</summary>
    private const double Slack = 1.5;

    /// <summary>The room the first word of <paramref name="text"/> takes with the space before it, at the average letter
    /// width of a run of that text set <paramref name="width"/> wide (half the size when the run is empty).</summary>
    public static double FirstWordWidth(string text, double width, double fontSize)
    {
        var letter = text.Length > 0 ? width / text.Length : fontSize * 0.5;
        var space = text.IndexOf(' ');
        return ((space < 0 ? text.Length : space) + 1) * letter;
    }

    public static double FirstWordWidth(TextLine line) => FirstWordWidth(line.Text, line.Right - line.Left, line.FontSize);

    /// <summary>What the line leaves free at the end of its column.</summary>
    public static double RoomAfter(TextLine line) => line.ColumnRight - line.Right;

    /// <summary>The first word of <paramref name="line"/> would not have fitted at the end of <paramref name="above"/>.</summary>
    public static bool FirstWordWouldNotFit(TextLine above, TextLine line) => RoomAfter(above) < FirstWordWidth(line) + Slack;
}
