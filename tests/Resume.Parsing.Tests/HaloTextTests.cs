using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Text given a glow or a halo (a LaTeX contour, a designer's outline) is drawn a dozen times, each copy a fraction of a
/// point from the last, with the plain copy on top. A reader sees each letter once.
/// </summary>
public sealed class HaloTextTests
{
    [Fact]
    public void A_line_drawn_as_a_ring_of_offset_copies_reads_once_and_keeps_its_doubled_letters()
    {
        var resume = Read(Page(
            Line(22, 720, "(Rowan Tillsley) Tj"),
            Halo(10, 696, "(07700 900461 | rowan.tillsley@example.com | linkedin.com/in/rowan-tillsley) Tj"),
            Line(12, 660, "(EXPERIENCE) Tj"),
            Halo(11, 640, "(Groundskeeper, Hillcrest Golf Club) Tj") + Line(11, 640, "(May 2021 - Present) Tj", 450),
            Line(10, 624, "(- Installed all 300 yards of drainage and kept the greens for the summer season.) Tj"),
            Line(12, 590, "(EDUCATION) Tj"),
            Line(11, 570, "(BSc Horticulture, Myerscough College) Tj") + Line(11, 570, "(2017 - 2020) Tj", 450)));

        Assert.Equal("rowan.tillsley@example.com", resume.Basics.Email);
        Assert.Equal("07700 900461", resume.Basics.Phone);
        Assert.Contains(resume.Basics.Profiles, p => p.Url?.EndsWith("linkedin.com/in/rowan-tillsley", StringComparison.Ordinal) == true);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Hillcrest Golf Club", job.Name);
        Assert.Equal("Groundskeeper", job.Position);
    }

    /// <summary>Sixteen copies on a ring of 0.8 pt around the place, then the plain one, as a contour package draws it.</summary>
    private static string Halo(double size, double y, string text, double x = 72)
    {
        var copies = new StringBuilder();
        for (var k = 0; k < 16; k++)
        {
            var angle = k * Math.PI / 8;
            copies.Append(Line(size, y + 0.8 * Math.Sin(angle), text, x + 0.8 * Math.Cos(angle)));
        }
        return copies + Line(size, y, text, x);
    }

    private static string Line(double size, double y, string text, double x = 72) =>
        FormattableString.Invariant($"BT /F1 {size} Tf {x:0.###} {y:0.###} Td\n{text}\nET\n");

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
