using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Word users often put a bullet before every line of a section and mark each entry's first line by setting it
/// in bold: the bold bullets head the entries, the plain lines under them are their details.</summary>
public sealed class BoldBulletHeaderTests
{
    [Fact]
    public void Bold_bulleted_lines_with_dates_head_jobs_over_plain_bullets_set_deeper()
    {
        var resume = Read(Page(
            Line(16, 730, "(Idris Vantongeren) Tj"),
            Line(11, 712, "(idris.vantongeren@example.com | +32 470 55 01 23) Tj"),
            Bold(12, 680, "(Experience) Tj"),
            Glyph(650, 86) + Bold(11, 650, "(Mar 2021 / Today : Harbour Freight Logistics.) Tj", 100),
            Glyph(634, 120) + Line(11, 634, "(Warehouse supervisor) Tj", 134),
            Glyph(618, 120) + Line(11, 618, "(Planned the night shift for twelve pickers and two drivers) Tj", 134),
            Glyph(596, 86) + Bold(11, 596, "(Feb 2018 / Mar 2021 : Lindqvist Garden Centre.) Tj", 100),
            Glyph(580, 120) + Line(11, 580, "(Stock clerk) Tj", 134),
            Glyph(564, 120) + Line(11, 564, "(Counted the plant stock every Monday) Tj", 134),
            Glyph(542, 86) + Bold(11, 542, "(Jun 2016/Jan 2018: Ostend Ferry Terminal.) Tj", 100),
            Glyph(526, 120) + Line(11, 526, "(Ticket desk assistant) Tj", 134),
            Bold(12, 494, "(Education) Tj"),
            Line(11, 474, "(BSc Logistics, Ghent University, 2016) Tj")));

        Assert.Equal(["Harbour Freight Logistics", "Lindqvist Garden Centre", "Ostend Ferry Terminal"], resume.Work.Select(w => w.Name));
        Assert.Equal(["2021-03", "2018-02", "2016-06"], resume.Work.Select(w => w.StartDate));
        Assert.Equal([null, "2021-03", "2018-01"], resume.Work.Select(w => w.EndDate));
    }

    [Fact]
    public void Undated_bold_bulleted_lines_are_one_job_each()
    {
        var resume = Read(Page(
            Line(16, 730, "(Salma Kettani) Tj"),
            Line(11, 712, "(salma.kettani@example.com | +212 600 12 34 56) Tj"),
            Bold(12, 680, "(Experience) Tj"),
            Glyph(656, 86) + Bold(11, 656, "(Web developer \\(Freelance\\)) Tj", 100),
            Line(11, 640, "(Built shop sites in PHP and JavaScript for small firms.) Tj", 100),
            Glyph(624, 86) + Bold(11, 624, "(Engineering intern - Tessaly Filters) Tj", 100),
            Glyph(608, 86) + Bold(11, 608, "(Operations intern - Marrow Bank) Tj", 100),
            Glyph(592, 86) + Bold(11, 592, "(Summer intern - Orlane Telecom) Tj", 100),
            Bold(12, 560, "(Languages) Tj"),
            Line(11, 540, "(Arabic, French, English) Tj")));

        Assert.Equal(4, resume.Work.Count);
        Assert.Equal(["Tessaly Filters", "Marrow Bank", "Orlane Telecom"], resume.Work.Skip(1).Select(w => w.Name));
        Assert.Equal(["Engineering intern", "Operations intern", "Summer intern"], resume.Work.Skip(1).Select(w => w.Position));
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bold(double size, double y, string text, double x = 72) => $"BT /F2 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Glyph(double y, double x) => $"BT /F1 11 Tf {x} {y} Td\n(\x95) Tj\nET\n";

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
