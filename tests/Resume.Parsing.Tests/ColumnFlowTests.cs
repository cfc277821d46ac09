using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Two columns that each run on to the next page: the main column's work history carries on at the top of page two
/// under no heading, after the sidebar's last section was read; it stays work, and a job whose employer's line, a
/// paragraph on the company and its address stand above the job's dates and title is one job of that employer.
/// </summary>
public sealed class ColumnFlowTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_main_column_running_on_to_the_next_page_carries_on_its_own_section_not_the_sidebars()
    {
        var resume = Read(ColumnFlowShapes.SidebarRunningOn(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        // The sidebar's own run-on (a skill group at the top of page two) stays with the skills.
        Assert.Superset(Person.Skills.SelectMany(s => s.Keywords).ToHashSet(), resume.Keywords().ToHashSet());
        Assert.Contains(Person.Skills[^1].Keywords[0], resume.Keywords());
    }

    [Fact]
    public void An_employers_line_and_paragraph_over_the_jobs_dates_and_title_make_one_job()
    {
        var resume = Read(ColumnFlowShapes.SidebarRunningOn(Person, employerBlurbs: true));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate!));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
    }
}
