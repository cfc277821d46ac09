using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Word users underline a heading by typing underscores after it to the margin ("Education______"): the rule
/// is no part of the heading.</summary>
public sealed class TypedRuleHeadingTests
{
    private const string Rule = "__________________________________________________________";

    [Fact]
    public void Headings_closed_by_a_typed_rule_still_open_their_sections()
    {
        var resume = Read(Page(
            Line(19, 720, "(Rowan Ellery) Tj"),
            Line(13, 700, "(555-201-4478) Tj"),
            Line(13, 684, "(rowan.ellery@example.com) Tj"),
            Heading(650, $"(Education{Rule}) Tj"),
            Line(12, 630, "(Lakeside Community College - Hartwell, Ohio) Tj"),
            Line(12, 614, "(Associate of Arts in Business) Tj", 90),
            Heading(580, $"(Work Experience{Rule}) Tj"),
            Line(12, 560, "(Harbor Hardware, Sales Associate) Tj"),
            Line(12, 544, "(March 2018 - Present) Tj", 90),
            Line(12, 528, "(\x95) Tj", 90) + Line(12, 528, "(Helped customers choose tools and paint.) Tj", 108),
            Line(12, 512, "(\x95) Tj", 90) + Line(12, 512, "(Stocked aisles after each delivery.) Tj", 108),
            Heading(478, $"(Skills{Rule}) Tj"),
            Line(12, 458, "(\x95) Tj", 90) + Line(12, 458, "(Cash handling) Tj", 108),
            Line(12, 442, "(\x95) Tj", 90) + Line(12, 442, "(Forklift operation) Tj", 108)));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Harbor Hardware", job.Name);
        Assert.Equal(2, job.Highlights.Count);
        Assert.StartsWith("Lakeside Community College", Assert.Single(resume.Education).Institution);
        Assert.Contains("Forklift operation", resume.Keywords());
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Heading(double y, string text) => $"BT /F2 15 Tf 72 {y} Td\n{text}\nET\n";

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
