using PdfSharp.Drawing;
using Resume.Fonts;

namespace Resume.Rendering.Pdf;

/// <summary>How a run of text looks: family, size in points, weight, slant, colour and line height as a multiple of the size.</summary>
internal sealed record TextStyle(double Size, XColor Color, bool Bold = false, bool Italic = false, double Leading = 1.3, string Family = PdfFonts.Sans)
{
    public double LineHeight => Size * Leading;

    /// <summary>Distance from the top of a line box to the baseline: the half-leading plus the face's ascent.</summary>
    public double Baseline => (LineHeight - Size) / 2 + Size * 0.86;

    public XFontStyleEx FontStyle => (Bold, Italic) switch
    {
        (true, true) => XFontStyleEx.BoldItalic,
        (true, false) => XFontStyleEx.Bold,
        (false, true) => XFontStyleEx.Italic,
        _ => XFontStyleEx.Regular,
    };

    public TextStyle With(double? size = null, XColor? color = null, bool? bold = null, bool? italic = null) =>
        this with { Size = size ?? Size, Color = color ?? Color, Bold = bold ?? Bold, Italic = italic ?? Italic };
}
