using System.Globalization;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Layouts of design tools and online builders: a footer band across a page of two columns, short sections set as a
/// grid, a timeline's dates in a strip between the sidebar and the entries, and a main column with no headings.
/// </summary>
public sealed class DesignedLayoutTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_footer_band_across_the_page_leaves_the_sidebar_and_the_main_column_two_flows()
    {
        var resume = Read(DesignedShapes.SidebarWithFooterBand(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
    }

    [Fact]
    public void Sections_set_side_by_side_are_each_read_under_their_own_heading()
    {
        var resume = Read(DesignedShapes.SectionGrid(Person));

        Assert.Equal(Person.Languages.Select(l => l.Language), resume.Languages.Select(l => l.Name!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void A_timelines_dates_between_the_sidebar_and_the_entries_date_the_entries()
    {
        var resume = Read(DesignedShapes.TimelineBesideSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate!));
        Assert.Equal([null, "2021-02"], resume.Work.Select(w => w.EndDate));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
    }

    [Fact]
    public void Dates_in_a_strip_between_the_entries_and_a_right_sidebar_date_the_entries()
    {
        var resume = Read(DesignedShapes.TimelineBesideRightSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)), resume.Work.Select(w => w.StartDate!));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
    }

    [Fact]
    public void A_main_column_without_headings_beside_a_sidebar_is_read_row_by_row_as_jobs_and_schools()
    {
        // Both jobs closed: each row opens with its month range.
        var person = Person with { Jobs = [Person.Jobs[0] with { End = new(2024, 1, 1) }, Person.Jobs[1]] };
        var resume = Read(DesignedShapes.TimelineBesideSidebar(person, headings: false));

        Assert.Equal(person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate!));
        Assert.Equal(person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Equal(person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
    }

    [Fact]
    public void A_sidebar_line_that_runs_into_the_gutter_but_stops_short_of_the_main_column_leaves_two_flows()
    {
        var resume = Read(DesignedShapes.SidebarLineNearMainColumn(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        // The town after the school's name ("- Gothenburg") may stay with it.
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!.Split(',')[0]));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
    }

    [Theory]
    [InlineData("Carreira", "Operador de Caixa", "Mercado Sol Ltda", "Atendimento ao cliente no caixa.")]
    [InlineData("Praktikum", "Praktikant Buchhaltung", "Kranich Logistik GmbH", "Belege erfasst und Konten abgestimmt.")]
    public void Career_headings_of_other_languages_open_the_work_section(string heading, string position, string employer, string duty)
    {
        var resume = Read($"Rafaela Quintas\nrafaela.quintas@example.com\n\n{heading}\n\n{position}\n{employer} | 2019 - 2022\n• {duty}\n");

        var job = Assert.Single(resume.Work);
        Assert.Equal(employer, job.Name);
        Assert.Equal(position, job.Position);
    }
}
