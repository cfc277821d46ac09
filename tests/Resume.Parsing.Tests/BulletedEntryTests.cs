using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A list where each job is one bullet: the title short on the glyph's line, the employer and its dates on the
/// next line flush under the title, then a paragraph on the work.</summary>
public sealed class BulletedEntryTests
{
    [Fact]
    public void A_short_title_on_a_bullet_over_a_dated_employer_set_under_it_heads_a_job()
    {
        var resume = Read(Page(
            Line(14, 720, "(Tamsin Okafor) Tj", 230),
            Line(10, 704, "(tamsin.okafor@example.com | +44 20 7946 0321) Tj", 190),
            Line(11, 670, "(Working experience:) Tj"),
            Line(11, 648, "(\x95) Tj", 86) + Line(11, 648, "(Senior Loan Analyst) Tj", 100),
            Line(11, 634, "(Harbor Credit Union \\(2019-2023\\)) Tj", 100),
            Line(10, 620, "(Reviewed commercial loan files and prepared the monthly risk report for the credit committee of) Tj", 100),
            Line(10, 606, "(the board, with forecasts of arrears by branch and product.) Tj", 100),
            Line(11, 588, "(\x95) Tj", 86) + Line(11, 588, "(Credit Assistant) Tj", 100),
            Line(11, 574, "(Millbrook Savings Bank \\(2016-2019\\)) Tj", 100),
            Line(10, 560, "(Kept the loan ledger for four branches and answered customer questions on repayment schedules) Tj", 100),
            Line(10, 546, "(and statements.) Tj", 100),
            Line(11, 512, "(Education:) Tj"),
            Line(11, 490, "(BSc Economics, University of Leeds \\(2012-2015\\)) Tj", 100)));

        Assert.Equal(2, resume.Work.Count);
        Assert.Equal(("Harbor Credit Union", "Senior Loan Analyst", "2019"), (resume.Work[0].Name, resume.Work[0].Position, resume.Work[0].StartDate));
        Assert.Equal(("Millbrook Savings Bank", "Credit Assistant", "2016"), (resume.Work[1].Name, resume.Work[1].Position, resume.Work[1].StartDate));
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
