using System.Globalization;
using Resume.Fixtures;
using Resume.Parsing.Extraction.Pdf;
using UglyToad.PdfPig;

namespace Resume.Parsing.Tests;

/// <summary>A face with no bold of its own is made bold by filling each letter and stroking it with a thin pen (text
/// rendering mode 2), as Word does for "Calibri Light": the font says regular, the reader sees bold.</summary>
public sealed class StrokedBoldTests
{
    [Fact]
    public void Letters_filled_and_stroked_read_as_bold()
    {
        var glyphs = Glyphs(RawPdf.HelveticaPage(
            Line(740, "02.2018 - 06.2019", stroked: false),
            Line(726, "Projektleiterin", stroked: true),
            Line(712, "Nordwerk Handels GmbH, Bremen", stroked: false)));

        Assert.True(Row(glyphs, 726).All(g => g.Bold));
        Assert.DoesNotContain(Row(glyphs, 712), g => g.Bold);
        Assert.DoesNotContain(Row(glyphs, 740), g => g.Bold);
    }

    [Fact]
    public void Letters_only_stroked_are_not_bold()
    {
        var glyphs = Glyphs(RawPdf.HelveticaPage("BT /F1 10 Tf 1 Tr 72 740 Td (Projektleiterin) Tj ET\n"));

        Assert.DoesNotContain(glyphs, g => g.Bold);
    }

    private static string Line(double y, string text, bool stroked) =>
        string.Create(CultureInfo.InvariantCulture, $"BT /F1 10 Tf {(stroked ? "2 Tr 0.28 w " : "0 Tr ")}72 {y} Td ({text}) Tj ET\n");

    private static IEnumerable<Glyph> Row(List<Glyph> glyphs, double y) =>
        glyphs.Where(g => Math.Abs(g.Baseline - (792 - y)) < 0.5 && !g.Space);

    private static List<Glyph> Glyphs(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return ChunkBuilder.ReadGlyphs(document.GetPage(1));
    }
}
