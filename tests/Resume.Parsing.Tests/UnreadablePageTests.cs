using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>One page whose resources the PDF library cannot read (a colour space written as an array it rejects, as
/// some online CV editors write a pattern) loses that page only: the pages after it are the rest of the resume.</summary>
public sealed class UnreadablePageTests
{
    [Fact]
    public void A_page_that_cannot_be_read_does_not_lose_the_pages_after_it()
    {
        var first = """
            BT /F1 20 Tf 72 740 Td (Ilona Varga) Tj ET
            BT /F1 11 Tf 72 715 Td 14 TL
            (ilona.varga@example.com | +36 30 555 0142) Tj T*
            T* (EXPERIENCE) Tj T*
            (Site Engineer, Danubia Build Kft.    2019 - Present) Tj T*
            (Supervised the concrete works of a 12-storey office block.) Tj T*
            ET
            """;
        var third = """
            BT /F1 11 Tf 72 740 Td 14 TL
            (EDUCATION) Tj T*
            (MSc Civil Engineering, Budapest University of Technology    2013 - 2018) Tj T*
            ET
            """;
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 9 0 R >> >> /Contents 6 0 R >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 9 0 R >> /ColorSpace << /CS0 [ 10 0 ] >> >> /Contents 7 0 R >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 9 0 R >> >> /Contents 8 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(first));
        pdf.AddStream("", Encoding.Latin1.GetBytes("BT /F1 11 Tf 72 740 Td (Certified in site safety.) Tj ET"));
        pdf.AddStream("", Encoding.Latin1.GetBytes(third));
        pdf.Add(RawPdf.HelveticaFont);
        pdf.Add("/Pattern");

        var resume = Read(pdf.Build());

        Assert.Equal("ilona.varga@example.com", resume.Basics.Email);
        var school = Assert.Single(resume.Education);
        Assert.Contains("Budapest University of Technology", school.Institution);
    }
}
