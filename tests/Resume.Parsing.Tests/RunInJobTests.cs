using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A hand-made resume that writes each job as a paragraph opening "Employer — Title." and runs on with what was
/// done there, under a heading that sets the earlier jobs apart ("Previous Work History").</summary>
public sealed class RunInJobTests
{
    private const string Resume = """
        Marisol Quintero Vidal
        marisol.quintero@example.org | Wellington, New Zealand

        Professional Summary

        Developer turned project lead, with ten years in small non-profits.

        Previous Work History

        Lantern Analytics — Software developer. Built a booking platform for regional clinics in
        Ruby on Rails.

        Ferrow Research Institute — Programmer and data analyst. Kept the survey database and wrote the
        monthly reports. Trained the field staff to use the tablets.

        Copperleaf Travel — Programmer. Wrote the ticketing tool the agency still uses.

        Education

        University of Canterbury
        Bachelor of Science, Computer Science
        """;

    [Fact]
    public void Each_paragraph_opening_with_an_employer_a_dash_and_a_title_is_one_job()
    {
        var resume = Read(Resume);

        Assert.Equal([("Lantern Analytics", "Software developer"), ("Ferrow Research Institute", "Programmer and data analyst"), ("Copperleaf Travel", "Programmer")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal("Kept the survey database and wrote the monthly reports. Trained the field staff to use the tablets.", resume.Work[1].Summary);
        Assert.All(resume.Work, w => Assert.Empty(w.Highlights));
    }
}
