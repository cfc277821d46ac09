using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How long a job lasted, printed after its dates in Turkish ("(25ay)", "(12 ay)"), the number run into its
/// unit or not: it is no part of the title or the employer beside it (invented people).</summary>
public sealed class GluedDurationTests
{
    [Fact]
    public void A_duration_after_the_dates_is_dropped_whether_or_not_its_number_is_glued_to_its_unit()
    {
        var resume = Read("Deniz Kaya\ndeniz.kaya@example.com.tr\n\nEXPERIENCE\nMavi Liman Yazilim\t07.2012 - 08.2014 (25ay)\nVeri Tabani Uzmani\n\n"
            + "Granit Makina\t03.2023 - 02.2024 (12 ay)\nUnity Gelistirici\n");

        Assert.Equal([("2012-07", "2014-08"), ("2023-03", "2024-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.All(resume.Work, w => Assert.DoesNotContain("ay)", w.Name + "|" + w.Position));
        Assert.Contains("Mavi Liman Yazilim", resume.Work.SelectMany(w => new[] { w.Name, w.Position }));
    }
}
