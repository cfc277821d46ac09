using PdfSharp.Drawing;

namespace Resume.Rendering.Pdf;

/// <summary>
/// The report palette and the text styles every PDF we draw shares (the report and the batch summary), so a student's
/// report and their career centre's summary look like one product.
/// </summary>
internal static class PdfPalette
{
    public static readonly XColor Ink = Colours.Hex(Report.ReportColours.Ink);
    public static readonly XColor Muted = Colours.Hex(Report.ReportColours.Muted);
    public static readonly XColor Rule = Colours.Hex(Report.ReportColours.Rule);
    public static readonly XColor Track = Colours.Hex(Report.ReportColours.Track);
    public static readonly XColor Tint = Colours.Hex(Report.ReportColours.Tint);
    public static readonly XColor Accent = Colours.Hex(Report.ReportColours.Accent);

    public static readonly TextStyle Eyebrow = new(8.5, Muted, Bold: true);
    public static readonly TextStyle H2 = new(13.5, Ink, Bold: true);
    public static readonly TextStyle Body = new(9.8, Ink, Leading: 1.4);
    public static readonly TextStyle Small = new(8.5, Muted, Leading: 1.35);
}
