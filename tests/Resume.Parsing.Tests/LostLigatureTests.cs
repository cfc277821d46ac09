using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An "ft" ligature glyph the font maps to no letters (an unknown glyph name) or to a private-use character:
/// the word keeps its letters and stays one word.</summary>
public sealed class LostLigatureTests
{
    // Code 0x80 is the ligature glyph, drawn where the letters f and t would be.
    private static readonly string[] Lines =
    [
        "Marta Quell",
        "marta.quell@example.net | 555 014 2231",
        "EXPERIENCE",
        "Harbour Logistics, So\u0080ware Developer    2019 - 2023",
        "Dra\u0080ed the a\u0080er-hours shi\u0080 planner used by six depots.",
        "EDUCATION",
        "BSc Computing, Eastmoor University    2015 - 2019",
    ];

    [Fact]
    public void A_ligature_glyph_the_font_maps_to_no_text_keeps_its_letters()
    {
        var resume = Read(Page(Font("<>")));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Software Developer", job.Position);
        Assert.Contains("Drafted the after-hours shift planner", string.Join(" ", job.Highlights.Append(job.Summary ?? "")));
    }

    [Fact]
    public void A_ligature_glyph_mapped_to_a_private_use_character_stays_inside_its_word()
    {
        var resume = Read(Page(Font("<E03A>")));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Software Developer", job.Position);
        Assert.Contains("Drafted the after-hours shift planner", string.Join(" ", job.Highlights.Append(job.Summary ?? "")));
    }

    /// <summary>Advances in thousandths of an em, the ligature as wide as an f and a t together.</summary>
    private static readonly string Widths = string.Join(' ', Enumerable.Range(32, 224).Select(code => code switch
    {
        0x80 => "600",
        'f' or 't' or 'i' or 'l' or 'j' or '.' or ',' or ' ' => "300",
        _ => "520",
    }));

    /// <summary>A TrueType font whose ToUnicode maps the ligature's code to <paramref name="ligature"/>.</summary>
    private static string[] Font(string ligature)
    {
        var cmap = $"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lig def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <80> {ligature} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
        return
        [
            $"<< /Type /Font /Subtype /TrueType /BaseFont /Lato /FirstChar 32 /LastChar 255 /Widths [{Widths}] /FontDescriptor 7 0 R /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
            $"<< /Length {cmap.Length} >>\nstream\n{cmap}\nendstream",
            "<< /Type /FontDescriptor /FontName /Lato /Flags 32 /FontBBox [0 -250 1000 750] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 >>",
        ];
    }

    private static byte[] Page(string[] objects)
    {
        var content = new StringBuilder("BT /F1 11 Tf 72 740 Td 14 TL\n");
        foreach (var line in Lines)
        {
            content.Append('(').Append(line).Append(") Tj T*\n");
        }
        content.Append("ET");
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content.ToString()));
        foreach (var body in objects)
        {
            pdf.Add(body);
        }
        return pdf.Build();
    }
}
