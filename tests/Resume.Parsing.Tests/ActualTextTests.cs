using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Glyphs whose text the producer gives in marked content (<c>/ActualText</c>), as LibreOffice does for letters
/// its font lacks: the text is what the person wrote, not the glyph's own mapping.</summary>
public sealed class ActualTextTests
{
    [Fact]
    public void A_name_drawn_in_fallback_glyphs_reads_as_the_letters_their_actual_text_gives()
    {
        // Three copies of one glyph (what a font without Hangul leaves), each spanned with the syllable it stands for.
        var name = string.Concat(new[] { "AE40", "C11C", "C5F0" }.Select(code => $"/Span <</ActualText <FEFF{code}>>> BDC (?) Tj EMC\n"));
        var content = $"""
            BT /F1 24 Tf 72 750 Td
            {name}ET
            BT /F1 11 Tf 72 720 Td 14 TL
            (seoyeon.kim@example.com | +1 604 555 0919) Tj T*
            T* (EXPERIENCE) Tj T*
            (Nurse Manager, Brightwater Health    June 2019 - Present) Tj T*
            (Led a team of 14 nurses on a 30-bed surgical ward.) Tj T*
            T* (EDUCATION) Tj T*
            (BSc Nursing, University of British Columbia    2011 - 2015) Tj T*
            ET
            """;
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content));
        pdf.Add(RawPdf.HelveticaFont);

        var resume = Read(pdf.Build());

        Assert.Equal("김서연", resume.Basics.Name);
        Assert.Equal("seoyeon.kim@example.com", resume.Basics.Email);
    }
}
