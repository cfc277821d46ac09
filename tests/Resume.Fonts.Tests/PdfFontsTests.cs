using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PigDocument = UglyToad.PdfPig.PdfDocument;
using Resume.Fonts;

namespace Resume.Fonts.Tests;

public sealed class PdfFontsTests
{
    [Fact]
    public void Accented_and_cjk_names_drawn_with_the_shipped_fonts_read_back_as_the_same_text()
    {
        PdfFonts.Register();
        const string name = "José Álvarez-Núñez 王小明 김민준";
        using var output = new MemoryStream();
        using (var document = new PdfDocument())
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            var x = 40.0;
            foreach (var (text, family) in PdfFonts.Runs(name))
            {
                var font = new XFont(family, 14, XFontStyleEx.Bold);
                gfx.DrawString(text, font, XBrushes.Black, new XPoint(x, 60));
                x += gfx.MeasureString(text, font).Width;
            }
            document.Save(output);
        }

        using var read = PigDocument.Open(output.ToArray());
        var words = string.Join(" ", read.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Equal(name, words);
    }

    [Fact]
    public void Text_is_split_into_runs_only_where_the_script_needs_another_face()
    {
        var runs = PdfFonts.Runs("Ana 李 Smith").ToList();

        Assert.Equal([("Ana ", PdfFonts.Sans), ("李", PdfFonts.Cjk), (" Smith", PdfFonts.Sans)], runs);
    }
}
