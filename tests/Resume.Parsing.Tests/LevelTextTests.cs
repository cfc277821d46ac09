using System.Globalization;
using Resume.Fixtures;
using Resume.Parsing.Extraction.Pdf;
using UglyToad.PdfPig;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A design tool leaves a hair of rotation in a heading's text matrix: the page shows it level, so the heading
/// and the section it opens are read; text set at a real angle stays out of the reading flow.</summary>
public sealed class LevelTextTests
{
    [Fact]
    public void A_heading_placed_a_hair_off_square_opens_its_section()
    {
        var resume = Read(RawPdf.HelveticaPage(
            Line("/F2", 18, 740, "Ines Varga"),
            Line("/F1", 10, 722, "ines.varga@example.org | +36 30 555 0192 | Szeged"),
            Line("/F2", 12, 690, "Experience"),
            Line("/F2", 10, 672, "Ward Nurse, Szent Lukacs Hospital, 2019 - 2024"),
            Line("/F1", 10, 658, "Cared for twenty patients a shift on the cardiac ward."),
            Tilted("/F2", 12, 626, "Education", 0.00028),
            Line("/F2", 10, 608, "BSc Nursing, University of Pecs, 2015 - 2019")));

        var school = Assert.Single(resume.Education);
        Assert.Equal("University of Pecs", school.Institution);
        Assert.Equal("Szent Lukacs Hospital", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void Letters_a_hair_off_square_are_read_and_letters_at_an_angle_are_not()
    {
        using var document = PdfDocument.Open(RawPdf.HelveticaPage(
            Tilted("/F2", 12, 700, "Education", 0.00028),
            Tilted("/F1", 10, 600, "Stamped", 0.5)));
        var text = string.Concat(ChunkBuilder.ReadGlyphs(document.GetPage(1)).Select(g => g.Text));

        Assert.Contains("Education", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stamped", text, StringComparison.Ordinal);
    }

    private static string Line(string font, double size, double y, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"BT {font} {size} Tf 72 {y} Td ({text}) Tj ET\n");

    /// <summary>Text drawn through a matrix turned by <paramref name="sine"/> (clockwise), at 1 pt with the size in the matrix,
    /// as Illustrator writes it.</summary>
    private static string Tilted(string font, double size, double y, string text, double sine)
    {
        var cosine = Math.Sqrt(1 - sine * sine);
        return string.Create(CultureInfo.InvariantCulture,
            $"BT {font} 1 Tf {size * cosine:0.####} {-size * sine:0.####} {size * sine:0.####} {size * cosine:0.####} 72 {y} Tm ({text}) Tj ET\n");
    }
}
