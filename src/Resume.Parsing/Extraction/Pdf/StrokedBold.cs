using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A face with no bold of its own ("Calibri Light", a font installed in one weight) is made bold by Word, LibreOffice and
/// PDFsharp alike by drawing each letter filled and then stroked with a thin pen (text rendering mode 2): the font's
/// name and flags say regular, yet the reader sees bold. Letters so drawn are read as bold.
/// </summary>
internal static class StrokedBold
{
    public static bool Is(Letter letter) =>
        letter.RenderingMode is TextRenderingMode.FillThenStroke or TextRenderingMode.FillThenStrokeClip;
}
