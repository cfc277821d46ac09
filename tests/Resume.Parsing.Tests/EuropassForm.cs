using PdfSharp.Pdf;
using Resume.Fixtures;

namespace Resume.Parsing.Tests;

/// <summary>The 2004 Europass form drawn in PDF: labels set flush right in a narrow column, each value beside its label.</summary>
internal static class EuropassForm
{
    public const double LabelRight = 205, Value = 224, LabelSize = 9, ValueSize = 9.5;

    /// <summary>A form whose body <paramref name="draw"/> writes under the title and the personal information block.</summary>
    public static byte[] Draw(IEnumerable<(string Label, string Value)> personal, Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.DrawRight("Curriculum Vitae", LabelRight, 13);
            c.Advance(28);
            Heading(c, "Personal information");
            foreach (var (label, value) in personal)
            {
                Field(c, label, value);
            }
            c.Advance(12);
            draw(c);
        }
        return document.ToBytes();
    }

    public static void Heading(PdfCanvas c, string text)
    {
        c.DrawRight(text, LabelRight, 12, bold: true);
        c.Advance(18);
    }

    /// <summary>A label flush right against its column, its value beside it; a label's second line goes under it.</summary>
    public static void Field(PdfCanvas c, string label, string value, string? labelGoesOn = null)
    {
        c.DrawRight(label, LabelRight, LabelSize);
        c.Draw(value, Value, ValueSize);
        c.Advance(12);
        if (labelGoesOn is not null)
        {
            c.DrawRight(labelGoesOn, LabelRight, LabelSize);
            c.Advance(12);
        }
    }
}
