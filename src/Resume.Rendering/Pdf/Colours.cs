using System.Globalization;
using PdfSharp.Drawing;

namespace Resume.Rendering.Pdf;

internal static class Colours
{
    /// <summary>"#rrggbb" as a PDF colour, so the PDF and the HTML share one palette.</summary>
    public static XColor Hex(string hex) => XColor.FromArgb(
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
