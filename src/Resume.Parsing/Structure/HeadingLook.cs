using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>
/// How a heading looks, coarse enough that all headings of one resume share it. A line placed on a page (PDF) is known
/// by its size to half a point, weight, capitals and whether it sits in a margin of labels; a word processor's or a
/// Markdown line by its heading level, underline, weight, capitals and larger type. Equal looks are one style.
/// </summary>
internal readonly record struct HeadingLook(
    bool Placed, double Size, int Level, bool Bold, bool Caps, bool Underlined, bool Larger, bool FromMargin)
{
    public static HeadingLook Of(TextLine line) => line.HasGeometry
        ? new(true, Math.Round(line.FontSize * 2) / 2, 0, line.Bold, SectionSplitter.IsAllCaps(line.Text), false, false, line.Segments[0].FromMargin)
        : new(false, 0, line.HeadingLevel, line.Bold, SectionSplitter.IsAllCaps(line.Text), line.Underlined, line.Larger, false);

    /// <summary>The size and weight of a look placed on a page; null for a word processor's, which records styles instead.</summary>
    public (double Size, bool Bold)? Face => Placed ? (Size, Bold) : null;

    /// <summary>A style body text does not share: larger, bold, capitals, a heading style, an underline or a margin.</summary>
    public bool IsDistinctive(double bodySize) =>
        Placed && Size >= bodySize + 0.9 || Bold || Caps || Underlined || !Placed && (Level > 0 || Larger) || Placed && FromMargin;

    /// <summary>A look that says "heading" by itself (a heading style, an underline, larger type), so one line shows it.</summary>
    public bool SaysHeading => !Placed && (Level > 0 || Underlined || Larger);

    /// <summary>Type at least two points larger than the text.</summary>
    public bool ClearlyLarger(double bodySize) => Placed && Size >= bodySize + 2;
}
