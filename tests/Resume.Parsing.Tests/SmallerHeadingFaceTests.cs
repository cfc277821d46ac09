using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A heading set in the headings' bold capitals but smaller than the others, at the size of the text, after a
/// blank line's space: its face sets it apart, and its section's items are not the entries of the section above.</summary>
public sealed class SmallerHeadingFaceTests
{
    [Fact]
    public void A_section_name_in_smaller_bold_capitals_after_a_gap_opens_its_section()
    {
        var resume = Read(Page(
            Line(24, 740, "(Tamsin Oyelaran) Tj"),
            Line(12, 716, "(tamsin.oyelaran@example.com | +31 6 1234 5678) Tj"),
            Bold(14, 680, "(PROFILE) Tj"),
            Line(12, 660, "(Junior developer who enjoys building tidy web shops for small businesses.) Tj"),
            Line(12, 644, "(I like clear code, careful testing and working closely with the people who use it.) Tj"),
            Bold(14, 610, "(EDUCATION) Tj"),
            Line(12, 590, "(August 2023) Tj", 200),
            Line(12, 574, "(Westmere Vocational College, Software Developer) Tj"),
            Bold(14, 540, "(INTERNSHIPS) Tj"),
            Line(12, 520, "(2022 - 2023) Tj", 200),
            Line(12, 504, "(Sales assistant at Brightfield Computers, Utrecht) Tj"),
            Bold(12, 470, "(COURSES) Tj"),
            Line(12, 452, "(October 2023) Tj", 200),
            Line(12, 436, "(Threat Modelling Basics, Westmere Vocational College) Tj"),
            Line(12, 418, "(June 2023) Tj", 200),
            Line(12, 402, "(First Aid, Northern Red Cross) Tj")));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Brightfield Computers", job.Name);
        Assert.Contains(resume.Certificates, c => c.Name is { } n && n.StartsWith("Threat Modelling Basics", StringComparison.Ordinal));
        Assert.Contains(resume.Certificates, c => c.Name is { } n && n.StartsWith("First Aid", StringComparison.Ordinal));
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bold(double size, double y, string text, double x = 72) => $"BT /F2 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
