using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A heading the lexicon does not know, above the first one it knows, set in the headings' own style: the dated
/// entries under it make it a heading and say its kind; the name set in that style above contact lines stays the name.</summary>
public sealed class EarlierHeadingTests
{
    [Fact]
    public void An_unknown_heading_in_the_headings_style_over_dated_jobs_opens_work()
    {
        var resume = Read(RawPdf.HelveticaPage(
            Line(12, 740, "(ODALYS BRENNAN) Tj"),
            Line(12, 724, "(odalys.brennan@example.co.uk) Tj"),
            Line(12, 708, "(+44 7700 900123) Tj"),
            Line(12, 676, "(WHERE I HAVE WORKED) Tj"),
            Line(12, 656, "(03/2019 - 06/2023) Tj") + Bold(12, 656, "(Store manager) Tj", 220),
            Line(12, 640, "(Hollins Outdoor Ltd, Leeds) Tj", 220),
            Line(12, 624, "(Ran a shop of nine staff and its stock.) Tj", 220),
            Line(12, 600, "(01/2016 - 02/2019) Tj") + Bold(12, 600, "(Sales assistant) Tj", 220),
            Line(12, 584, "(Marlow Books) Tj", 220),
            Line(12, 560, "(08/2014 - 12/2015) Tj") + Bold(12, 560, "(Cashier) Tj", 220),
            Line(12, 544, "(Quayside Market) Tj", 220),
            Line(12, 512, "(EDUCATION) Tj"),
            Line(12, 492, "(09/2011 - 06/2014) Tj") + Bold(12, 492, "(BA in History) Tj", 220),
            Line(12, 476, "(University of Eastmoor) Tj", 220),
            Line(12, 444, "(LANGUAGES) Tj"),
            Line(12, 424, "(English, Spanish) Tj", 220)));

        Assert.Equal("ODALYS BRENNAN", resume.Basics.Name, ignoreCase: true);
        Assert.Equal(["Hollins Outdoor Ltd", "Marlow Books", "Quayside Market"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Store manager", "Sales assistant", "Cashier"], resume.Work.Select(w => w.Position));
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bold(double size, double y, string text, double x = 72) => $"BT /F2 {size} Tf {x} {y} Td\n{text}\nET\n";
}

/// <summary>A misspelt section name above the first known heading, in the headings' style, opens its section.</summary>
public sealed class EarlierMisspeltHeadingTests
{
    [Fact]
    public void A_misspelt_heading_before_the_first_known_one_opens_its_section()
    {
        var resume = Read(RawPdf.HelveticaPage(
            Bold(22, 740, "(Ravindra Okafor) Tj"),
            Line(11, 722, "(ravindra.okafor@example.com) Tj"),
            Line(14, 690, "(Employement) Tj"),
            Bold(11, 670, "(Data Analyst | Tarnwick Analytics) Tj"),
            Bold(11, 654, "(Project Lead | Ferncastle Robotics) Tj"),
            Line(14, 620, "(Projects) Tj"),
            Bold(11, 600, "(Line Follower Robot) Tj"),
            Line(11, 584, "(A small robot that follows a taped track.) Tj"),
            Line(14, 550, "(Education) Tj"),
            Bold(11, 530, "(B. Tech in Mechanical Engineering | 2018-2022) Tj"),
            Line(11, 514, "(Hillcrest Institute of Technology) Tj")));

        Assert.NotEmpty(resume.Work);
        Assert.DoesNotContain(resume.Projects, p => p.Name is { } n && n.Contains("Tarnwick", StringComparison.Ordinal));
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bold(double size, double y, string text, double x = 72) => $"BT /F2 {size} Tf {x} {y} Td\n{text}\nET\n";
}
